// The dialog of a schema upgrade: the backup copy's percentage with Cancel, a busy bar without it once
// the schema steps run, and a Cancel (or Escape) that reaches the session and stops the upgrade.
#include "StoreSession.h"
#include "UpgradeNotice.h"
#include "../common/OlderDatabase.h"

#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

class TestUpgradeNotice : public QObject
{
    Q_OBJECT

private:
    static QPushButton* cancelButton(const UpgradeNotice& notice) { return notice.findChild<QPushButton*>(); }

    // Opens an older database in `session`, `act` working the notice as soon as the upgrade starts;
    // true when the upgrade was cancelled.
    static bool openWithNotice(StoreSession& session, const std::function<void(UpgradeNotice&)>& act)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("older.db"));
        test::writeOlderDatabase(path, 3);
        QObject context;
        connect(&session, &StoreSession::upgradeStarted, &context, [&](const QString& upgrading) {
            auto* notice = new UpgradeNotice(session, upgrading);
            notice->show();
            act(*notice);
        });
        try {
            session.open(path);
        } catch (const UpgradeCancelled&) {
            return Database(path, Database::Mode::ReadOnly).userVersion() == 3;
        }
        return false;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsThePercentageOfTheCopy()
    {
        StoreSession session;
        UpgradeNotice notice(session, QStringLiteral("big.db"));
        notice.show();
        QCOMPARE(notice.objectName(), QStringLiteral("upgradeProgress"));
        QVERIFY(notice.labelText().contains(QLatin1String("big.db")));
        emit session.backupProgress(800'000'000, 3'200'000'000);
        QCOMPARE(notice.value(), 25);
        QCOMPARE(notice.findChild<QProgressBar*>()->text(), QStringLiteral("25%"));
        const QString megabytes =
            QStringLiteral("%1 of %2 MB").arg(QLocale().toString(800), QLocale().toString(3200));
        QVERIFY2(notice.labelText().contains(megabytes), qPrintable(notice.labelText()));
        QVERIFY(cancelButton(notice)->isEnabled());
        emit session.backupProgress(3'200'000'000, 3'200'000'000);
        QCOMPARE(notice.value(), 100);
        QVERIFY(notice.isVisible()); // 100 % is not the end: the steps follow
    }

    void busyWithoutCancelWhileTheStepsRun()
    {
        StoreSession session;
        UpgradeNotice notice(session, QStringLiteral("big.db"));
        notice.show();
        emit session.backupProgress(3'200'000'000, 3'200'000'000);
        emit session.upgradeStepsStarted();
        QCOMPARE(notice.minimum(), 0);
        QCOMPARE(notice.maximum(), 0);
        QVERIFY(!cancelButton(notice)->isEnabled());
        QVERIFY(notice.labelText().contains(QLatin1String("cannot be cancelled")));
        QTest::keyClick(&notice, Qt::Key_Escape);
        QVERIFY(notice.isVisible());
    }

    void goesWhenTheUpgradeEnds()
    {
        StoreSession session;
        QPointer<UpgradeNotice> notice = new UpgradeNotice(session, QStringLiteral("big.db"));
        notice->show();
        emit session.upgradeFinished();
        QVERIFY(!notice->isVisible());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(notice.isNull());
    }

    void cancelReachesTheSession()
    {
        StoreSession session;
        QString shownWhileCancelling;
        QVERIFY(openWithNotice(session, [&](UpgradeNotice& notice) {
            QTest::mouseClick(cancelButton(notice), Qt::LeftButton);
            shownWhileCancelling = notice.isVisible() ? notice.labelText() : QString();
        }));
        // The notice stays, saying so, until the copy has stopped.
        QVERIFY2(shownWhileCancelling.contains(QLatin1String("Cancelling")),
                 qPrintable(shownWhileCancelling));
        QVERIFY(!session.isOpen());
    }

    void escapeCancelsToo()
    {
        StoreSession session;
        QVERIFY(openWithNotice(session,
                               [](UpgradeNotice& notice) { QTest::keyClick(&notice, Qt::Key_Escape); }));
    }
};

QTEST_MAIN(TestUpgradeNotice)
#include "TestUpgradeNotice.moc"
