// TimeExpression: every form of time expression it knows, sentences with none, and the same answer
// as trying the pattern at every character (firstInBySearch), on tricky made-up sentences and on
// every sentence of the sample corpus and of ../shared's corpora where they are present.
#include "extract/TextAnalysis.h"
#include "extract/TimeExpression.h"
#include "model/DataPaths.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace ws;

class TestTimeExpression : public QObject
{
    Q_OBJECT

private:
    // How many sentences of the files under `dir` (those named `filter`) firstIn reads as the whole
    // search does; the first difference fails the test.
    static int compareSentencesUnder(const QString& dir, const QStringList& filter)
    {
        int sentences = 0;
        QDirIterator files(dir, filter, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const TextAnalysis text(QString::fromUtf8(file.readAll()));
            for (const Sentence& sentence : text.sentences()) {
                const QStringView words =
                    QStringView(text.text()).sliced(sentence.start, sentence.end - sentence.start);
                const QString found = TimeExpression::firstIn(words);
                if (found != TimeExpression::firstInBySearch(words)) {
                    qWarning().noquote() << file.fileName() << "differs on:" << words;
                    return -1;
                }
                ++sentences;
            }
        }
        return sentences;
    }

private slots:
    void firstIn_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* sentence, const char* expected) {
            QTest::newRow(name) << QString::fromUtf8(sentence) << QString::fromUtf8(expected);
        };
        row("this/last/next unit", "Acme said last week it would buy Beta.", "last week");
        row("earlier this year", "The deal was agreed earlier this year.", "earlier this year");
        row("season", "Closing is expected next summer.", "next summer");
        row("preposition and month", "Acme agreed in early March 2024 to buy Beta.", "in early March 2024");
        row("the end of a month", "Acme will close the deal by the end of March.", "by the end of March");
        row("preposition and year", "The plant will open by 2027, the company said.", "by 2027");
        row("mid-year", "Output starts in mid-2026.", "in mid-2026");
        row("bare mid-year", "A mid-2026 start is planned.", "mid-2026");
        row("month and day", "Acme announced on Sept. 5 that it bought Beta.", "on Sept. 5");
        row("abbreviated month", "The offer expires Jan. 10, 2025.", "Jan. 10, 2025");
        row("relative day", "Acme bought Beta yesterday.", "yesterday");
        row("weekday", "Acme said on Monday it bought Beta.", "on Monday");
        row("quarter", "Closing is set in the second half of next year.", "in the second half of next year");
        row("ago", "Acme bought Beta three years ago.", "three years ago");
        row("number ago", "Acme bought Beta 5 years ago.", "5 years ago");
        row("any word before ago", "Acme bought Beta years ago.", "Beta years ago");
        row("coming period", "Acme will invest within the next two years.", "within the next two years");
        row("capitals", "ACME TO BUY BETA IN JUNE", "IN JUNE");
        // Each word a time expression may start with.
        row("later", "Acme will buy Beta later this month.", "later this month");
        row("since", "Acme has owned Beta since 1985.", "since 1985");
        row("until", "The offer runs until May 5.", "until May 5");
        row("before", "Acme must sell Beta before Jan. 31, 1988.", "before Jan. 31, 1988");
        row("after", "Acme will buy Beta after late 2025.", "after late 2025");
        row("during", "Sales fell during the final quarter.", "during the final quarter");
        row("from", "Output rises from mid 2025.", "from mid 2025");
        row("over", "Acme bought Beta over the past six months.", "over the past six months");
        row("late-", "Acme will list Beta in a late-2024 offering.", "late-2024");
        row("today", "Acme said today it bought Beta.", "today");
        // The pattern's \s* may start a match at the spaces after a word; the answer is trimmed.
        row("two spaces", "Acme agreed  this week to buy Beta.", "this week");
        row("tab", "Acme agreed\tthis week to buy Beta.", "this week");
        row("glued prefix", "Acme agreed earlierthis year to buy Beta.", "earlierthis year");
        row("first of two", "In 2023 Acme bought Beta, and on Monday it sold Gamma.", "In 2023");
        row("none", "Acme agreed to buy Beta for 100 mln dlrs.", "");
        row("none, numbers below four digits", "Acme paid 12.5 dlrs a share for 950 shares.", "");
        row("none, five digits", "Acme sold 12024 shares in 12024 lots.", "");
        row("none, words that only contain a cue", "Acme's dayton unit sold its marine assets.", "");
        row("none, month inside a word", "The mayor met Acme in Mayfair.", "");
        row("none, a starting word far from a time word", "In a deal that may close, Acme will buy Beta.",
            "");
        row("none, underscore", "Acme filed form in_2024 with regulators.", "");
        row("non-ASCII text goes to the pattern", "Acme 去年 agreed in 2024 to buy Beta.", "in 2024");
        row("full-width digits are not read as a year", "Acme agreed in ２０２４ to buy Beta.", "");
        // A sentence of more words than the scan keeps is searched whole.
        QTest::newRow("long sentence")
            << QStringLiteral("Acme sold units, ").repeated(100) + QStringLiteral("in 2024.")
            << QStringLiteral("in 2024");
        // The pattern folds case as Unicode does: a long s matches "s".
        row("long s", "Acme will buy Beta thi\u017f winter.", "thi\u017f winter");
    }

    void firstIn()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, expected);
        QCOMPARE(TimeExpression::firstIn(sentence), expected);
        QCOMPARE(TimeExpression::firstInBySearch(sentence), expected);
    }

    // Sentences strung together from the pattern's words, near misses, spacing and punctuation.
    void sameAsSearchingMadeUpSentences()
    {
        static const char* const pieces[] = {
            "in",     "In",          "IN",       "by",      "from",     "since",     "until", "before",
            "after",  "during",      "on",       "On",      "over",     "within",    "the",   "The",
            "end",    "of",          "early",    "Earlier", "late",     "later",     "mid",   "mid-",
            "this",   "last",        "next",     "that",    "week",     "month",     "year",  "quarter",
            "decade", "fall",        "winter",   "half",    "years",    "months",    "weeks", "days",
            "ago",    "AGO",         "coming",   "past",    "first",    "second",    "final", "March",
            "MAY",    "may",         "Mayor",    "Jan.",    "Sept",     "Sept.",     "Dec",   "june",
            "Monday", "sunday",      "today",    "Tonight", "tomorrow", "yesterday", "1986",  "2024",
            "19867",  "987",         "5",        "12",      "31,",      "two",       "Acme",  "bought",
            "Beta",   "_",           "-",        ",",       ".",        ";",         "(",     ")",
            "'s",     "earlierthis", "lastweek", "in_2024", "\u017f",   "\u00e9",    "\u212a"};
        // Characters outside ASCII that only separate words: dashes, quotes, spaces, letters.
        static const char* const separators[] = {"\u2014",    "\u201cin", "2024\u201d", "\u00a0",
                                                 "caf\u00e9", "\u00e9in", "\u53f0",     "\U0001F600"};
        QStringList words;
        for (const char* piece : pieces)
            words.append(QString::fromUtf8(piece));
        for (const char* piece : separators)
            words.append(QString::fromUtf8(piece));
        const char* const spaces[] = {" ", " ", " ", " ", " ", "  ", "\t", "\n", "", "-"};
        QRandomGenerator random(20261207);
        for (int n = 0; n < 20000; ++n) {
            QString sentence;
            const int length = 1 + int(random.bounded(12));
            for (int i = 0; i < length; ++i) {
                sentence += words[random.bounded(int(words.size()))];
                sentence += QString::fromUtf8(spaces[random.bounded(int(std::size(spaces)))]);
            }
            QCOMPARE(TimeExpression::firstIn(sentence), TimeExpression::firstInBySearch(sentence));
        }
    }

    void sameAsSearchingTheSampleCorpus()
    {
        QVERIFY(compareSentencesUnder(DataPaths::sampleDir(), {QStringLiteral("*")}) > 100);
    }

    void sameAsSearchingSharedCorpora()
    {
        const QString shared = QStringLiteral(WIRESCOPE_SHARED_DIR);
        if (!QFileInfo::exists(shared + QStringLiteral("/corpora/reuters21578")))
            QSKIP("../shared/corpora/reuters21578 is not available");
        QVERIFY(compareSentencesUnder(shared + QStringLiteral("/corpora/reuters21578"),
                                      {QStringLiteral("reut2-*.sgm")}) > 100000);
        QVERIFY(compareSentencesUnder(shared + QStringLiteral("/seeds"), {QStringLiteral("*.txt")}) > 10);
    }
};

QTEST_APPLESS_MAIN(TestTimeExpression)
#include "TestTimeExpression.moc"
