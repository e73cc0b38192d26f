#include "db/Transaction.h"

#include "db/Database.h"

namespace ws {

Transaction::Transaction(Database& db) : m_db(db) { m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); }

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec(QStringLiteral("ROLLBACK"));
        } catch (...) {
            // The connection already rolled back (for example after SQLITE_FULL).
        }
    }
}

void Transaction::commit()
{
    m_db.exec(QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace ws
