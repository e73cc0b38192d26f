#pragma once

#include <QtGlobal>

namespace ws {

class Database;

// Tells whether a database changed since the last look, on this connection (total_changes) or by a
// commit on any other (PRAGMA data_version): the signal to drop a cache built from its tables.
class DataVersion
{
public:
    explicit DataVersion(const Database& db) : m_db(db) {}

    // True on the first call and whenever the data changed since the previous call.
    bool changed();

private:
    const Database& m_db;
    qint64 m_dataVersion = -1;
    qint64 m_totalChanges = -1;
};

} // namespace ws
