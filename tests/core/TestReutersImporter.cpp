#include "import/FileImporter.h"
#include "import/ReutersImporter.h"

#include <QTest>

using namespace ws;

class TestReutersImporter : public QObject
{
    Q_OBJECT

private slots:
    void records();
    void sniff();
};

void TestReutersImporter::records()
{
    CollectingSink sink;
    FileImporter().importFile(QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/import/reuters_sample.sgm"), sink);
    QVERIFY(sink.issues.isEmpty());
    QCOMPARE(sink.stories.size(), 3);

    const Story& deal = sink.stories[0];
    QCOMPARE(deal.title, QStringLiteral("EXAMPLE CHIP MAKER <EXC> TO BUY TOOL UNIT"));
    QCOMPARE(deal.date, QStringLiteral("1987-03-14T09:30:12"));
    QCOMPARE(deal.topics, (QStringList{QStringLiteral("acq"), QStringLiteral("earn")}));
    QCOMPARE(deal.places, (QStringList{QStringLiteral("japan"), QStringLiteral("usa")}));
    QCOMPARE(deal.author, QStringLiteral("Pat Reed, Reuters"));
    QCOMPARE(deal.body, QStringLiteral("TOKYO, March 14 - Example Chip Co said it agreed to buy\n"
                                       "the tool unit of a larger rival for 120 mln dlrs & stock.\n"
                                       "The company said the deal would close in the second\nquarter."));
    QCOMPARE(deal.source.lineStart, 2);
    QCOMPARE(deal.source.lineEnd, 23);

    const Story& brief = sink.stories[1];
    QCOMPARE(brief.title, QStringLiteral("LONDON CHIP INDEX UP FIVE PCT IN WEEK"));
    QCOMPARE(brief.date, QStringLiteral("1987-04-02T10:01:02")); // wire codes after the date dropped
    QCOMPARE(brief.body, QString());
    QCOMPARE(brief.source.lineStart, 24);

    const Story& unproc = sink.stories[2];
    QCOMPARE(unproc.title, QStringLiteral("CHIP SHIPMENTS REPORT - APR 3"));
    QVERIFY(unproc.body.contains(QStringLiteral("Memory..............12.1 vs.....11.4")));
    QCOMPARE(unproc.date, QStringLiteral("1987-04-03T11:11:11"));
    QCOMPARE(unproc.source.lineEnd, 56);
    for (const Story& story : sink.stories)
        QVERIFY(!story.body.contains(QChar(3)) && !story.body.contains(QStringLiteral("&#")));
}

void TestReutersImporter::sniff()
{
    ReutersImporter reuters;
    QCOMPARE(reuters.sniff(u"<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS TOPICS=\"YES\" NEWID=\"1\">",
                           QString()),
             100);
    // Prose that mentions the format is not the format.
    QCOMPARE(reuters.sniff(u"Each article is in a <REUTERS> tag with a NEWID= attribute.", QString()), 0);
}

QTEST_GUILESS_MAIN(TestReutersImporter)
#include "TestReutersImporter.moc"
