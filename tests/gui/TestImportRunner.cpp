#include "GuiTestCorpus.h"
#include "ImportRunner.h"
#include "Store.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "repo/MentionSpans.h"
#include "model/DataPaths.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

qint64 scalar(Database& db, const QString& sql)
{
    Statement statement = db.prepare(sql);
    return statement.step() ? statement.int64(0) : -1;
}

} // namespace

class TestImportRunner : public QObject
{
    Q_OBJECT

private:
    // What a consistent database looks like whatever was cut short: SQLite's own checks, the full-text
    // index, and the derived tables agreeing with what they are derived from.
    static void verifyConsistent(Database& db)
    {
        {
            Statement check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
            QVERIFY(check.step());
            QCOMPARE(check.text(0), QStringLiteral("ok"));
        }
        {
            Statement keys = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
            QVERIFY(!keys.step());
        }
        db.exec(QStringLiteral("INSERT INTO story_fts(story_fts) VALUES('integrity-check')"));
        {
            Statement rows = db.prepare(QStringLiteral("SELECT mentions, spans FROM story_entities"));
            while (rows.step())
                QCOMPARE(MentionSpans::decode(rows.blob(1)).size(), rows.int64(0));
        }
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM entities e WHERE e.story_count != "
                                      "(SELECT count(*) FROM story_entities se WHERE se.entity_id = e.id)")),
            0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM deals d WHERE NOT EXISTS "
                                           "(SELECT 1 FROM stories s WHERE s.rowid = d.story_rowid)")),
                 0);
    }

private slots:
    void importsTheSampleCorpus()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.db"));
        Store::open(path); // the window's database exists before it imports
        ImportRunner runner;
        QSignalSpy finished(&runner, &ImportRunner::finished);
        QSignalSpy progress(&runner, &ImportRunner::progress);
        QVERIFY(runner.start(path, {DataPaths::sampleDir()}));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(path, {DataPaths::sampleDir()})); // one at a time
        QVERIFY(finished.wait(120000));
        QVERIFY(!runner.isRunning());
        const auto report = finished.first().first().value<IngestReport>();
        QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
        QVERIFY(!report.cancelled);
        QVERIFY(report.added > 0);
        QVERIFY(!progress.isEmpty());
        Database db = Store::open(path);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stories")), report.added);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM entities WHERE type = 'company'")) > 10);
        verifyConsistent(db);
    }

    void cancelLeavesTheDatabaseConsistent()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("corpus"));
        QVERIFY(QDir().mkpath(corpus));
        test::writeWireCorpus(corpus, 200, 25);
        const QString path = dir.filePath(QStringLiteral("cancel.db"));
        Store::open(path);

        // The whole corpus, uncancelled, into another database: what a complete import holds.
        const QString fullPath = dir.filePath(QStringLiteral("full.db"));
        Store::open(fullPath);
        qint64 complete = 0;
        {
            ImportRunner full;
            QSignalSpy done(&full, &ImportRunner::finished);
            QVERIFY(full.start(fullPath, {corpus}));
            QVERIFY(done.wait(600000));
            Database db = Store::open(fullPath);
            complete = scalar(db, QStringLiteral("SELECT count(*) FROM stories"));
            QVERIFY(complete >= 5000);
        }

        ImportRunner runner;
        QSignalSpy finished(&runner, &ImportRunner::finished);
        // Cancel as soon as stories are being read: the window stays live and gets the report.
        connect(&runner, &ImportRunner::progress, &runner, [&runner](const IngestProgress& progress) {
            if (progress.stories > 0)
                runner.cancel();
        });
        QVERIFY(runner.start(path, {corpus}));
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(300000));
        const auto report = finished.first().first().value<IngestReport>();
        QVERIFY(report.cancelled);
        QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
        {
            Database db = Store::open(path);
            const qint64 stored = scalar(db, QStringLiteral("SELECT count(*) FROM stories"));
            QVERIFY2(stored < complete, qPrintable(QStringLiteral("%1 of %2").arg(stored).arg(complete)));
            QCOMPARE(stored, report.added);
            verifyConsistent(db);
        }

        // A second run completes the first: every story once.
        ImportRunner again;
        QSignalSpy done(&again, &ImportRunner::finished);
        QVERIFY(again.start(path, {corpus}));
        QVERIFY(done.wait(600000));
        const auto second = done.first().first().value<IngestReport>();
        QVERIFY(!second.cancelled);
        Database db = Store::open(path);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stories")), complete);
        QCOMPARE(second.added + report.added, complete);
        verifyConsistent(db);
    }
};

QTEST_GUILESS_MAIN(TestImportRunner)
#include "TestImportRunner.moc"
