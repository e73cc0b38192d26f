#pragma once

#include "db/Database.h"

#include <QString>

namespace ws {

// Opens a Wirescope database: creates the folder and file where needed, registers the extensions,
// and upgrades the schema (with a backup first). Throws DbError with a user-facing message.
class Store
{
public:
    static Database open(const QString& path, Database::Mode mode = Database::Mode::ReadWrite);
    // The default database: wirescope.db in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();
};

} // namespace ws
