#include "search/DataVersion.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <sqlite3.h>

namespace ws {

bool DataVersion::changed()
{
    Statement version = m_db.prepare(QStringLiteral("PRAGMA data_version"));
    const qint64 dataVersion = version.step() ? version.int64(0) : -1;
    const qint64 totalChanges = sqlite3_total_changes64(m_db.handle());
    if (dataVersion == m_dataVersion && totalChanges == m_totalChanges)
        return false;
    m_dataVersion = dataVersion;
    m_totalChanges = totalChanges;
    return true;
}

} // namespace ws
