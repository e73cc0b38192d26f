// DealCues::timeExpression: every form of time expression it knows, and sentences with none (which
// a quick word check answers without the regular expression; both paths must agree).
#include "extract/DealCues.h"

#include <QTest>

using namespace ws;

class TestDealCues : public QObject
{
    Q_OBJECT

private slots:
    void timeExpression_data()
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
        row("preposition and year", "The plant will open by 2027, the company said.", "by 2027");
        row("mid-year", "Output starts in mid-2026.", "in mid-2026");
        row("bare mid-year", "A mid-2026 start is planned.", "mid-2026");
        row("month and day", "Acme announced on Sept. 5 that it bought Beta.", "on Sept. 5");
        row("abbreviated month", "The offer expires Jan. 10, 2025.", "Jan. 10, 2025");
        row("relative day", "Acme bought Beta yesterday.", "yesterday");
        row("weekday", "Acme said on Monday it bought Beta.", "on Monday");
        row("quarter", "Closing is set in the second half of next year.", "in the second half of next year");
        row("ago", "Acme bought Beta three years ago.", "three years ago");
        row("coming period", "Acme will invest within the next two years.", "within the next two years");
        row("capitals", "ACME TO BUY BETA IN JUNE", "IN JUNE");
        row("none", "Acme agreed to buy Beta for 100 mln dlrs.", "");
        row("none, numbers below four digits", "Acme paid 12.5 dlrs a share for 950 shares.", "");
        row("none, words that only contain a cue", "Acme's dayton unit sold its marine assets.", "");
        row("non-ASCII text goes to the pattern", "Acme 去年 agreed in 2024 to buy Beta.", "in 2024");
        row("full-width digits are not read as a year", "Acme agreed in ２０２４ to buy Beta.", "");
    }

    void timeExpression()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, expected);
        QCOMPARE(DealCues::timeExpression(sentence), expected);
    }
};

QTEST_APPLESS_MAIN(TestDealCues)
#include "TestDealCues.moc"
