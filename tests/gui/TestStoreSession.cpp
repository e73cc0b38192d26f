// Opening a database from the window: an older schema is upgraded off the GUI thread and announced
// (the window shows a busy dialog meanwhile), a current one silently; a failed upgrade keeps the
// database that was open.
#include "MainWindow.h"
#include "Store.h"
#include "StoreSession.h"
#include "../common/OlderDatabase.h"
#include "db/Database.h"
#include "db/Schema.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

class TestStoreSession : public QObject
{
    Q_OBJECT

private:
    // A database at schema version 3 with one story and one deal.
    static QString olderDatabase(const QTemporaryDir& dir)
    {
        const QString path = dir.filePath(QStringLiteral("older.db"));
        test::writeOlderDatabase(path, 3,
                                 QStringLiteral("INSERT INTO stories(rowid, id, title, body) VALUES(1, 'a', 'T', 'B');"
                                                "INSERT INTO deals(story_rowid, kind, status, evidence, "
                                                "evidence_start, evidence_end) VALUES(1, 'acquisition', "
                                                "'announced', 'x', 0, 1);"));
        return path;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void olderSchemaIsUpgradedAndAnnounced()
    {
        QTemporaryDir dir;
        const QString path = olderDatabase(dir);
        QVERIFY(Store::needsUpgrade(path));
        StoreSession session;
        QSignalSpy started(&session, &StoreSession::upgradeStarted);
        QSignalSpy finished(&session, &StoreSession::upgradeFinished);
        QSignalSpy opened(&session, &StoreSession::opened);
        session.open(path);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toString(), path);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(session.database()->userVersion(), Schema::currentVersion());
        QCOMPARE(session.storyCount(), qint64(1));
        QVERIFY(QFile::exists(path + QStringLiteral(".v3.bak")));
        QVERIFY(!Store::needsUpgrade(path));
    }

    void currentOrNewDatabaseIsNotAnnounced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        QVERIFY(!Store::needsUpgrade(path));
        StoreSession session;
        QSignalSpy started(&session, &StoreSession::upgradeStarted);
        session.open(path);
        session.open(path);
        QCOMPARE(started.size(), 0);
        QCOMPARE(session.database()->userVersion(), Schema::currentVersion());
    }

    void failedUpgradeKeepsTheOpenDatabase()
    {
        QTemporaryDir dir;
        const QString current = dir.filePath(QStringLiteral("current.db"));
        const QString path = olderDatabase(dir);
        // The backup cannot be written where a folder of its name stands: the upgrade must not start.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("older.db.v3.bak")));
        StoreSession session;
        session.open(current);
        QSignalSpy finished(&session, &StoreSession::upgradeFinished);
        bool failed = false;
        try {
            session.open(path);
        } catch (const DbError& error) {
            failed = error.message().contains(QLatin1String("Cannot back up"));
        }
        QVERIFY(failed);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(session.path(), current);
        Database untouched(path, Database::Mode::ReadOnly);
        QCOMPARE(untouched.userVersion(), 3);
    }

    void windowShowsTheUpgradeWhileItRuns()
    {
        QTemporaryDir dir;
        const QString path = olderDatabase(dir);
        MainWindow window;
        QPointer<QProgressDialog> shown;
        bool visibleDuringUpgrade = false;
        // Connected after the window's own handler, so the dialog exists when this runs.
        connect(&window.session(), &StoreSession::upgradeStarted, this, [&] {
            shown = window.findChild<QProgressDialog*>(QStringLiteral("upgradeProgress"));
            visibleDuringUpgrade = shown && shown->isVisible();
        });
        QVERIFY(window.openDatabase(path));
        QVERIFY(visibleDuringUpgrade);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!shown || !shown->isVisible());
        QCOMPARE(window.session().database()->userVersion(), Schema::currentVersion());
    }
};

QTEST_MAIN(TestStoreSession)
#include "TestStoreSession.moc"
