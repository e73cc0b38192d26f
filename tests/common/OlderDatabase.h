#pragma once

// A database file as an older Wirescope left it: schema `version` (with its tables as they were
// then) and the rows `sql` inserts, closed again, for the upgrade tests to open.
#include "db/Database.h"
#include "db/Schema.h"

namespace ws::test {

inline void writeOlderDatabase(const QString& path, int version, const QString& sql = {})
{
    Database db(path);
    Schema::upgradeTo(db, version);
    if (!sql.isEmpty())
        db.exec(sql);
}

} // namespace ws::test
