#pragma once

#include "db/Database.h"
#include "db/UpgradeControl.h"

#include <QObject>
#include <memory>
#include <optional>
#include <stop_token>

namespace ws {

// The window's own connection to the open database (reads, and the analyst's corrections). Imports
// write on their own connections; after one, notifyDataChanged() tells every view to re-query.
class StoreSession : public QObject
{
    Q_OBJECT

public:
    explicit StoreSession(QObject* parent = nullptr);
    ~StoreSession() override;

    // Opens (creating or upgrading) the database; throws DbError with a message for the user and
    // keeps the previous database open when it fails. An upgrade runs on a worker thread between
    // upgradeStarted() and upgradeFinished(), while the GUI thread keeps painting and taking input
    // (a modal window, UpgradeNotice, keeps that input to its Cancel). Throws UpgradeCancelled, the
    // previous database still open and the file as it was, when cancelUpgrade() stopped the backup.
    // Indexes that a killed import left missing are built the same way, off the GUI thread, between
    // indexRepairStarted() and indexRepairFinished().
    void open(const QString& path);
    // Asks a running upgrade to stop. Honoured while the backup is copied; once the schema steps run
    // (upgradeStepsStarted) the upgrade goes to its end.
    void cancelUpgrade();
    void close();
    bool isOpen() const { return m_db != nullptr; }
    Database* database() const { return m_db.get(); }
    QString path() const { return m_db ? m_db->path() : QString(); }
    qint64 storyCount() const;
    bool hasStories() const; // without counting them all

    void notifyDataChanged();

signals:
    // Another database is open (or none): ids from the old one mean nothing any more.
    void opened();
    // The same database holds new or corrected data.
    void dataChanged();
    // A schema upgrade of `path` (a backup copy of the whole file first) has begun / has ended.
    void upgradeStarted(const QString& path);
    void upgradeFinished();
    // During an upgrade: bytes of the backup copy written so far, of `total`.
    void backupProgress(qint64 copied, qint64 total);
    // During an upgrade: the backup is whole and the schema steps run; it can no longer be cancelled.
    void upgradeStepsStarted();
    // Opening `path` builds the indexes an interrupted import left missing / has built them (or failed).
    void indexRepairStarted(const QString& path);
    void indexRepairFinished();

private:
    std::unique_ptr<Database> upgradeAndOpen(const QString& path);
    std::unique_ptr<Database> repairAndOpen(const QString& path);
    void endUpgrade();

    std::unique_ptr<Database> m_db;
    std::optional<std::stop_source> m_upgradeStop; // while an upgrade runs
    bool m_repairing = false;                      // while a repair runs
};

} // namespace ws
