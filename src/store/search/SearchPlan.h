#pragma once

#include "search/SearchLimits.h"
#include "search/SearchSql.h"

namespace ws {

class Database;

// How one compiled query is run (WordSearch for words that rank, FieldSearch for the rest): measure()
// first, which counts or estimates the matches and fixes the order's candidates and the facet sample;
// then any of the rest.
class SearchPlan
{
public:
    SearchPlan(Database& db, const CompiledQuery& query, const SearchLimits& limits)
        : m_db(db), m_query(query), m_limits(limits)
    {
    }
    virtual ~SearchPlan() = default;

    // Fills total, totalIsEstimate, ranked, rankedAll and facetsAreSample.
    virtual void measure(SearchResult& result) = 0;
    // Appends `limit` hits from `offset` in result order.
    virtual void page(int limit, int offset, bool snippets, SearchResult& result) = 0;
    // A SELECT of the facet sample's rowids (a column named rowid), and its bindings.
    virtual QString sampleSql() const = 0;
    virtual SearchSql::Bindings sampleBindings() const = 0;
    // Every match in result order.
    virtual QList<qint64> orderedRowids() = 0;
    const CompiledQuery& query() const { return m_query; }

protected:
    Database& m_db;
    const CompiledQuery& m_query;
    SearchLimits m_limits;
};

} // namespace ws
