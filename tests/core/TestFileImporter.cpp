#include "import/FileImporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace ws;

namespace {

const QString dataDir = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/import/");

class RecordingSink : public CollectingSink
{
public:
    QStringList begun;
    QStringList ended;
    qint64 lastRead = 0;
    qint64 lastTotal = 0;
    int cancelAfter = -1; // stories

    void beginFile(const QString& path) override { begun.append(path); }
    void endFile(const QString& path) override { ended.append(path); }
    void fileProgress(qint64 read, qint64 total) override
    {
        lastRead = read;
        lastTotal = total;
    }
    bool isCancelled() const override { return cancelAfter >= 0 && stories.size() >= cancelAfter; }

    QList<ImportIssue> issuesFor(const QString& fileName) const
    {
        QList<ImportIssue> out;
        for (const ImportIssue& issue : issues) {
            if (issue.file.endsWith(QLatin1Char('/') + fileName))
                out.append(issue);
        }
        return out;
    }
    int storiesFrom(const QString& fileName) const
    {
        int n = 0;
        for (const Story& story : stories)
            n += story.source.path.endsWith(QLatin1Char('/') + fileName);
        return n;
    }
};

void write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray fixture(const QString& name)
{
    QFile file(dataDir + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray goodStory =
    "Chipmaker opens plant\nThe new plant in Arizona opened on Monday with 500 workers.\n";

} // namespace

class TestFileImporter : public QObject
{
    Q_OBJECT

private slots:
    void folderWalk();
    void badInputs();
    void longLine();
    void undecodableBytes();
    void unreadableFile();
    void wholeFileLimit();
    void duplicatesShareId();
    void cancel();
    void supportedFormats();
};

void TestFileImporter::folderWalk()
{
    QTemporaryDir dir;
    write(dir.filePath("b.txt"), goodStory);
    write(dir.filePath("a/z.jsonl"), fixture("stories.jsonl").split('\n').front() + "\n");
    write(dir.filePath("a/feed.data"), fixture("feed_rss.xml")); // sniffed by content, not name
    write(dir.filePath(".hidden.txt"), goodStory);
    write(dir.filePath(".git/config.txt"), goodStory);
    write(dir.filePath("photo.txt"),
          QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)); // media in a folder: passed over

    RecordingSink sink;
    FileImporter().importPaths({dir.path()}, sink);
    const QString root = QDir(dir.path()).absolutePath();
    QCOMPARE(sink.begun, (QStringList{root + "/b.txt", root + "/a/feed.data", root + "/a/z.jsonl"}));
    QCOMPARE(sink.ended, sink.begun);
    QCOMPARE(sink.storiesFrom("b.txt"), 1);
    QCOMPARE(sink.storiesFrom("feed.data"), 2);
    QCOMPARE(sink.storiesFrom("z.jsonl"), 1);
    QVERIFY(sink.issues.isEmpty());
    QCOMPARE(sink.lastTotal, QFileInfo(root + "/a/z.jsonl").size());
    QCOMPARE(sink.lastRead, sink.lastTotal);
}

void TestFileImporter::badInputs()
{
    QTemporaryDir dir;
    write(dir.filePath("01-good.txt"), goodStory);
    write(dir.filePath("02-empty.txt"), QByteArray());
    write(dir.filePath("03-blank.txt"), "  \n\n \t\n");
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary += char((i * 7919) % 256);
    write(dir.filePath("04-binary.txt"), binary);
    write(dir.filePath("05-latin1.txt"), fixture("encodings/latin1.txt"));
    write(dir.filePath("06-truncated.json"), fixture("truncated_array.json"));
    write(dir.filePath("07-truncated.xml"), fixture("feed_truncated.xml"));
    write(dir.filePath("08-ragged.csv"), "title,body,date\nA story,Its text,2025-01-02\nShort row\n");
    write(dir.filePath("09-image.png"), QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
    write(dir.filePath("10-good.txt"), goodStory);
    const QString missing = dir.filePath("11-missing.txt");

    QStringList paths;
    for (const QString& name : QDir(dir.path()).entryList(QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    paths.append(missing);
    RecordingSink sink;
    FileImporter().importPaths(paths, sink);

    // Every file was begun and ended, the good ones imported around the bad ones.
    QCOMPARE(sink.begun.size(), 11);
    QCOMPARE(sink.ended, sink.begun);
    QCOMPARE(sink.storiesFrom("01-good.txt"), 1);
    QCOMPARE(sink.storiesFrom("10-good.txt"), 1);

    struct Expected
    {
        const char* file;
        bool error;
        int line;
        const char* message;
    };
    const Expected expected[] = {
        {"02-empty.txt", true, 0, "empty file"},
        {"03-blank.txt", true, 0, "no text (only white space)"},
        {"04-binary.txt", true, 0, "binary file, not text (NUL bytes)"},
        {"05-latin1.txt", false, 0, "text is not UTF-8; read as ISO-8859-1"},
        {"06-truncated.json", true, 4, "truncated JSON"},
        {"07-truncated.xml", true, 0, "truncated XML"},
        {"08-ragged.csv", false, 3, "row has 1 fields, the header has 3; padded"},
        {"09-image.png", true, 0, "binary file, not text (PNG image)"},
        {"11-missing.txt", true, 0, "path does not exist"},
    };
    for (const Expected& e : expected) {
        const QList<ImportIssue> issues = sink.issuesFor(QString::fromLatin1(e.file));
        QVERIFY2(issues.size() == 1, e.file); // one clear message per bad input
        const ImportIssue& issue = issues.front();
        QVERIFY2(issue.isError() == e.error, qPrintable(issue.toString()));
        if (e.line > 0)
            QCOMPARE(issue.line, e.line);
        QVERIFY2(issue.message.startsWith(QLatin1String(e.message)), qPrintable(issue.toString()));
        QVERIFY(issue.toString().contains(QLatin1String(e.file)));
    }
    QCOMPARE(sink.storiesFrom("05-latin1.txt"), 2);
    QVERIFY(sink.stories[1].body.contains(QStringLiteral("Zürich")) ||
            sink.stories[2].body.contains(QStringLiteral("Zürich")));
    QCOMPARE(sink.storiesFrom("06-truncated.json"), 2);
    QCOMPARE(sink.storiesFrom("07-truncated.xml"), 1);
    QCOMPARE(sink.storiesFrom("08-ragged.csv"), 2);
    QVERIFY(sink.issuesFor("07-truncated.xml").front().line > 0);
}

void TestFileImporter::longLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("long.txt");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Tariff story headline\nThe first story has a normal body line.\n\n");
        const QByteArray chunk(1024 * 1024, 'a');
        for (int i = 0; i < 50; ++i)
            file.write(chunk); // one 50 MB line, line 4
        file.write("\n\nSecond story headline\nAnd its body, read after the long line.\n");
    }
    RecordingSink sink;
    FileImporter().importPaths({path}, sink);
    QCOMPARE(sink.issues.size(), 1);
    QVERIFY(sink.issues[0].isError());
    QCOMPARE(sink.issues[0].line, 4);
    QVERIFY2(sink.issues[0].message.startsWith(QStringLiteral("line is longer than 8 MB")),
             qPrintable(sink.issues[0].toString()));
    QCOMPARE(sink.stories.size(), 2);
    QCOMPARE(sink.stories[1].title, QStringLiteral("Second story headline"));
    QCOMPARE(sink.stories[1].source.lineStart, 6);
}

void TestFileImporter::undecodableBytes()
{
    QTemporaryDir dir;
    QByteArray bytes;
    int lines = 0;
    while (bytes.size() < 80 * 1024) { // past the head the encoding is detected from
        bytes += "Memory prices rose again this week as makers cut output.\n";
        ++lines;
    }
    bytes += "\nA bad \xFF\xFE byte pair here.\n";
    write(dir.filePath("bad.txt"), bytes);
    RecordingSink sink;
    FileImporter().importPaths({dir.filePath("bad.txt")}, sink);
    QCOMPARE(sink.issues.size(), 1);
    const ImportIssue& issue = sink.issues[0];
    QVERIFY(!issue.isError());
    QCOMPARE(issue.line, lines + 2);
    QVERIFY2(issue.message.startsWith(QStringLiteral("2 undecodable bytes replaced")),
             qPrintable(issue.message));
    QVERIFY(issue.message.contains(QStringLiteral("first at line %1").arg(lines + 2)));
    QCOMPARE(sink.stories.size(), 2);
    QVERIFY(sink.stories[1].body.contains(QChar(0xFFFD)));
}

void TestFileImporter::unreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("secret.txt");
    write(path, goodStory);
    QFile::setPermissions(path, QFileDevice::Permissions());
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                          QFileDevice::ExeOther);
    // Root reads any file: import as an unprivileged user instead, where that can be done.
    const bool root = ::geteuid() == 0;
    if (root && ::setresuid(65534, 65534, 0) != 0)
        QSKIP("running as root and cannot drop privileges: permissions cannot be tested");
    RecordingSink sink;
    FileImporter().importPaths({path}, sink);
    if (root)
        QVERIFY(::setresuid(0, 0, 0) == 0);
    QCOMPARE(sink.issues.size(), 1);
    QCOMPARE(sink.issues[0].message, QStringLiteral("cannot open: permission denied"));
    QVERIFY(sink.issues[0].toString().contains(QStringLiteral("secret.txt")));
    QVERIFY(sink.stories.isEmpty());
}

void TestFileImporter::wholeFileLimit()
{
    ImportLimits limits;
    limits.maxWholeFileBytes = 200;
    RecordingSink sink;
    FileImporter(limits).importPaths({dataDir + "article.html"}, sink);
    QCOMPARE(sink.issues.size(), 1);
    QVERIFY2(sink.issues[0].message.contains(QStringLiteral("larger than the")),
             qPrintable(sink.issues[0].message));
    QVERIFY(sink.stories.isEmpty());
}

void TestFileImporter::duplicatesShareId()
{
    QTemporaryDir dir;
    write(dir.filePath("one.txt"),
          "Micron opens Idaho fab\nMicron Technology Inc broke ground on a memory fab in Boise.\n");
    write(dir.filePath("two.jsonl"), "{\"title\": \"Micron opens Idaho fab\", \"body\": \"Micron Technology "
                                     "Inc broke ground on a memory fab in  Boise.\"}\n");
    write(dir.filePath("three.txt"),
          "Micron opens Idaho fab\nMicron Technology Inc broke ground on a memory fab in Boise.\n");
    RecordingSink sink;
    FileImporter().importPaths({dir.path()}, sink);
    QCOMPARE(sink.stories.size(), 3);
    QCOMPARE(sink.stories[1].id, sink.stories[0].id);
    QCOMPARE(sink.stories[2].id, sink.stories[0].id);
    QVERIFY(sink.stories[0].source.path != sink.stories[1].source.path);
}

void TestFileImporter::cancel()
{
    RecordingSink sink;
    sink.cancelAfter = 1;
    FileImporter().importPaths({dataDir + "stories.jsonl", dataDir + "plain_stories.txt"}, sink);
    QCOMPARE(sink.stories.size(), 1);
    QVERIFY(!sink.begun.contains(dataDir + "plain_stories.txt"));
}

void TestFileImporter::supportedFormats()
{
    const QString all = FileImporter::supportedFormats().join(QLatin1Char('\n'));
    for (const char* format : {"plain text", "JSON", "CSV", "RSS", "Atom", "HTML", "Reuters"})
        QVERIFY(all.contains(QLatin1String(format)));
}

QTEST_GUILESS_MAIN(TestFileImporter)
#include "TestFileImporter.moc"
