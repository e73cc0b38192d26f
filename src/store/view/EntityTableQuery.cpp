#include "view/EntityTableQuery.h"

#include "db/Database.h"
#include "db/Statement.h"

namespace ws {

namespace {

const QString aliasColumn = QStringLiteral("(SELECT group_concat(alias, ', ') FROM (SELECT alias FROM "
                                           "aliases a WHERE a.entity_id = e.id AND a.alias <> e.name ORDER BY alias))");

EntityRef refFrom(const Statement& row, int first)
{
    return {row.int64(first), entityTypeFromName(row.text(first + 1)).value_or(EntityType::Company),
            row.text(first + 2)};
}

} // namespace

QList<EntityRow> EntityTableQuery::read(const SqlFragment& query) const
{
    QList<EntityRow> rows;
    Statement statement = query.prepare(m_db);
    while (statement.step()) {
        EntityRow row;
        row.entity = refFrom(statement, 0);
        row.parentId = statement.int64(3);
        row.stories = statement.integer(4);
        row.mentions = statement.integer(5);
        row.aliases = statement.text(6);
        rows.append(std::move(row));
    }
    return rows;
}

QList<EntityRow> EntityTableQuery::rows(const QList<EntityType>& types, int limit) const
{
    SqlFragment query{QStringLiteral("SELECT e.id, e.type, e.name, coalesce(e.parent_id, 0), e.story_count, "
                                     "e.mention_count, ") +
                          aliasColumn + QStringLiteral(" FROM entities e WHERE "),
                      {}};
    query.append(typeIn(QStringLiteral("e.type"), types));
    query.append(QStringLiteral(" ORDER BY e.story_count DESC, e.name LIMIT ?"), {limit});
    return read(query);
}

QList<EntityRow> EntityTableQuery::rows(const QList<EntityType>& types, const SqlFragment& stories,
                                        int limit) const
{
    if (stories.sql.isEmpty())
        return rows(types, limit);
    // Co-occurrence: every entity of the wanted types in the matched stories, counted there.
    SqlFragment query{QStringLiteral("WITH matched(rowid) AS ("), {}};
    query.append(stories);
    query.append(
        QStringLiteral("), counted AS (SELECT se.entity_id AS id, count(*) AS stories, "
                       "sum(se.mentions) AS mentions FROM matched m "
                       "JOIN story_entities se ON se.story_rowid = m.rowid GROUP BY se.entity_id) "
                       "SELECT e.id, e.type, e.name, coalesce(e.parent_id, 0), c.stories, c.mentions, ") +
        aliasColumn + QStringLiteral(" FROM counted c JOIN entities e ON e.id = c.id WHERE "));
    query.append(typeIn(QStringLiteral("e.type"), types));
    query.append(QStringLiteral(" ORDER BY c.stories DESC, e.name LIMIT ?"), {limit});
    return read(query);
}

qint64 EntityTableQuery::count(const QList<EntityType>& types) const
{
    SqlFragment query{QStringLiteral("SELECT count(*) FROM entities WHERE "), {}};
    query.append(typeIn(QStringLiteral("type"), types));
    Statement statement = query.prepare(m_db);
    return statement.step() ? statement.int64(0) : 0;
}

std::optional<EntityRef> EntityTableQuery::byId(qint64 id) const
{
    Statement statement = m_db.prepare(QStringLiteral("SELECT id, type, name FROM entities WHERE id = ?"));
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    return refFrom(statement, 0);
}

std::optional<EntityRef> EntityTableQuery::find(const QString& name, std::optional<EntityType> type) const
{
    SqlFragment query{
        QStringLiteral("SELECT e.id, e.type, e.name FROM entities e WHERE (e.name = ? COLLATE NOCASE "
                       "OR e.id IN (SELECT entity_id FROM aliases WHERE alias = ? COLLATE NOCASE))"),
        {name.trimmed(), name.trimmed()}};
    if (type)
        query.append(QStringLiteral(" AND e.type = ?"), {entityTypeName(*type)});
    query.append(QStringLiteral(" ORDER BY e.story_count DESC LIMIT 1"));
    Statement statement = query.prepare(m_db);
    if (!statement.step())
        return std::nullopt;
    return refFrom(statement, 0);
}

} // namespace ws
