#pragma once

#include "search/DataVersion.h"
#include "search/SearchResult.h"

#include <QHash>
#include <QJsonArray>
#include <functional>
#include <vector>

namespace ws {

class Database;
class Statement;

// Counts, over a set of matching stories (SearchEngine passes every match or a sample of them), the
// stories, the stories per entity and per deal kind, and keeps the top of each. The set is read once;
// its (story, entity) pairs and deal kinds are then read through their story indexes. Counting and
// ranking happen in memory, with each entity's type cached until the database changes, and names are
// read only for the entities that make a top list. Its cost follows the size of the set, never the
// size of the corpus.
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
    void rankEntities(const std::vector<int>& counts, SearchFacets& facets);

    const Database& m_db;
    DataVersion m_version;
    void countDeals(const QJsonArray& rowids, const QString& list, SearchFacets& facets) const;

    // Up to this many deals, every story's deal kinds are kept in memory.
    static constexpr qint64 cachedDealsLimit = 200000;

    QHash<qint64, quint8> m_types; // entity id -> index into the facet lists
    qint64 m_maxEntityId = 0;      // ids are dense from 1: counts are kept in a vector
    bool m_dealsCached = false;
    QStringList m_dealKinds;             // the kinds in use (at most 64), when cached
    QHash<qint64, quint64> m_storyDeals; // story rowid -> bit set of indexes into m_dealKinds
};

} // namespace ws
