// The ingest pipeline as a pipeline: duplicates caught wherever they are in flight, a database error
// on the writer thread stopping the reader and reaching the caller, progress as it goes, and a kill
// at any moment leaving whole batches only.
#include "Store.h"
#include "db/Statement.h"
#include "extract/Extractor.h"
#include "ingest/BatchWriter.h"
#include "ingest/ImportJob.h"
#include "ingest/IngestPipeline.h"
#include "model/Story.h"

#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ws;

namespace {

Story makeStory(int n, const QString& path = QStringLiteral("a.txt"))
{
    Story story;
    story.title = QStringLiteral("Chipmaker %1 expands capacity").arg(n);
    story.body = QStringLiteral("Taiwan Semiconductor Manufacturing Co (TSMC) said plant %1 would add wafers. "
                                "Demand for advanced packaging rose %2 percent.")
                     .arg(n)
                     .arg(n % 40);
    story.source.path = path;
    story.source.lineStart = n + 1;
    story.source.lineEnd = n + 1;
    return story;
}

qint64 count(Database& db, const QString& sql)
{
    auto query = db.prepare(sql);
    return query.step() ? query.int64(0) : -1;
}

// Writes `stories` stories as JSON Lines, every seventh a copy of the one `distance` before it.
int writeCorpus(const QString& path, int stories, int* duplicates)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    *duplicates = 0;
    for (int i = 0; i < stories; ++i) {
        int n = i;
        if (i % 7 == 6) {
            n = i - 1 - (i % 5);
            ++*duplicates;
        }
        const Story story = makeStory(n);
        file.write(QStringLiteral("{\"title\": \"%1\", \"body\": \"%2\"}\n").arg(story.title, story.body).toUtf8());
    }
    return stories;
}

} // namespace

class TestIngestStreaming : public QObject
{
    Q_OBJECT

private slots:
    // A copy of a story still in flight (same batch, the batch being extracted, the batch being
    // written) is a duplicate as surely as one already stored; counts stay right per file.
    void duplicatesInFlightAreCaughtPerFile()
    {
        QTemporaryDir dir;
        Database db = Store::open(dir.filePath(QStringLiteral("s.db")));
        IngestPipeline pipeline(db, &Extractor::shared(), 3);
        pipeline.start({QStringLiteral("a.txt"), QStringLiteral("b.txt")});
        int expectedDuplicates[2] = {0, 0};
        for (int file = 0; file < 2; ++file) {
            const QString path = file == 0 ? QStringLiteral("a.txt") : QStringLiteral("b.txt");
            pipeline.beginFile(path);
            for (int i = 0; i < 60; ++i) {
                // a.txt repeats stories from 1 to 11 places back (the same batch, the batch being
                // extracted, the one being written); b.txt repeats a.txt's first stories.
                const int n = (i % 4 == 3) ? (file == 0 ? i - 1 - i % 3 - 4 * ((i / 4) % 3) : i % 3) : 100 * file + i;
                if (n != 100 * file + i)
                    ++expectedDuplicates[file];
                pipeline.addStory(makeStory(n, path));
            }
            pipeline.endFile(path);
        }
        const IngestReport report = pipeline.finish();
        QCOMPARE(report.files.size(), 2);
        QCOMPARE(report.files[0].duplicates, expectedDuplicates[0]);
        QCOMPARE(report.files[1].duplicates, expectedDuplicates[1]);
        QCOMPARE(report.files[0].added, 60 - expectedDuplicates[0]);
        QCOMPARE(report.files[1].added, 60 - expectedDuplicates[1]);
        QCOMPARE(report.added + report.duplicates, 120);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM stories")), qint64(report.added));
        QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT id) FROM stories")), qint64(report.added));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM stories WHERE extracted = 1")), qint64(report.added));
        // Every stored story got its own extraction, written with it.
        QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT story_rowid) FROM story_entities")), qint64(report.added));
        QCOMPARE(count(db, QStringLiteral("SELECT stories_added FROM imports")), qint64(report.added));
        QCOMPARE(count(db, QStringLiteral("SELECT duplicates FROM imports")), qint64(report.duplicates));
    }

    // A database error on the writer thread stops the reader, reaches the caller from finish(), and
    // leaves the batches committed before it, whole.
    void writerErrorStopsTheReaderAndKeepsWholeBatches()
    {
        QTemporaryDir dir;
        Database db = Store::open(dir.filePath(QStringLiteral("s.db")));
        db.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON stories WHEN NEW.title LIKE '% 23 %' "
                               "BEGIN SELECT RAISE(ABORT, 'refused'); END"));
        IngestPipeline pipeline(db, nullptr, 5);
        pipeline.start({QStringLiteral("a.txt")});
        pipeline.beginFile(QStringLiteral("a.txt"));
        int offered = 0;
        for (int i = 0; i < 1000 && !pipeline.isCancelled(); ++i, ++offered)
            pipeline.addStory(makeStory(i));
        QVERIFY(pipeline.isCancelled()); // the reader was told to stop
        QVERIFY(offered < 1000);
        QVERIFY_THROWS_EXCEPTION(DbError, pipeline.finish());
        // Stories 0..19 were four whole batches; the batch holding story 23 rolled back.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM stories")), qint64(20));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM story_fts")), qint64(20));
        QCOMPARE(pipeline.report().added, 20);
    }

    void progressIsReportedAsItGoes()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("corpus.jsonl"));
        int duplicates = 0;
        const int stories = writeCorpus(corpus, 3000, &duplicates);
        QList<IngestProgress> seen;
        QMutex lock;
        ImportJob::Options options;
        options.extract = false;
        options.batchSize = 100;
        options.storiesPerCommit = 100;
        ImportJob job(dir.filePath(QStringLiteral("s.db")), {corpus}, options);
        const IngestReport report = job.run([&](const IngestProgress& progress) {
            QMutexLocker locker(&lock);
            seen.append(progress);
        });
        QVERIFY(report.fatalError.isEmpty());
        QCOMPARE(report.added + report.duplicates, stories);
        QCOMPARE(report.duplicates, duplicates);
        QVERIFY(seen.size() >= 2);
        QCOMPARE(seen.last().stories, stories);
        QCOMPARE(seen.last().filesDone, 1);
        QCOMPARE(seen.last().bytesDone, QFileInfo(corpus).size());
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i].stories >= seen[i - 1].stories);
    }

    // An import's first commits are small and double up to the set size, so a small import's log is
    // copied into the database as it goes and its last commit is short.
    void firstCommitsAreSmallThenDouble()
    {
        Database db = Store::open(QStringLiteral(":memory:"));
        db.exec(QStringLiteral("INSERT INTO imports(id, started, paths) VALUES(1, 'now', 'a.txt')"));
        BatchWriter writer(db, 1, false, 20000);
        QList<qsizetype> commitsAt;
        qsizetype written = 0;
        for (int batch = 0; batch < 120; ++batch) {
            QList<IngestItem> items;
            for (int i = 0; i < 500; ++i) {
                Story story = makeStory(batch * 500 + i);
                story.id = Story::makeId(story.title, story.body, story.date);
                items.append({story, 0});
            }
            QVERIFY(writer.dropDuplicates(items).isEmpty());
            const QList<int> committed = writer.write(items, {}, {});
            written += items.size();
            if (!committed.isEmpty())
                commitsAt.append(written);
        }
        QCOMPARE(commitsAt, (QList<qsizetype>{2500, 5000, 10000, 20000, 40000, 60000}));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM stories")), qint64(60000));
    }

    // An import ends with its log copied into the file (one checkpoint for its last commit and the
    // indexes it built), also while another connection keeps the database open, as the window does.
    void importEndsWithItsLogCopiedIntoTheFile()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("c.jsonl"));
        int duplicates = 0;
        QCOMPARE(writeCorpus(corpus, 3000, &duplicates), 3000);
        const QString path = dir.filePath(QStringLiteral("w.db"));
        Database window = Store::open(path);
        const IngestReport report = ImportJob(path, {corpus}).run();
        QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
        QCOMPARE(report.added, 3000 - duplicates);
        // The file alone, read as if there were no log, holds every story and the indexes.
        sqlite3* file = nullptr;
        const QByteArray uri = "file:" + QFile::encodeName(path) + "?immutable=1";
        QCOMPARE(sqlite3_open_v2(uri.constData(), &file, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr),
                 SQLITE_OK);
        sqlite3_stmt* query = nullptr;
        QCOMPARE(
            sqlite3_prepare_v2(file,
                               "SELECT (SELECT count(*) FROM stories), (SELECT count(*) FROM sqlite_schema "
                               "WHERE name = 'story_entities_story')",
                               -1, &query, nullptr),
            SQLITE_OK);
        QCOMPARE(sqlite3_step(query), SQLITE_ROW);
        const qint64 storiesInFile = sqlite3_column_int64(query, 0);
        const qint64 indexInFile = sqlite3_column_int64(query, 1);
        sqlite3_finalize(query);
        sqlite3_close(file);
        QCOMPARE(storiesInFile, qint64(3000 - duplicates));
        QCOMPARE(indexInFile, qint64(1));
        QCOMPARE(count(window, QStringLiteral("SELECT count(*) FROM stories")), qint64(3000 - duplicates));
        QCOMPARE(count(window, QStringLiteral("PRAGMA wal_autocheckpoint")), qint64(1000));
    }

    // A kill at any moment (here: at several moments of a real import in a child process) leaves a
    // database that opens, passes its integrity checks, and holds whole batches: every stored story
    // has its full-text entry and its extraction, and a second run completes the first.
    void killAtAnyMomentLeavesWholeBatches()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("corpus.jsonl"));
        int duplicates = 0;
        const int stories = writeCorpus(corpus, 4000, &duplicates);
        const int batch = 50;
        // Killed right after the start, after the first batches, and half-way.
        for (int target : {0, 1, 1500}) {
            const QString path = dir.filePath(QStringLiteral("killed-%1.db").arg(target));
            const pid_t child = fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                ImportJob::Options options;
                options.batchSize = batch;
                options.storiesPerCommit = batch;
                const IngestReport report = ImportJob(path, {corpus}, options).run();
                _exit(report.fatalError.isEmpty() ? 0 : 1);
            }
            QElapsedTimer clock;
            clock.start();
            qint64 seen = 0; // what the watcher last counted, for the failure message
            for (; target > 0 && seen < target && clock.elapsed() < 60000; QThread::msleep(10)) {
                try {
                    Database watcher(path, Database::Mode::ReadOnly);
                    seen = count(watcher, QStringLiteral("SELECT count(*) FROM stories"));
                } catch (const DbError&) {
                    // not created yet
                }
            }
            const qint64 waited = clock.elapsed();
            kill(child, SIGKILL);
            int status = 0;
            waitpid(child, &status, 0);

            Database db = Store::open(path); // builds the indexes a killed first import had dropped
            QCOMPARE(
                count(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type='index' AND name IN "
                                         "('stories_date', 'story_entities_story', 'deal_parties_entity')")),
                qint64(3));
            {
                Statement integrity = db.prepare(QStringLiteral("PRAGMA integrity_check"));
                QVERIFY(integrity.step());
                QCOMPARE(integrity.text(0), QStringLiteral("ok"));
            } // (a statement left open would hold its read snapshot)
            db.exec(QStringLiteral("INSERT INTO story_fts(story_fts) VALUES('integrity-check')"));
            const qint64 stored = count(db, QStringLiteral("SELECT count(*) FROM stories"));
            const qint64 added = count(db, QStringLiteral("SELECT coalesce(max(stories_added), 0) FROM imports"));
            if (target > 0)
                QVERIFY2(
                    stored >= target && stored < stories - duplicates,
                    qPrintable(QStringLiteral("killed at %1 stories (target %2, of %3); the watcher saw %4 "
                                              "after %5 ms")
                                   .arg(stored)
                                   .arg(target)
                                   .arg(stories - duplicates)
                                   .arg(seen)
                                   .arg(waited)));
            QCOMPARE(stored, added); // the import's row was written in the same transaction
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM story_fts")), stored);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM stories WHERE rowid NOT IN "
                                              "(SELECT story_rowid FROM story_entities)")),
                     qint64(0));

            const IngestReport again = ImportJob(path, {corpus}).run();
            QVERIFY2(again.fatalError.isEmpty(), qPrintable(again.fatalError));
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM stories")), qint64(stories - duplicates));
            QCOMPARE(again.added, int(stories - duplicates - stored));
        }
    }
};

QTEST_GUILESS_MAIN(TestIngestStreaming)
#include "TestIngestStreaming.moc"
