#pragma once

#include "db/Database.h"
#include "db/UpgradeControl.h"

#include <QString>

namespace ws {

// Opens a Wirescope database: creates the folder and file where needed, registers the extensions,
// and upgrades the schema (with a backup first, which `upgrade` follows and can stop). Throws DbError
// with a user-facing message, UpgradeCancelled when the upgrade was stopped.
class Store
{
public:
    static Database open(const QString& path, Database::Mode mode = Database::Mode::ReadWrite,
                         const UpgradeControl& upgrade = {});
    // Whether opening `path` for writing will upgrade its schema (and first copy the whole file):
    // seconds on a large corpus, which a window should announce. False when the file is new, current,
    // or cannot be read (open() then says why).
    static bool needsUpgrade(const QString& path);
    // Whether opening `path` for writing will first build indexes that an import into it, killed
    // before its end, left missing (ingest/DeferredIndexes): seconds on a large corpus, which a window
    // should announce too. False while an import is still running into it (it builds them itself).
    static bool needsIndexRepair(const QString& path);
    // The default database: wirescope.db in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();
};

} // namespace ws
