#include "view/TaxonomyQuery.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <limits>

namespace ws {

namespace {

// Orders rows so that every parent precedes its children (roots first, then depth by depth); a
// parent outside the set (or a cycle) makes the row a root.
QList<EntityRow> parentsFirst(QList<EntityRow> rows)
{
    QHash<qint64, int> index;
    for (int i = 0; i < rows.size(); ++i)
        index.insert(rows.at(i).entity.id, i);
    QList<EntityRow> ordered;
    ordered.reserve(rows.size());
    QSet<qint64> placed;
    QList<qint64> level;
    for (EntityRow& row : rows) {
        if (row.parentId == row.entity.id || !index.contains(row.parentId))
            row.parentId = 0;
        if (row.parentId == 0)
            level.append(row.entity.id);
    }
    QMultiHash<qint64, qint64> children;
    for (const EntityRow& row : rows) {
        if (row.parentId != 0)
            children.insert(row.parentId, row.entity.id);
    }
    while (!level.isEmpty()) {
        QList<qint64> next;
        for (qint64 id : level) {
            if (placed.contains(id))
                continue;
            placed.insert(id);
            ordered.append(rows.at(index.value(id)));
            const QList<qint64> kids = children.values(id);
            for (auto it = kids.crbegin(); it != kids.crend(); ++it)
                next.append(*it);
        }
        level = next;
    }
    // Rows caught in a parent cycle are never reached from a root: show them as roots.
    for (EntityRow row : rows) {
        if (!placed.contains(row.entity.id)) {
            row.parentId = 0;
            ordered.append(row);
        }
    }
    return ordered;
}

} // namespace

QList<EntityRow> TaxonomyQuery::nodes(const SqlFragment& stories) const
{
    const EntityTableQuery entities(m_db);
    const QList<EntityType> technology{EntityType::Technology};
    if (stories.sql.isEmpty())
        return parentsFirst(entities.rows(technology, std::numeric_limits<int>::max()));

    QList<EntityRow> rows = entities.rows(technology, stories, std::numeric_limits<int>::max());
    QSet<qint64> present;
    for (const EntityRow& row : rows)
        present.insert(row.entity.id);
    // Ancestors of the matched technologies, walked up with a recursive query.
    QList<qint64> wanted;
    for (const EntityRow& row : rows) {
        if (row.parentId != 0 && !present.contains(row.parentId))
            wanted.append(row.parentId);
    }
    if (!wanted.isEmpty()) {
        SqlFragment query{QStringLiteral("WITH RECURSIVE up(id) AS (SELECT value FROM json_each(?) UNION "
                                         "SELECT e.parent_id FROM entities e JOIN up ON e.id = up.id "
                                         "WHERE e.parent_id IS NOT NULL) "
                                         "SELECT e.id, e.type, e.name, coalesce(e.parent_id, 0) FROM up "
                                         "JOIN entities e ON e.id = up.id"),
                          {jsonArray(wanted)}};
        Statement statement = query.prepare(m_db);
        while (statement.step()) {
            if (present.contains(statement.int64(0)))
                continue;
            EntityRow row;
            row.entity = {statement.int64(0),
                          entityTypeFromName(statement.text(1)).value_or(EntityType::Technology),
                          statement.text(2)};
            row.parentId = statement.int64(3);
            present.insert(row.entity.id);
            rows.append(row);
        }
    }
    return parentsFirst(rows);
}

} // namespace ws
