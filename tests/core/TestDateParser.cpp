#include "text/DateParser.h"

#include <QDate>
#include <QTest>

using namespace ws;

class TestDateParser : public QObject
{
    Q_OBJECT

private slots:
    void toIso_data();
    void toIso();
    void epoch();
    void plainIsoDates();
};

void TestDateParser::toIso_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rfc822") << "Tue, 14 Mar 2025 08:30:00 +0800"
                            << "2025-03-14T08:30:00+08:00";
    QTest::newRow("rfc822 GMT") << "Thu, 12 Sep 2024 16:00:00 GMT"
                                << "2024-09-12T16:00:00Z";
    QTest::newRow("rfc822 EST no seconds") << "14 Mar 2025 08:30 EST"
                                           << "2025-03-14T08:30:00-05:00";
    QTest::newRow("iso date") << "2025-03-14"
                              << "2025-03-14";
    QTest::newRow("iso utc") << "2025-03-14T08:30:00Z"
                             << "2025-03-14T08:30:00Z";
    QTest::newRow("iso fraction offset") << "2025-01-27T10:00:00.123+08:00"
                                         << "2025-01-27T10:00:00+08:00";
    QTest::newRow("iso no offset") << "2025-03-14 08:30:00"
                                   << "2025-03-14T08:30:00";
    QTest::newRow("iso basic") << "20250314T083000Z"
                               << "2025-03-14T08:30:00Z";
    QTest::newRow("slashes year first") << "2025/03/14"
                                        << "2025-03-14";
    QTest::newRow("reuters") << "26-FEB-1987 15:01:01.79"
                             << "1987-02-26T15:01:01";
    QTest::newRow("reuters padded") << "  3-MAR-1987  09:15:05.40"
                                    << "1987-03-03T09:15:05";
    QTest::newRow("abbrev month") << "Jan. 10, 2025"
                                  << "2025-01-10";
    QTest::newRow("full month") << "March 3, 2025"
                                << "2025-03-03";
    QTest::newRow("sept") << "Sept. 5, 2024"
                          << "2024-09-05";
    QTest::newRow("day first") << "3 March 2025"
                               << "2025-03-03";
    QTest::newRow("month first with time") << "March 3, 2025 10:30 pm"
                                           << "2025-03-03T22:30:00";
    QTest::newRow("chinese") << "2025年3月14日"
                             << "2025-03-14";
    QTest::newRow("chinese full-width digits") << "２０２５年３月１４日"
                                               << "2025-03-14";
    QTest::newRow("chinese with time") << "2025年3月14日 08:30"
                                       << "2025-03-14T08:30:00";
    QTest::newRow("day month unambiguous") << "14/03/2025"
                                           << "2025-03-14";
    QTest::newRow("ambiguous") << "03/04/2025"
                               << "";
    QTest::newRow("invalid day") << "2025-02-30"
                                 << "";
    QTest::newRow("invalid time") << "31-MAR-1987 605:12:19.12"
                                  << "";
    QTest::newRow("not a month") << "3 Marching 2025"
                                 << "";
    QTest::newRow("words") << "yesterday"
                           << "";
    QTest::newRow("two-digit year") << "Mar 3, 25"
                                    << "";
    QTest::newRow("unknown zone") << "14 Mar 2025 08:30 XYZ"
                                  << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestDateParser::toIso()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(DateParser::toIso(input), expected);
}

void TestDateParser::epoch()
{
    QCOMPARE(DateParser::fromEpoch(1735689600), QStringLiteral("2025-01-01T00:00:00Z"));
    QCOMPARE(DateParser::fromEpoch(1735689600000LL), QStringLiteral("2025-01-01T00:00:00Z"));
    QCOMPARE(DateParser::fromEpoch(0), QString());
}

// Plain ISO dates skip the general path: every one still gives what composing it from a QDate gives.
void TestDateParser::plainIsoDates()
{
    for (const int year : {0, 1, 99, 100, 999, 1000, 1900, 1987, 2000, 2024, 2025, 2100, 9999}) {
        for (int month = 0; month <= 13; ++month) {
            for (int day = 0; day <= 32; ++day) {
                const QString input = QStringLiteral("%1-%2-%3")
                                          .arg(year, 4, 10, QChar(u'0'))
                                          .arg(month, 2, 10, QChar(u'0'))
                                          .arg(day, 2, 10, QChar(u'0'));
                const QDate date(year, month, day);
                const QString expected =
                    year >= 100 && date.isValid() ? date.toString(Qt::ISODate) : QString();
                QCOMPARE(DateParser::toIso(input), expected);
            }
        }
    }
    // Near misses take the general path.
    QCOMPARE(DateParser::toIso(QStringLiteral(" 2025-03-14")), QStringLiteral("2025-03-14"));
    QCOMPARE(DateParser::toIso(QStringLiteral("2025-3-014")), QString());
    QCOMPARE(DateParser::toIso(QStringLiteral("2025-03-1x")), QString());
    QCOMPARE(DateParser::toIso(QStringLiteral("２０２５-03-14")), QStringLiteral("2025-03-14"));
}

QTEST_GUILESS_MAIN(TestDateParser)
#include "TestDateParser.moc"
