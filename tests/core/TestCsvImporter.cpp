#include "import/CsvImporter.h"
#include "import/FileImporter.h"

#include <QTest>

#include "../common/ImportTestFiles.h"

using namespace ws;
using ws::test::importTestFile;

class TestCsvImporter : public QObject
{
    Q_OBJECT

private slots:
    void csvWithQuotesAndRaggedRows();
    void tsv();
    void headerless();
    void sniff();
};

void TestCsvImporter::csvWithQuotesAndRaggedRows()
{
    const CollectingSink sink = importTestFile(QStringLiteral("stories.csv"));
    QCOMPARE(sink.stories.size(), 4);
    QCOMPARE(sink.stories[0].title, QStringLiteral("Micron opens Idaho fab"));
    QCOMPARE(sink.stories[0].date, QStringLiteral("2022-09-01"));
    QCOMPARE(sink.stories[0].source.feed, QStringLiteral("Example Wire"));
    QCOMPARE(sink.stories[0].source.lineStart, 2);

    const Story& quoted = sink.stories[1];
    QCOMPARE(quoted.title, QStringLiteral("Quoted \"title\" test"));
    QCOMPARE(quoted.body, QStringLiteral("A body with a comma, and\na line break inside the quotes."));
    QCOMPARE(quoted.date, QStringLiteral("2024-09-05"));
    QCOMPARE(quoted.source.lineStart, 3);
    QCOMPARE(quoted.source.lineEnd, 4);

    QCOMPARE(sink.stories[2].title, QStringLiteral("Short row"));           // padded
    QCOMPARE(sink.stories[3].date, QStringLiteral("2025-01-01T00:00:00Z")); // epoch seconds

    // One warning per ragged row, naming its line.
    QCOMPARE(sink.issues.size(), 2);
    QCOMPARE(sink.issues[0].line, 5);
    QVERIFY2(sink.issues[0].message.contains(QStringLiteral("padded")), qPrintable(sink.issues[0].message));
    QCOMPARE(sink.issues[1].line, 6);
    QVERIFY2(sink.issues[1].message.contains(QStringLiteral("skipped")), qPrintable(sink.issues[1].message));
    QVERIFY(!sink.issues[0].isError());
}

void TestCsvImporter::tsv()
{
    const CollectingSink sink = importTestFile(QStringLiteral("stories.tsv"));
    QVERIFY(sink.issues.isEmpty());
    QCOMPARE(sink.stories.size(), 2);
    QCOMPARE(sink.stories[0].title, QStringLiteral("Infineon opens Dresden fab"));
    QCOMPARE(sink.stories[0].topics,
             (QStringList{QStringLiteral("manufacturing"), QStringLiteral("europe")}));
    QCOMPARE(sink.stories[1].date, QStringLiteral("2025-01-07"));
}

void TestCsvImporter::headerless()
{
    const CollectingSink sink = importTestFile(QStringLiteral("headerless.csv"));
    QCOMPARE(sink.stories.size(), 2);
    QCOMPARE(sink.stories[0].title, QStringLiteral("ASML orders beat forecasts"));
    QVERIFY(sink.stories[0].body.startsWith(QStringLiteral("ASML Holding NV reported")));
    QCOMPARE(sink.stories[0].source.lineStart, 1);
    QCOMPARE(sink.issues.size(), 1);
    QVERIFY(sink.issues[0].message.contains(QStringLiteral("no header row")));
}

void TestCsvImporter::sniff()
{
    CsvImporter csv;
    QVERIFY(csv.sniff(u"title,body,date\nA,B,C\nD,E,F\n", QStringLiteral("x")) >= 85);
    QVERIFY(csv.sniff(u"title\tbody\nA\tB\n", QStringLiteral("x.tsv")) >= 85);
    QCOMPARE(CsvImporter::sniffDelimiter(u"a;b;c\n1;2;3\n4;5;6\n"), QChar(u';'));
    QCOMPARE(csv.sniff(u"Just a sentence, with a comma.\nAnother line without.\n", QStringLiteral("x")), 0);
}

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "TestCsvImporter.moc"
