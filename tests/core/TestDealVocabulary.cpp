// DealVocabulary: the deal reader's words read from data/extract, and every problem of a bad file
// reported with its file and line.
#include "extract/DealVocabulary.h"
#include "model/DataPaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

class TestDealVocabulary : public QObject
{
    Q_OBJECT

private:
    // The status the vocabulary gives the phrase at the start of `text`, or empty.
    static QString statusAtStart(const DealVocabulary& vocabulary, const QString& text)
    {
        const TextAnalysis analysis(text);
        const PhraseMatcher::Hit hit =
            vocabulary.statusPhrases().longestAt(analysis.text(), analysis.tokens(), 0);
        return hit.found() ? vocabulary.status(hit.phrase) : QString();
    }

    static QString joined(const QStringList& issues) { return issues.join(QLatin1Char('\n')); }

private slots:
    void shippedFilesLoadCleanly()
    {
        QStringList issues;
        const auto vocabulary = DealVocabulary::load(DataPaths::extractDir(), &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(joined(issues)));
        QVERIFY(vocabulary->words(DealCues::BusinessNoun).contains(word(u"subsidiary")));
        QVERIFY(vocabulary->words(DealCues::Security).contains(word(u"Tonnes")));
        QVERIFY(vocabulary->words(DealCues::Framing).contains(word(u"following")));
        QVERIFY(!vocabulary->words(DealCues::Security).contains(word(u"subsidiary")));
        // Grammar stays in the code.
        QVERIFY(vocabulary->words(DealCues::Preposition).isEmpty());
        QCOMPARE(statusAtStart(*vocabulary, QStringLiteral("is set to buy")), QStringLiteral("planned"));
        QCOMPARE(statusAtStart(*vocabulary, QStringLiteral("In talks to buy")), QStringLiteral("considered"));
        QCOMPARE(statusAtStart(*vocabulary, QStringLiteral("has completed the sale")),
                 QStringLiteral("completed"));
        QCOMPARE(statusAtStart(*vocabulary, QStringLiteral("bought")), QString());
    }

    void missingFilesAreNamed()
    {
        QStringList issues;
        const auto vocabulary = DealVocabulary::load(QStringLiteral("/nonexistent/extract"), &issues);
        QCOMPARE(issues, QStringList({QStringLiteral("/nonexistent/extract/deal-words.tsv: not found"),
                                      QStringLiteral("/nonexistent/extract/deal-status.tsv: not found")}));
        QVERIFY(vocabulary->words(DealCues::BusinessNoun).isEmpty());
        QCOMPARE(vocabulary->statusPhrases().size(), 0);
    }

    void badRowsAreNamedByFileAndLine()
    {
        const QString dir = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/extract/broken");
        QStringList issues;
        const auto vocabulary = DealVocabulary::load(dir, &issues);
        const QString words = dir + QStringLiteral("/deal-words.tsv");
        const QString status = dir + QStringLiteral("/deal-status.tsv");
        for (const QString& expected : {words + QStringLiteral(":3: 'Unit' is listed twice in business-noun"),
                                        words + QStringLiteral(":4: unknown word class 'gadget'"),
                                        words + QStringLiteral(":5: no words"),
                                        words + QStringLiteral(":6: 'after-tax' is more than one token"),
                                        words + QStringLiteral(": no words for class 'modifier'"),
                                        status + QStringLiteral(":4: unknown status 'rumoured'"),
                                        status + QStringLiteral(":5: 'WILL' is listed twice"),
                                        status + QStringLiteral(": no phrases for status 'considered'")})
            QVERIFY2(issues.contains(expected),
                     qPrintable(expected + QStringLiteral("\nnot in:\n") + joined(issues)));
        // The good words of a bad file are kept.
        QCOMPARE(vocabulary->words(DealCues::BusinessNoun).size(), 2);
        QVERIFY(vocabulary->words(DealCues::Security).contains(word(u"notes")));
        QCOMPARE(statusAtStart(*vocabulary, QStringLiteral("will buy")), QStringLiteral("planned"));
        QCOMPARE(statusAtStart(*vocabulary, QStringLiteral("agreed to buy")), QStringLiteral("announced"));
    }

    void fileWithoutItsColumns()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("deal-words.tsv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kind\tphrase\nbusiness-noun\tunit\n");
        file.close();
        QStringList issues;
        DealVocabulary::load(dir.path(), &issues);
        QVERIFY2(issues.contains(file.fileName() + QStringLiteral(": no 'class' and 'words' columns")),
                 qPrintable(joined(issues)));
    }
};

QTEST_GUILESS_MAIN(TestDealVocabulary)
#include "TestDealVocabulary.moc"
