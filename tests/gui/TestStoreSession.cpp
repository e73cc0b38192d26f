// Opening a database from the window: an older schema is upgraded off the GUI thread and announced
// (the window shows UpgradeNotice meanwhile), a current one silently; a failed or cancelled upgrade
// keeps the database that was open and leaves the file as it was.
#include "ImportController.h"
#include "MainWindow.h"
#include "ReaderView.h"
#include "Startup.h"
#include "Store.h"
#include "StoreSession.h"
#include "../common/FileBytes.h"
#include "../common/OlderDatabase.h"
#include "db/Database.h"
#include "db/Schema.h"
#include "db/Statement.h"
#include "ingest/DeferredIndexes.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
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

    // What opening `path` in `session` threw (empty when it opened), and whether it was a cancel.
    static std::pair<QString, bool> openError(StoreSession& session, const QString& path)
    {
        try {
            session.open(path);
        } catch (const UpgradeCancelled& cancelled) {
            return {cancelled.message(), true};
        } catch (const DbError& error) {
            return {error.message(), false};
        }
        return {};
    }

    // Opens `path` in `session`, cancelling as soon as the upgrade starts; true when it was cancelled.
    static bool openCancelled(StoreSession& session, const QString& path)
    {
        const auto cancel =
            connect(&session, &StoreSession::upgradeStarted, &session, &StoreSession::cancelUpgrade);
        const auto [message, cancelled] = openError(session, path);
        disconnect(cancel);
        return cancelled && message.contains(QLatin1String("was cancelled"));
    }

    // A current database with one story whose import was killed before it built stories_date.
    static QString interruptedImport(const QTemporaryDir& dir)
    {
        const QString path = dir.filePath(QStringLiteral("interrupted.db"));
        Database db = Store::open(path);
        db.exec(QStringLiteral("INSERT INTO stories(rowid, id, title, body) VALUES(1, 'a', 'T', 'B');"
                               "DROP INDEX stories_date;"));
        return path;
    }

    static bool hasIndex(Database& db, const QString& name)
    {
        Statement query =
            db.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type='index' AND name=?1"));
        query.bind(1, name);
        return query.step();
    }

    // Opens `path` in `window`; the label of the notice named `noticeName` that was visible when
    // `started` was emitted (a null string when none was), after checking that it is gone once open.
    static QString noticeShownWhileOpening(MainWindow& window, const QString& path,
                                           void (StoreSession::*started)(const QString&),
                                           const QString& noticeName)
    {
        QPointer<QProgressDialog> shown;
        QString label;
        // Connected after the window's own handler, so the notice exists when this runs.
        const auto spy = connect(&window.session(), started, &window, [&] {
            shown = window.findChild<QProgressDialog*>(noticeName);
            if (shown && shown->isVisible())
                label = shown->labelText();
        });
        const bool opened = window.openDatabase(path) == MainWindow::OpenOutcome::Opened;
        disconnect(spy);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (!opened || (shown && shown->isVisible()))
            return {};
        return label;
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
        const auto [message, cancelled] = openError(session, path);
        QVERIFY2(message.contains(QLatin1String("Cannot back up")), qPrintable(message));
        QVERIFY(!cancelled);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(session.path(), current);
        Database untouched(path, Database::Mode::ReadOnly);
        QCOMPARE(untouched.userVersion(), 3);
    }

    void upgradeReportsTheBackupCopyThenTheSteps()
    {
        QTemporaryDir dir;
        const QString path = olderDatabase(dir);
        const qint64 size = QFileInfo(path).size();
        StoreSession session;
        QStringList reports;
        connect(&session, &StoreSession::backupProgress, this, [&](qint64 copied, qint64 total) {
            reports.append(QStringLiteral("%1/%2").arg(copied).arg(total));
        });
        connect(&session, &StoreSession::upgradeStepsStarted, this,
                [&] { reports.append(QStringLiteral("steps")); });
        connect(&session, &StoreSession::upgradeFinished, this,
                [&] { reports.append(QStringLiteral("finished")); });
        session.open(path);
        QCOMPARE(reports, (QStringList{QStringLiteral("%1/%1").arg(size), QStringLiteral("steps"),
                                       QStringLiteral("finished")}));
    }

    void cancelledUpgradeKeepsTheOpenDatabaseAndTheFile()
    {
        QTemporaryDir dir;
        const QString current = dir.filePath(QStringLiteral("current.db"));
        const QString path = olderDatabase(dir);
        const QByteArray before = test::fileBytes(path);
        StoreSession session;
        session.open(current);
        QSignalSpy opened(&session, &StoreSession::opened);
        QSignalSpy finished(&session, &StoreSession::upgradeFinished);
        QVERIFY(openCancelled(session, path));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(opened.size(), 0);
        QCOMPARE(session.path(), current);
        QCOMPARE(test::fileBytes(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".v3.bak")));
        QCOMPARE(Database(path, Database::Mode::ReadOnly).userVersion(), 3);
        // Asked again, it upgrades: nothing of the cancelled attempt is left in the way.
        session.open(path);
        QCOMPARE(session.database()->userVersion(), Schema::currentVersion());
    }

    void cancelledUpgradeWithNothingOpenLeavesNothingOpen()
    {
        QTemporaryDir dir;
        const QString path = olderDatabase(dir);
        StoreSession session;
        QVERIFY(openCancelled(session, path));
        QVERIFY(!session.isOpen());
        QCOMPARE(Database(path, Database::Mode::ReadOnly).userVersion(), 3);
    }

    void cancelOnceTheStepsRunIsTooLate()
    {
        // The backup is whole and the steps run in transactions: the upgrade goes to its end.
        QTemporaryDir dir;
        const QString path = olderDatabase(dir);
        StoreSession session;
        connect(&session, &StoreSession::upgradeStepsStarted, &session, &StoreSession::cancelUpgrade);
        session.open(path);
        QCOMPARE(session.database()->userVersion(), Schema::currentVersion());
        QVERIFY(QFile::exists(path + QStringLiteral(".v3.bak")));
    }

    void openDuringAnUpgradeIsRefused()
    {
        // The upgrade's event loop takes input; an open from there must not start a second one.
        QTemporaryDir dir;
        const QString path = olderDatabase(dir);
        StoreSession session;
        QString refused;
        connect(&session, &StoreSession::upgradeStarted, this, [&] {
            refused = openError(session, dir.filePath(QStringLiteral("other.db"))).first;
        });
        session.open(path);
        QVERIFY2(refused.contains(QLatin1String("being upgraded")), qPrintable(refused));
        QCOMPARE(session.path(), path);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("other.db"))));
    }

    void interruptedImportsIndexesAreBuiltAndAnnounced()
    {
        QTemporaryDir dir;
        const QString path = interruptedImport(dir);
        QVERIFY(Store::needsIndexRepair(path));
        QVERIFY(!Store::needsUpgrade(path));
        StoreSession session;
        QSignalSpy started(&session, &StoreSession::indexRepairStarted);
        QSignalSpy finished(&session, &StoreSession::indexRepairFinished);
        QSignalSpy upgrade(&session, &StoreSession::upgradeStarted);
        session.open(path);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toString(), path);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(upgrade.size(), 0);
        QVERIFY(hasIndex(*session.database(), QStringLiteral("stories_date")));
        QCOMPARE(session.storyCount(), qint64(1));
        QVERIFY(!Store::needsIndexRepair(path));
        // Opened again: nothing to build, nothing announced.
        session.open(path);
        QCOMPARE(started.size(), 1);
    }

    void indexesOfARunningImportAreLeftToIt()
    {
        QTemporaryDir dir;
        const QString path = interruptedImport(dir);
        const IndexBuildLock runningImport(path);
        QVERIFY(runningImport.isHeld());
        QVERIFY(!Store::needsIndexRepair(path));
        StoreSession session;
        QSignalSpy started(&session, &StoreSession::indexRepairStarted);
        session.open(path);
        QCOMPARE(started.size(), 0);
        QVERIFY(!hasIndex(*session.database(), QStringLiteral("stories_date")));
    }

    void newOrCurrentDatabaseNeedsNoRepair()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        QVERIFY(!Store::needsIndexRepair(path));
        Store::open(path);
        QVERIFY(!Store::needsIndexRepair(path));
    }

    void windowShowsTheIndexRepairWhileItRuns()
    {
        QTemporaryDir dir;
        const QString path = interruptedImport(dir);
        MainWindow window;
        const QString label = noticeShownWhileOpening(window, path, &StoreSession::indexRepairStarted,
                                                      QStringLiteral("indexRepairProgress"));
        QVERIFY2(label.contains(QLatin1String("interrupted.db")), qPrintable(label));
        QVERIFY(hasIndex(*window.session().database(), QStringLiteral("stories_date")));
    }

    void windowShowsTheUpgradeWhileItRuns()
    {
        QTemporaryDir dir;
        const QString path = olderDatabase(dir);
        MainWindow window;
        QVERIFY(!noticeShownWhileOpening(window, path, &StoreSession::upgradeStarted,
                                         QStringLiteral("upgradeProgress"))
                     .isNull());
        QCOMPARE(window.session().database()->userVersion(), Schema::currentVersion());
    }

    void windowSaysTheUpgradeWasCancelled()
    {
        QTemporaryDir dir;
        const QString current = dir.filePath(QStringLiteral("current.db"));
        const QString path = olderDatabase(dir);
        MainWindow window;
        QCOMPARE(window.openDatabase(current), MainWindow::OpenOutcome::Opened);
        // The analyst presses the notice's Cancel as soon as it shows.
        connect(&window.session(), &StoreSession::upgradeStarted, this, [&] {
            auto* notice = window.findChild<QProgressDialog*>(QStringLiteral("upgradeProgress"));
            QVERIFY(notice);
            auto* cancel = notice->findChild<QPushButton*>();
            QVERIFY(cancel && cancel->isEnabled());
            QTest::mouseClick(cancel, Qt::LeftButton);
        });
        QCOMPARE(window.openDatabase(path), MainWindow::OpenOutcome::Cancelled);
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("upgradeCancelledBox"));
        QVERIFY(box && box->isVisible());
        QCOMPARE(box->icon(), QMessageBox::Information);
        QVERIFY2(box->text().contains(QLatin1String("was cancelled: the database was not opened")),
                 qPrintable(box->text()));
        QCOMPARE(window.session().path(), current);
        QCOMPARE(Database(path, Database::Mode::ReadOnly).userVersion(), 3);
    }

    void anUpgradeCancelledAtStartOpensNothingElse()
    {
        // `wirescope --db older.db`, upgrade cancelled: no default database is made in its place,
        // and no sample corpus is imported into one.
        QTemporaryDir dir;
        const QString path = olderDatabase(dir);
        QFile::remove(Store::defaultPath());
        MainWindow window;
        connect(&window.session(), &StoreSession::upgradeStarted, &window.session(), &StoreSession::cancelUpgrade);
        StartupOptions options;
        options.database = path;
        QVERIFY(Startup::run(window, options));
        QVERIFY(!window.session().isOpen());
        QVERIFY(!QFileInfo::exists(Store::defaultPath()));
        QVERIFY(!window.imports()->isRunning());
        QCOMPARE(Database(path, Database::Mode::ReadOnly).userVersion(), 3);
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("upgradeCancelledBox"));
        QVERIFY(box && box->text().contains(QLatin1String("Open Database")));
        // The empty reader says so too, once the notice is gone.
        auto* reader = window.reader()->findChild<QTextBrowser*>();
        QVERIFY(reader && reader->placeholderText().startsWith(QLatin1String("No database is open")));
    }
};

QTEST_MAIN(TestStoreSession)
#include "TestStoreSession.moc"
