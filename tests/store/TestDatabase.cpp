#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using namespace ws;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void bindsAndReadsEveryType()
    {
        Database db(QStringLiteral(":memory:"));
        db.exec(QStringLiteral("CREATE TABLE t(a TEXT, b INTEGER, c REAL, d BLOB, e TEXT)"));
        auto insert = db.prepare(QStringLiteral("INSERT INTO t VALUES(?1, ?2, ?3, ?4, ?5)"));
        insert.bind(1, QStringLiteral("台積電 CoWoS")).bind(2, qint64(1) << 40).bind(3, 2.5).bind(4, QByteArray("\0x", 2)).bindNull(5);
        insert.run();
        auto select = db.prepare(QStringLiteral("SELECT a, b, c, d, e FROM t"));
        QVERIFY(select.step());
        QCOMPARE(select.text(0), QStringLiteral("台積電 CoWoS"));
        QCOMPARE(select.int64(1), qint64(1) << 40);
        QCOMPARE(select.real(2), 2.5);
        QCOMPARE(select.value(3).toByteArray(), QByteArray("\0x", 2));
        QVERIFY(select.isNull(4));
        QVERIFY(!select.step());
    }

    // ASCII text is bound from buffers the statement keeps and reuses: every parameter must still
    // hold its own value, short or long, ASCII or not, whatever order they are bound in and re-bound.
    void reboundTextKeepsEachParameter()
    {
        Database db(QStringLiteral(":memory:"));
        db.exec(QStringLiteral("CREATE TABLE t(a TEXT, b TEXT, c TEXT, d TEXT)"));
        auto insert = db.prepare(QStringLiteral("INSERT INTO t VALUES(?1, ?2, ?3, ?4)"));
        const QString longAscii = QString(300, QLatin1Char('x'));
        const QList<QStringList> rows = {
            {QStringLiteral("a"), QStringLiteral("bb"), QStringLiteral("ccc"), longAscii},
            {QStringLiteral("長鑫存儲"), QStringLiteral(""), longAscii, QStringLiteral("é")},
            {QStringLiteral("d"), QStringLiteral("CXMT 長鑫"), QStringLiteral("z"), QStringLiteral("short")},
        };
        for (const QStringList& row : rows) {
            // In order: a later parameter's first buffer must not move an earlier one's.
            for (int column = 0; column < 4; ++column)
                insert.bind(column + 1, row[column]);
            insert.run();
        }
        auto select = db.prepare(QStringLiteral("SELECT a, b, c, d FROM t ORDER BY rowid"));
        for (const QStringList& row : rows) {
            QVERIFY(select.step());
            for (int column = 0; column < 4; ++column)
                QCOMPARE(select.text(column), row[column]);
        }
        QVERIFY(!select.step());
    }

    void namedParameters()
    {
        Database db(QStringLiteral(":memory:"));
        auto query = db.prepare(QStringLiteral("SELECT :word || '-' || :count"));
        query.bind(":word", QStringLiteral("hbm")).bind(":count", qint64(3));
        QVERIFY(query.step());
        QCOMPARE(query.text(0), QStringLiteral("hbm-3"));
        QVERIFY_THROWS_EXCEPTION(DbError, query.bind(":missing", qint64(1)));
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db(QStringLiteral(":memory:"));
        db.exec(QStringLiteral("CREATE TABLE t(x)"));
        {
            Transaction transaction(db);
            db.exec(QStringLiteral("INSERT INTO t VALUES(1)"));
        }
        {
            Transaction transaction(db);
            db.exec(QStringLiteral("INSERT INTO t VALUES(2)"));
            transaction.commit();
        }
        auto count = db.prepare(QStringLiteral("SELECT group_concat(x) FROM t"));
        QVERIFY(count.step());
        QCOMPARE(count.text(0), QStringLiteral("2"));
    }

    void badSqlThrowsWithFriendlyMessage()
    {
        Database db(QStringLiteral(":memory:"));
        try {
            db.prepare(QStringLiteral("SELEC nothing"));
            QFAIL("expected DbError");
        } catch (const DbError& error) {
            QVERIFY(!error.message().contains(QLatin1String("syntax")));
            QVERIFY(error.detail().contains(QLatin1String("syntax")));
        }
    }

    void fileIsInWalMode()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("w.db")));
        auto mode = db.prepare(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
    }

    void newFileGetsTheLargerPagesAndAnOldFileKeepsItsOwn()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("new.db"));
        {
            Database db(fresh);
            db.exec(QStringLiteral("CREATE TABLE t(x)"));
            QCOMPARE(db.pageSize(), Database::newDatabasePageSize);
        }
        // A database made elsewhere with SQLite's default pages keeps them, and its rows.
        const QString old = dir.filePath(QStringLiteral("old.db"));
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(old.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "PRAGMA page_size=4096; CREATE TABLE t(x); INSERT INTO t VALUES(7);",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        Database db(old);
        QCOMPARE(db.pageSize(), 4096);
        auto row = db.prepare(QStringLiteral("SELECT x FROM t"));
        QVERIFY(row.step());
        QCOMPARE(row.integer(0), 7);
    }

    void notADatabaseIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray content(4096, 'x');
        file.write(content);
        file.close();
        try {
            Database db(path);
            QFAIL("expected DbError");
        } catch (const DbError& error) {
            QVERIFY2(error.message().contains(path), qPrintable(error.message()));
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void missingFolderIsAClearError()
    {
        QVERIFY_THROWS_EXCEPTION(DbError, Database(QStringLiteral("/nonexistent-folder-xyz/a.db")));
    }

    void moveKeepsTheConnection()
    {
        Database first(QStringLiteral(":memory:"));
        first.exec(QStringLiteral("CREATE TABLE t(x)"));
        Database second = std::move(first);
        QVERIFY(!first.isOpen());
        second.exec(QStringLiteral("INSERT INTO t VALUES(1)"));
        QCOMPARE(second.changes(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
