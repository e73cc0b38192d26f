#pragma once

#include "view/SqlFragment.h"
#include "view/ViewTypes.h"

#include <optional>

namespace ws {

class Database;

// One row of an entity browser: counts are over all stories, or over the stories a filter matches.
struct EntityRow
{
    EntityRef entity;
    qint64 parentId = 0; // 0 when the entity has no parent (taxonomy roots, most companies)
    int stories = 0;
    int mentions = 0;
    QString aliases; // its other names, comma separated
};

// Read-side queries for the entity browsers, the merge dialog and the command line's --state.
class EntityTableQuery
{
public:
    explicit EntityTableQuery(const Database& db) : m_db(db) {}

    // Entities of `types`, most stories first, at most `limit`. `stories` narrows them to the
    // entities that share a story with the filter (counted in those stories); empty means every
    // story, counted from the stored totals.
    QList<EntityRow> rows(const QList<EntityType>& types, const SqlFragment& stories, int limit) const;
    QList<EntityRow> rows(const QList<EntityType>& types, int limit) const;
    // How many entities of `types` there are in all.
    qint64 count(const QList<EntityType>& types) const;

    std::optional<EntityRef> byId(qint64 id) const;
    // By canonical name or alias (case-insensitive), the one in most stories; `type` narrows it.
    std::optional<EntityRef> find(const QString& name, std::optional<EntityType> type = {}) const;

private:
    QList<EntityRow> read(const SqlFragment& query) const;

    const Database& m_db;
};

} // namespace ws
