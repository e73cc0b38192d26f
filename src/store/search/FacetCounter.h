#pragma once

#include "search/DataVersion.h"
#include "search/SearchResult.h"

#include <QHash>
#include <functional>

namespace ws {

class Database;
class Statement;

// Counts, over a whole set of matching stories, the stories, the stories per entity and per deal kind,
// and keeps the top of each. One set query reads the (story, entity) pairs of all hits; counting and
// ranking happen in memory, with each entity's type and each story's deal kinds cached until the
// database changes, and names are read only for the entities that make a top list.
class FacetCounter
{
public:
    static constexpr int topCount = 10;

    explicit FacetCounter(const Database& db);

    struct Counts
    {
        int total = 0; // stories in the set
        SearchFacets facets;
    };

    // `hits` is a SELECT of distinct story rowids in a column named rowid; `bind` binds its parameters.
    Counts count(const QString& hits, const std::function<void(Statement&)>& bind);

private:
    void loadCaches();
    void rankEntities(const QHash<qint64, int>& counts, SearchFacets& facets);

    const Database& m_db;
    DataVersion m_version;
    QHash<qint64, quint8> m_types;       // entity id -> index into the facet lists
    QStringList m_dealKinds;             // the kinds in use (at most 64)
    QHash<qint64, quint64> m_storyDeals; // story rowid -> bit set of indexes into m_dealKinds
};

} // namespace ws
