#include "Store.h"
#include "db/Statement.h"
#include "ingest/WalCheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

    static qint64 scalar(Database& db, const QString& sql)
    {
        Statement statement = db.prepare(sql);
        return statement.step() ? statement.int64(0) : -1;
    }

    // Commits `batches` transactions of rows big enough to fill WAL pages.
    static void write(Database& db, int batches)
    {
        for (int b = 0; b < batches; ++b) {
            db.exec(QStringLiteral("BEGIN IMMEDIATE"));
            Statement insert = db.prepare(QStringLiteral("INSERT INTO notes(body, created, edited) VALUES(?1, 'now', 'now')"));
            for (int i = 0; i < 50; ++i) {
                insert.bind(1, QString(2000, QLatin1Char('a' + (i % 26))));
                insert.run();
            }
            db.exec(QStringLiteral("COMMIT"));
        }
    }

private slots:
    void checkpointsOnItsOwnThreadAndKeepsTheLogShort()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.db"));
        Database db = Store::open(path);
        {
            WalCheckpointer checkpointer(db, 5, 100000); // a batch is 100 KB: a dozen 8 KB frames
            QVERIFY(checkpointer.isActive());
            // Each batch waits for the checkpoint the one before set off, as an import's writer (busy
            // with its next batch meanwhile) in effect does.
            for (int batch = 0; batch < 40; ++batch) {
                const int before = checkpointer.checkpointsRun();
                write(db, 1);
                QTRY_VERIFY(checkpointer.checkpointsRun() > before);
            }
            // The log was reset along the way: far smaller than the 40 batches written through it.
            QVERIFY2(QFileInfo(path + QStringLiteral("-wal")).size() < 40 * 50 * 2000 / 2,
                     qPrintable(QString::number(QFileInfo(path + QStringLiteral("-wal")).size())));
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA wal_autocheckpoint")), qint64(0));
        }
        // The automatic checkpoint is back, and every row is there.
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA wal_autocheckpoint")), qint64(1000));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM notes")), qint64(40 * 50));
    }

    void theWriterCheckpointsWhenTheLogOutgrowsTheLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.db"));
        Database db = Store::open(path);
        // A reader holding an old snapshot keeps a passive checkpoint from finishing; the writer's own
        // checkpoint at the limit still copies what it can, and nothing is lost.
        WalCheckpointer checkpointer(db, 1000000, 50);
        write(db, 10);
        QCOMPARE(checkpointer.checkpointsRun(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM notes")), qint64(10 * 50));
        Statement checkpoint = db.prepare(QStringLiteral("PRAGMA wal_checkpoint"));
        QVERIFY(checkpoint.step());
        QCOMPARE(checkpoint.int64(0), qint64(0)); // not busy
    }

    void defaultLimitsAreMegabytesOfTheDatabasesPages()
    {
        QTemporaryDir dir;
        Database db = Store::open(dir.filePath(QStringLiteral("e.db")));
        const WalCheckpointer checkpointer(db);
        QVERIFY(checkpointer.isActive());
        QCOMPARE(checkpointer.nudgeFrames(), WalCheckpointer::defaultNudgeBytes / db.pageSize());
        QCOMPARE(checkpointer.stopFrames(), WalCheckpointer::defaultStopBytes / db.pageSize());
        QCOMPARE(db.pageSize(), Database::newDatabasePageSize);
    }

    void theLastCommitIsLeftAndTheAutomaticCheckpointPutBackAsItWas()
    {
        QTemporaryDir dir;
        Database db = Store::open(dir.filePath(QStringLiteral("f.db")));
        db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        {
            WalCheckpointer checkpointer(db, 5, 100000);
            write(db, 1);
            QTRY_COMPARE(checkpointer.checkpointsRun(), 1);
            checkpointer.leaveTheLastCommit();
            write(db, 1);
            QTest::qWait(100); // no checkpoint is on its way
            QCOMPARE(checkpointer.checkpointsRun(), 1);
            write(db, 1); // only the one commit was left
            QTRY_COMPARE(checkpointer.checkpointsRun(), 2);
        }
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA wal_autocheckpoint")), qint64(0));
    }

    void inMemoryDatabasesHaveNone()
    {
        Database db(QStringLiteral(":memory:"));
        WalCheckpointer checkpointer(db);
        QVERIFY(!checkpointer.isActive());
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "TestWalCheckpointer.moc"
