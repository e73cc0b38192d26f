#pragma once

#include "model/EntityType.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace ws {

class Database;
class Statement;

// A piece of SQL with its positional (?) parameters in order, so that query builders compose
// without pasting values into SQL text.
struct SqlFragment
{
    QString sql;
    QVariantList args;

    SqlFragment& append(const QString& text, const QVariantList& values = {})
    {
        sql += text;
        args += values;
        return *this;
    }
    SqlFragment& append(const SqlFragment& other) { return append(other.sql, other.args); }

    // Prepares the SQL on `db` and binds every argument.
    Statement prepare(const Database& db) const;
};

// The rowids of the stories that mention every one of `entityIds` (all stories when empty), as a
// subquery: "SELECT story_rowid FROM story_entities WHERE entity_id=? INTERSECT ...".
SqlFragment storiesWithEntities(const QList<qint64>& entityIds);

// `column IN (rowids)` with the rowids passed as one JSON array parameter, however many there are.
SqlFragment inRowids(const QString& column, const QList<qint64>& rowids);

// The rowids as one JSON array text, for `json_each(?)`.
QString jsonArray(const QList<qint64>& rowids);

// `column IN (?, ?)` with the entity type names bound.
SqlFragment typeIn(const QString& column, const QList<EntityType>& types);

} // namespace ws
