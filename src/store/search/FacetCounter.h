#pragma once

#include "search/DataVersion.h"
#include "search/SearchResult.h"

#include <QHash>

#include <functional>

namespace ws {

class Database;
class Statement;

// Counts, over a whole set of matching stories, the stories per entity and per deal kind, and keeps
// the top of each entity type. One set query reads the (story, entity) pairs of all hits; the counting
// and ranking happen in memory, with each entity's type cached until the database changes, and names
// are read only for the entities that make a top list.
class FacetCounter
{
public:
    static constexpr int topCount = 10;

    explicit FacetCounter(const Database& db);

    // `hits` is a SELECT whose first column is a story rowid; `bind` binds its parameters.
    SearchFacets count(const QString& hits, const std::function<void(Statement&)>& bind);

private:
    void loadTypes();
    void countEntities(const QString& hits, const std::function<void(Statement&)>& bind, SearchFacets& facets);
    void countDeals(const QString& hits, const std::function<void(Statement&)>& bind, SearchFacets& facets);

    const Database& m_db;
    DataVersion m_version;
    QHash<qint64, quint8> m_types; // entity id -> index into the facet lists
};

} // namespace ws
