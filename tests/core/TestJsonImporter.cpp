#include "../common/ImportTestFiles.h"
#include "import/FileImporter.h"
#include "import/JsonImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using ws::test::importTestFile;

namespace {


const ImportIssue* issueAt(const CollectingSink& sink, int line)
{
    for (const ImportIssue& issue : sink.issues) {
        if (issue.line == line)
            return &issue;
    }
    return nullptr;
}

} // namespace

class TestJsonImporter : public QObject
{
    Q_OBJECT

private slots:
    void jsonLines();
    void array();
    void wrapper();
    void truncatedArray();
    void sniff();
    void numberTooLargeForADate();
};

void TestJsonImporter::jsonLines()
{
    const CollectingSink sink = importTestFile(QStringLiteral("stories.jsonl"));
    QCOMPARE(sink.stories.size(), 5);

    const Story& tel = sink.stories[0];
    QCOMPARE(tel.title, QStringLiteral("Tokyo Electron raises profit forecast"));
    QCOMPARE(tel.date, QStringLiteral("2025-02-07T15:00:00+09:00"));
    QCOMPARE(tel.source.feed, QStringLiteral("Example Wire")); // source given as an object
    QCOMPARE(tel.source.url, QStringLiteral("https://example.com/tel-forecast"));
    QCOMPARE(tel.author, QStringLiteral("Aiko Tanaka, Ken Mori"));
    QCOMPARE(tel.source.lineStart, 1);
    QCOMPARE(tel.source.lineEnd, 1);

    const Story& gf = sink.stories[1];
    QCOMPARE(gf.title, QStringLiteral("GlobalFoundries wins chip subsidy"));        // headline
    QVERIFY(gf.body.startsWith(QStringLiteral("GlobalFoundries Inc was awarded"))); // content
    QCOMPARE(gf.date, QStringLiteral("2024-02-19T13:30:00Z"));                      // pubDate, RFC 822
    QCOMPARE(gf.source.feed, QStringLiteral("Example Daily"));
    QCOMPARE(gf.author, QStringLiteral("Sam Lee"));
    QCOMPARE(gf.topics, (QStringList{QStringLiteral("subsidy"), QStringLiteral("foundry")}));

    const Story& wolfspeed = sink.stories[2];
    QCOMPARE(wolfspeed.title, QStringLiteral("Wolfspeed delays German plant")); // name
    QCOMPARE(wolfspeed.date, QStringLiteral("2025-03-03")); // "date" ranks before created_at
    QCOMPARE(wolfspeed.source.lineStart, 4);

    const Story& kioxia = sink.stories[3];
    QCOMPARE(kioxia.source.lineStart, 6); // a blank line is skipped, numbering goes on
    // No title: derived from the first sentence, trimmed at a word boundary.
    QVERIFY(kioxia.title.startsWith(QStringLiteral("Kioxia Holdings Corp said it would list its shares")));
    QVERIFY(kioxia.title.endsWith(QChar(u'…')));
    QCOMPARE(kioxia.date, QStringLiteral("2025-12-05"));

    QCOMPARE(sink.stories[4].date, QString()); // "05/06/2024" is ambiguous: not guessed

    // Line 3: invalid JSON, reported, the rest went on; line 7: empty record; line 9: cut off.
    const ImportIssue* bad = issueAt(sink, 3);
    QVERIFY(bad && bad->isError());
    QVERIFY2(bad->message.contains(QStringLiteral("JSON")), qPrintable(bad->message));
    const ImportIssue* empty = issueAt(sink, 7);
    QVERIFY(empty && !empty->isError());
    const ImportIssue* cut = issueAt(sink, 9);
    QVERIFY(cut && cut->isError());
    QVERIFY2(cut->message.startsWith(QStringLiteral("truncated JSON")), qPrintable(cut->message));
    const ImportIssue* date = issueAt(sink, 8);
    QVERIFY(date && date->message.contains(QStringLiteral("05/06/2024")));
    for (const ImportIssue& issue : sink.issues)
        QVERIFY(issue.toString().contains(QStringLiteral("stories.jsonl:")));
}

void TestJsonImporter::array()
{
    const CollectingSink sink = importTestFile(QStringLiteral("stories_array.json"));
    QCOMPARE(sink.stories.size(), 3);
    QCOMPARE(sink.stories[0].title, QStringLiteral("Arm unveils server chip design"));
    QCOMPARE(sink.stories[0].date, QStringLiteral("2025-03-14"));
    QCOMPARE(sink.stories[0].source.lineStart, 2);
    QCOMPARE(sink.stories[0].source.lineEnd, 6);
    QCOMPARE(sink.stories[1].source.feed, QStringLiteral("Example Markets"));
    QCOMPARE(sink.stories[2].date, QStringLiteral("2025-01-10"));
    QCOMPARE(sink.stories[2].source.lineStart, 14);
    QCOMPARE(sink.issues.size(), 1); // the element 42 is not an object
    QCOMPARE(sink.issues[0].line, 13);
    QVERIFY(!sink.issues[0].isError());
}

void TestJsonImporter::wrapper()
{
    const CollectingSink sink = importTestFile(QStringLiteral("wrapped.json"));
    QVERIFY(sink.issues.isEmpty());
    QCOMPARE(sink.stories.size(), 2);
    QCOMPARE(sink.stories[0].source.feed, QStringLiteral("Example Times"));
    QVERIFY(sink.stories[0].body.startsWith(
        QStringLiteral("Samsung Electronics Co started"))); // content over description
    QCOMPARE(sink.stories[0].author, QStringLiteral("Jo Park"));
    QCOMPARE(sink.stories[1].body, QStringLiteral("SMIC revenue rose 28 percent in the quarter."));
    QCOMPARE(sink.stories[1].source.lineStart, 3);
}

void TestJsonImporter::truncatedArray()
{
    const CollectingSink sink = importTestFile(QStringLiteral("truncated_array.json"));
    QCOMPARE(sink.stories.size(), 2); // the complete records before the cut
    QCOMPARE(sink.issues.size(), 1);
    const ImportIssue& issue = sink.issues[0];
    QVERIFY(issue.isError());
    QCOMPARE(issue.line, 4);
    QVERIFY2(issue.message.startsWith(QStringLiteral("truncated JSON")), qPrintable(issue.message));
    QVERIFY2(issue.message.contains(QStringLiteral("2 complete records")), qPrintable(issue.message));
}

void TestJsonImporter::sniff()
{
    JsonImporter json;
    QVERIFY(json.sniff(u"{\"title\": \"a\"}\n{\"title\": \"b\"}\n", QStringLiteral("x.txt")) >= 90);
    QVERIFY(json.sniff(u"[\n {\"title\": \"a\"}", QStringLiteral("noext")) >= 90);
    QCOMPARE(json.sniff(u"Plain text {not json}", QStringLiteral("x.json")), 0);
    QCOMPARE(JsonImporter::wrapperKey(
                 JsonNode::fromQt(QJsonObject{{"title", "x"}, {"items", QJsonArray{QJsonObject{}}}})),
             QString());
}


// A date field holding a number beyond any epoch (found by the json fuzzer: converting it to an
// integer was undefined) is no date: the story is kept, undated, with a warning on its line.
void TestJsonImporter::numberTooLargeForADate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge-date.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"title": "Dated", "body": "Text", "published": 1710400000})" "\n"
               R"({"title": "Huge", "body": "Text", "published": 1e75})" "\n");
    file.close();
    CollectingSink sink;
    FileImporter().importFile(path, sink);
    QCOMPARE(sink.stories.size(), 2);
    QVERIFY(sink.stories[0].date.startsWith(QStringLiteral("2024-03-14")));
    QCOMPARE(sink.stories[1].date, QString());
    QVERIFY(issueAt(sink, 2) != nullptr);
}

QTEST_GUILESS_MAIN(TestJsonImporter)
#include "TestJsonImporter.moc"
