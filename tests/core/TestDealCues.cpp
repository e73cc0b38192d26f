// DealCues: word classes from the data files and from the code, status cues around a deal word, a
// subject that refers back, a price per unit.
#include "extract/DealCues.h"

#include <QTest>

using namespace ws;

class TestDealCues : public QObject
{
    Q_OBJECT

private:
    // The status read around the first token written `trigger`.
    static QString statusAround(const QString& sentence, const QString& trigger)
    {
        const TextAnalysis text(sentence);
        for (int i = 0; i < text.size(); ++i) {
            if (text.tokenText(i) == trigger)
                return DealCues::status(text, 0, i, i + 1, text.size());
        }
        return QStringLiteral("no trigger");
    }

private slots:
    void wordClasses()
    {
        // From data/extract/deal-words.tsv.
        QVERIFY(DealCues::isBusinessNoun(word(u"unit")));
        QVERIFY(DealCues::isSecurity(word(u"debentures")));
        QVERIFY(DealCues::isBusinessTitle(word(u"CEO")));
        QVERIFY(DealCues::isBackground(word(u"despite")));
        QVERIFY(DealCues::is(DealCues::ResultNoun, word(u"proceeds")));
        QVERIFY(DealCues::is(DealCues::Framing, word(u"following")));
        // Grammar, from the code.
        QVERIFY(DealCues::isPreposition(word(u"from")));
        QVERIFY(DealCues::isDeterminer(word(u"its")));
        QVERIFY(DealCues::isNegation(word(u"never")));
        QVERIFY(DealCues::is(DealCues::BeForm, word(u"been")));
        QVERIFY(!DealCues::isBusinessNoun(word(u"from")));
        QVERIFY(!DealCues::isPreposition(word(u"unit")));
    }

    void status_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<QString>("status");
        QTest::newRow("considered") << "Acme is in talks to buy Beta."
                                    << "buy"
                                    << "considered";
        QTest::newRow("planned") << "Acme is set to buy Beta."
                                 << "buy"
                                 << "planned";
        QTest::newRow("announced") << "Acme has agreed to buy Beta."
                                   << "buy"
                                   << "announced";
        QTest::newRow("completed after the word") << "The sale of Beta was completed."
                                                  << "sale"
                                                  << "completed";
        QTest::newRow("considered wins") << "Acme may have agreed to buy Beta."
                                         << "buy"
                                         << "considered";
        QTest::newRow("none") << "Acme bought Beta."
                              << "bought"
                              << "";
    }

    void status()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, trigger);
        QFETCH(QString, status);
        QCOMPARE(statusAround(sentence, trigger), status);
    }

    void pronounSubject()
    {
        const TextAnalysis text(QStringLiteral("Analysts said the company will buy Beta."));
        QCOMPARE(DealCues::pronounSubjectBefore(text, 0, 5), 2);
        QCOMPARE(DealCues::pronounSubjectBefore(text, 0, 2), -1);
    }

    void unitPrice()
    {
        const QString text = QStringLiteral("20 dlrs a share, 5 mln dlrs in cash");
        QVERIFY(DealCues::isUnitPrice(text, int(text.indexOf(QStringLiteral(" a share")))));
        QVERIFY(!DealCues::isUnitPrice(text, int(text.indexOf(QStringLiteral(" in cash")))));
    }
};

QTEST_GUILESS_MAIN(TestDealCues)
#include "TestDealCues.moc"
