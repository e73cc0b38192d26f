#include "Store.h"
#include "db/Schema.h"
#include "db/Statement.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ws;

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void newDatabaseGetsCurrentVersion()
    {
        QTemporaryDir dir;
        Database db = Store::open(dir.filePath(QStringLiteral("sub/folder/new.db")));
        QCOMPARE(db.userVersion(), Schema::currentVersion());
        auto tables = db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN "
                                                "('stories','story_fts','entities','mentions','deals','notes','corrections')"));
        QVERIFY(tables.step());
        QCOMPARE(tables.integer(0), 7);
    }

    void reopeningIsANoOp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        {
            Database db = Store::open(path);
            db.exec(QStringLiteral("INSERT INTO notes(body, created, edited) VALUES('keep', 'now', 'now')"));
        }
        Database db = Store::open(path);
        auto notes = db.prepare(QStringLiteral("SELECT body FROM notes"));
        QVERIFY(notes.step());
        QCOMPARE(notes.text(0), QStringLiteral("keep"));
        QVERIFY(!QFile::exists(path + QStringLiteral(".v%1.bak").arg(Schema::currentVersion())));
    }

    void newerDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            Database db = Store::open(path);
            db.setUserVersion(Schema::currentVersion() + 5);
        }
        try {
            Store::open(path);
            QFAIL("expected DbError");
        } catch (const DbError& error) {
            QVERIFY2(error.message().contains(QLatin1String("newer version")), qPrintable(error.message()));
        }
        Database raw(path);
        QCOMPARE(raw.userVersion(), Schema::currentVersion() + 5);
    }

    void foreignSqliteFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            Database db(path);
            db.exec(QStringLiteral("CREATE TABLE customers(name TEXT); INSERT INTO customers VALUES('x')"));
        }
        QVERIFY_THROWS_EXCEPTION(DbError, Store::open(path));
        Database raw(path);
        auto rows = raw.prepare(QStringLiteral("SELECT count(*) FROM customers"));
        QVERIFY(rows.step());
        QCOMPARE(rows.integer(0), 1);
    }

    void readOnlyOpenOfMissingFileFails()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(DbError, Store::open(dir.filePath(QStringLiteral("none.db")), Database::Mode::ReadOnly));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "TestSchema.moc"
