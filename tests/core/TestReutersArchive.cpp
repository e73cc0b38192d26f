#include "import/FileImporter.h"

#include <QDir>
#include <QTest>

using namespace ws;

// The whole Reuters-21578 archive: every record read, each with a date.
class TestReutersArchive : public QObject
{
    Q_OBJECT

private slots:
    void wholeArchive();
};

void TestReutersArchive::wholeArchive()
{
    const QDir dir(QStringLiteral(WIRESCOPE_SHARED_DIR "/corpora/reuters21578"));
    const QStringList files = dir.entryList({QStringLiteral("*.sgm")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("Reuters-21578 archive not present");
    QCOMPARE(files.size(), 22);
    QStringList paths;
    for (const QString& file : files)
        paths.append(dir.filePath(file));

    CollectingSink sink;
    FileImporter().importPaths(paths, sink);
    QCOMPARE(sink.stories.size(), 21578);
    int withoutDate = 0;
    int withoutTitle = 0;
    for (const Story& story : std::as_const(sink.stories)) {
        withoutDate += story.date.isEmpty();
        withoutTitle += story.title.isEmpty();
    }
    QCOMPARE(withoutDate, 0);
    QCOMPARE(withoutTitle, 0);
    for (const ImportIssue& issue : std::as_const(sink.issues))
        QVERIFY2(!issue.isError(), qPrintable(issue.toString()));
}

QTEST_GUILESS_MAIN(TestReutersArchive)
#include "TestReutersArchive.moc"
