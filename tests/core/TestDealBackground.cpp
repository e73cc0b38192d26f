// DealBackground: an acquisition word that names a deal already known (to explain a figure, frame
// another event, describe a company) or dated in an earlier year, beside deals told as news.
#include "extract/DealBackground.h"
#include "extract/EntityRecognizer.h"
#include "extract/MentionResolver.h"
#include "extract/MoneyParser.h"
#include "extract/NameRuns.h"

#include <QTest>

using namespace ws;

class TestDealBackground : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::shared_ptr<const DealLexicon> m_lexicon;

    // The reason DealBackground gives for the sentence's first acquisition word, or "no trigger".
    QString reasonOf(const QString& text) const
    {
        const TextAnalysis analysis(text);
        const NameRuns runs(analysis);
        const StoryEntities story =
            MentionResolver(*m_gazetteer)
                .resolve(analysis, EntityRecognizer(m_gazetteer).recognize(analysis, runs));
        const MentionIndex mentions(analysis, story);
        const QList<MoneyAmount> amounts =
            MoneyParser(m_gazetteer->currencies()).parse(text, analysis.tokens());
        const DealBackground background(analysis, mentions, amounts);
        for (int i = 0; i < analysis.size(); ++i) {
            int end = i;
            const DealTrigger* trigger =
                mentions.at(i) < 0 ? m_lexicon->match(analysis.text(), analysis.tokens(), i, &end) : nullptr;
            if (trigger && trigger->kind == QLatin1String("acquisition"))
                return background.reason(*trigger, i, end,
                                         analysis.sentences()[analysis.sentenceOf(i)].firstToken);
        }
        return QStringLiteral("no trigger");
    }

private slots:
    void initTestCase()
    {
        m_gazetteer = Gazetteer::load(QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/extract/gazetteer"));
        m_lexicon = DealLexicon::load(DealLexicon::defaultPath());
        QVERIFY(m_lexicon->size() > 100);
    }

    void reason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        const auto row = [](const char* name, const char* text, const char* reason) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(reason);
        };
        // A figure, a debt or a rating explained by the deal.
        row("gain on the sale",
            "Beta Inc said net included a gain of 4.2 mln dlrs, or 11 cts a share, on the sale of its unit.",
            "background");
        row("as a result of",
            "Beta Inc expects higher earnings as a result of its acquisition of Gamma Corp.", "background");
        row("financing costs", "Financing costs of the Gamma Corp acquisition cut profit at Beta Inc.",
            "background");
        row("accounting verb", "Year-earlier figures exclude the purchase of Gamma Corp by Beta Inc.",
            "background");
        row("debt incurred in", "Beta Inc will repay bank debt incurred in the acquisition of Gamma Corp.",
            "background");
        row("figure in brackets", "Extraordinary credit (sale of share in Gamma Corp) 5.6 mln vs nil",
            "background");
        row("gerund after a figure", "Beta Inc said it recovered the cost of buying Gamma Corp.",
            "background");
        // Another event framed by the deal; a verb after a deal noun is read where the noun stands.
        row("following", "The agency may lower Beta Inc's rating following its acquisition of Gamma Corp.",
            "background");
        row("cited agreement to acquire",
            "The agency cited Beta Inc's definitive agreement to acquire Gamma Corp for 370 mln dlrs.",
            "background");
        // A company described by the deal.
        row("recently-acquired", "Sales at Beta Inc's recently-acquired Gamma Corp unit rose 5 pct.",
            "background");
        row("apposition", "Gamma Corp, acquired by Beta Inc in 1985, reported a loss.", "background");
        // Dated in an earlier year.
        row("last year", "Beta Inc bought Gamma Corp from Delta Inc last year.", "history");
        row("years ago", "Beta Inc bought Gamma Corp two years ago.", "history");
        row("month and year", "Beta Inc sold Gamma Corp in October, 1986.", "history");
        row("year before the noun", "Regulators once reviewed Beta Inc's 1984 takeover of Gamma Corp.",
            "history");
        row("year after the object", "The suit stems from Beta Inc's purchase of Gamma Corp in 1984.",
            "history");
        // News: deals of this year, planned deals, a purchase reported after another event.
        row("agreed", "Beta Inc agreed to acquire Gamma Corp for 25 mln dlrs.", "");
        row("this year's month", "Beta Inc acquired Gamma Corp in January.", "");
        row("planned for a year", "Beta Inc will complete the purchase of Gamma Corp in 1988.", "");
        row("after buying", "Beta Inc raised its stake in Gamma Corp after buying 14,135 shares.", "");
    }

    void reason()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QCOMPARE(reasonOf(text), reason);
    }
};

QTEST_GUILESS_MAIN(TestDealBackground)
#include "TestDealBackground.moc"
