#pragma once

#include "db/Statement.h"

#include <QString>

namespace ws {

class Database;

// Writes many small rows with few statements: `sql` holds %1 where the rows' "(?,?,?)" go, and each
// statement carries up to rowsPerStatement rows. SQLite's work per statement (bind, step, halt,
// reset) is a good part of the cost of writing a row of a few integers.
//
// Give an INSERT a conflict clause that cannot stop it halfway (OR ROLLBACK, OR IGNORE): a statement
// of many rows that might abort after some of them keeps a statement journal, a temporary file that
// every such statement writes to (an import with one made four times as many writes).
class RowsStatement
{
public:
    static constexpr int rowsPerStatement = 32;

    RowsStatement(const Database& db, QString sql, int columns);

    // Calls bindRow(statement, firstParameter, row) for each row of `rows`, in order.
    template <class Rows, class BindRow>
    void run(const Rows& rows, BindRow bindRow)
    {
        qsizetype next = 0;
        const qsizetype count = qsizetype(rows.size());
        if (count >= rowsPerStatement) {
            Statement& many = manyRows();
            for (; next + rowsPerStatement <= count; next += rowsPerStatement) {
                for (int r = 0; r < rowsPerStatement; ++r)
                    bindRow(many, r * m_columns + 1, rows[next + r]);
                many.run();
            }
        }
        for (; next < count; ++next) {
            bindRow(m_oneRow, 1, rows[next]);
            m_oneRow.run();
        }
    }

private:
    Statement prepare(int rows) const;
    Statement& manyRows();

    const Database& m_db;
    QString m_sql;
    int m_columns;
    Statement m_oneRow;
    Statement m_manyRows; // prepared when first needed
};

} // namespace ws
