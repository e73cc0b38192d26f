#pragma once

#include "db/UpgradeControl.h"

#include <QString>

namespace ws {

class Database;

// The schema as numbered upgrade steps (PRAGMA user_version). Opening a database runs the steps it
// lacks, each in its own transaction, after copying the file aside (<file>.v<N>.bak) when it already
// held data. A database from a newer Wirescope is refused, untouched.
class Schema
{
public:
    static int currentVersion();
    // Throws DbError (with a user-facing message) when the file is newer or cannot be upgraded, and
    // UpgradeCancelled when `control` stopped the backup copy (the file then left as it was).
    static void upgrade(Database& db, const UpgradeControl& control = {});
    // The same, stopping at `version` (tests build an older database with it to upgrade).
    static void upgradeTo(Database& db, int version, const UpgradeControl& control = {});
    // Throws DbError when the file is from a newer Wirescope or another program (read only: the
    // store checks this on a read-only connection before a writing one can touch the file).
    static void refuseUnknown(Database& db);
    // The CREATE INDEX statement of index `name` as the latest step leaves it (read off a database
    // built in memory with every step, once); empty when the schema has no such index.
    static QString indexSql(const QString& name);
};

} // namespace ws
