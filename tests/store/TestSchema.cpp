#include "Store.h"
#include "db/Schema.h"
#include "db/Statement.h"
#include "repo/MentionSpans.h"

#include "../common/FileBytes.h"
#include "../common/OlderDatabase.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
                                                "('stories','story_fts','entities','story_entities','deals','notes','corrections')"));
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

    void mentionsMoveIntoStoryEntities()
    {
        // A version 2 database kept one row per mention; version 3 packs them into story_entities.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.db"));
        test::writeOlderDatabase(
            path, 2,
            QStringLiteral(
                "INSERT INTO stories(rowid, id, title, body) VALUES(1, 'a', 'T', 'TSMC and Nvidia, then TSMC');"
                "INSERT INTO entities(id, type, name, key, mention_count, story_count) VALUES"
                " (7, 'company', 'TSMC', 'tsmc', 2, 1), (8, 'company', 'Nvidia', 'nvidia', 1, 1);"
                "INSERT INTO story_entities(entity_id, story_rowid, mentions) VALUES(7, 1, 2), (8, 1, 1);"
                "INSERT INTO mentions(story_rowid, entity_id, start, end, sentence) VALUES"
                " (1, 7, 3, 7, 0), (1, 8, 12, 18, 0), (1, 7, 25, 29, 1);"));
        QCOMPARE(Database(path, Database::Mode::ReadOnly).userVersion(), 2);
        Database db = Store::open(path);
        QCOMPARE(db.userVersion(), Schema::currentVersion());
        QVERIFY(QFile::exists(path + QStringLiteral(".v2.bak")));
        auto spans = db.prepare(QStringLiteral("SELECT entity_id, spans FROM story_entities ORDER BY entity_id"));
        QVERIFY(spans.step());
        QCOMPARE(spans.int64(0), qint64(7));
        QList<MentionSpans::Span> tsmc = MentionSpans::decode(spans.blob(1));
        std::sort(tsmc.begin(), tsmc.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
        QCOMPARE(tsmc, (QList<MentionSpans::Span>{{3, 7, 0}, {25, 29, 1}}));
        QVERIFY(spans.step());
        QCOMPARE(MentionSpans::decode(spans.blob(1)), (QList<MentionSpans::Span>{{12, 18, 0}}));
        auto gone = db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'mentions'"));
        QVERIFY(gone.step());
        QCOMPARE(gone.integer(0), 0);
    }

    void dealKindsListTheirStoriesFromOneIndex()
    {
        // Version 4 replaces deals(kind) by deals(kind, story_rowid) and drops the unused index on
        // entity names; the deals stay, and a kind's stories are read from the index alone.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.db"));
        test::writeOlderDatabase(
            path, 3,
            QStringLiteral(
                "INSERT INTO stories(rowid, id, title, body) VALUES(1, 'a', 'T', 'B'), (2, 'b', 'U', 'C');"
                "INSERT INTO deals(story_rowid, kind, status, evidence, evidence_start, evidence_end) VALUES"
                " (1, 'acquisition', 'announced', 'x', 0, 1), (2, 'investment', 'planned', 'y', 0, 1),"
                " (2, 'acquisition', 'completed', 'z', 0, 1);"));
        Database db = Store::open(path);
        QCOMPARE(db.userVersion(), Schema::currentVersion());
        QVERIFY(QFile::exists(path + QStringLiteral(".v3.bak")));
        const auto indexExists = [&db](const char* name) {
            auto query = db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type='index' AND name=?1"));
            query.bind(1, QString::fromLatin1(name));
            return query.step() && query.integer(0) == 1;
        };
        QVERIFY(indexExists("deals_kind_story"));
        QVERIFY(!indexExists("deals_kind"));
        QVERIFY(!indexExists("entities_name"));
        auto plan = db.prepare(
            QStringLiteral("EXPLAIN QUERY PLAN SELECT DISTINCT story_rowid FROM deals WHERE kind = 'acquisition'"));
        QStringList steps;
        while (plan.step())
            steps.append(plan.text(3));
        QVERIFY2(steps.join(u' ').contains(QLatin1String("COVERING INDEX deals_kind_story")), qPrintable(steps.join(u' ')));
        auto stories = db.prepare(QStringLiteral("SELECT DISTINCT story_rowid FROM deals WHERE kind = 'acquisition'"));
        QList<qint64> rowids;
        while (stories.step())
            rowids.append(stories.int64(0));
        QCOMPARE(rowids, (QList<qint64>{1, 2}));
    }

    void indexStatementsAreTheLatestSteps()
    {
        Database db = Store::open(QStringLiteral(":memory:"));
        Statement query =
            db.prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type='index' AND sql IS NOT NULL"));
        int indexes = 0;
        while (query.step()) {
            QCOMPARE(Schema::indexSql(query.text(0)), query.text(1));
            ++indexes;
        }
        QVERIFY(indexes >= 6);
        // Dropped by a later step, or never there: no statement.
        QVERIFY(Schema::indexSql(QStringLiteral("deals_kind")).isEmpty());
        QVERIFY(Schema::indexSql(QStringLiteral("no_such_index")).isEmpty());
    }

    void backupProgressIsReportedBeforeTheSteps()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.db"));
        test::writeOlderDatabase(path, 3);
        const qint64 size = QFileInfo(path).size();
        QStringList reports;
        UpgradeControl control;
        control.backupProgress = [&](qint64 copied, qint64 total) {
            reports.append(QStringLiteral("%1/%2").arg(copied).arg(total));
        };
        control.stepsStarted = [&] { reports.append(QStringLiteral("steps")); };
        Database db = Store::open(path, Database::Mode::ReadWrite, control);
        QCOMPARE(db.userVersion(), Schema::currentVersion());
        QCOMPARE(reports, (QStringList{QStringLiteral("%1/%1").arg(size), QStringLiteral("steps")}));
    }

    void stoppedBackupLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.db"));
        test::writeOlderDatabase(
            path, 3, QStringLiteral("INSERT INTO stories(rowid, id, title, body) VALUES(1, 'a', 'T', 'B')"));
        const QByteArray before = test::fileBytes(path);
        std::stop_source stop;
        stop.request_stop();
        UpgradeControl control;
        control.stop = stop.get_token();
        bool stepsStarted = false;
        control.stepsStarted = [&] { stepsStarted = true; };
        try {
            Store::open(path, Database::Mode::ReadWrite, control);
            QFAIL("expected UpgradeCancelled");
        } catch (const UpgradeCancelled& cancelled) {
            QVERIFY2(cancelled.message().contains(path + QStringLiteral(" was cancelled")),
                     qPrintable(cancelled.message()));
        }
        QVERIFY(!stepsStarted);
        QCOMPARE(test::fileBytes(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("v3.db")});
        QCOMPARE(Database(path, Database::Mode::ReadOnly).userVersion(), 3);
    }

    void readOnlyOpenOfMissingFileFails()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(DbError, Store::open(dir.filePath(QStringLiteral("none.db")), Database::Mode::ReadOnly));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "TestSchema.moc"
