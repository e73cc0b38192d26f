#include "db/RowsStatement.h"

#include "db/Database.h"

#include <QStringList>

namespace ws {

RowsStatement::RowsStatement(const Database& db, QString sql, int columns)
    : m_db(db), m_sql(std::move(sql)), m_columns(columns), m_oneRow(prepare(1))
{
}

Statement RowsStatement::prepare(int rows) const
{
    QStringList marks(m_columns, QStringLiteral("?"));
    const QString row = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    return m_db.prepare(m_sql.arg(QStringList(rows, row).join(QLatin1Char(','))));
}

Statement& RowsStatement::manyRows()
{
    if (!m_manyRows.handle())
        m_manyRows = prepare(rowsPerStatement);
    return m_manyRows;
}

} // namespace ws
