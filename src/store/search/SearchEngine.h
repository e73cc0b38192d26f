#pragma once

#include "search/EntityResolver.h"
#include "search/FacetCounter.h"
#include "search/QueryCompiler.h"
#include "search/SearchLimits.h"
#include "search/SearchResult.h"

#include <QCoreApplication>
#include <memory>

namespace ws {

class Database;
class SearchPlan;

// Runs search-language queries (docs/SEARCH.md) against a Wirescope database. A plain class for the
// window, the CLI and tests alike; it never throws for a bad query and never shows SQLite's text.
//
//   SearchEngine engine(db);
//   SearchResult result = engine.search(QStringLiteral("company:TSMC CoWoS"), 50);
//   if (!result.ok()) show(result.error->message);   // "Unclosed quote at column 12: ..."
//
// Words rank by bm25 (ws_rank) with the title weighted 10 to the body's 1; a query without words (only
// fields) lists the newest stories first. A large result is ranked, counted and counted into facets
// from its newest matches only (SearchLimits); the result says so. Use one SearchEngine per
// connection, on the thread that owns it.
class SearchEngine
{
    Q_DECLARE_TR_FUNCTIONS(ws::SearchEngine)

public:
    struct Options
    {
        bool facets = true;   // count entities and deal kinds over the result (or its sample)
        bool snippets = true; // make a highlighted snippet for each hit
        SearchLimits limits;  // SearchLimits::exhaustive() ranks and counts every match
    };

    explicit SearchEngine(Database& db);

    // One page of results (`limit` hits from `offset`), the total and the facets.
    SearchResult search(const QString& query, int limit = 50, int offset = 0);
    SearchResult search(const QString& query, int limit, int offset, const Options& options);

    // Every matching story's rowid in result order, for a story list that loads rows itself.
    // Returns an empty list and fills `error` when the query is bad.
    QList<qint64> matchingRowids(const QString& query, QueryError* error = nullptr,
                                 const SearchLimits& limits = {});

    // The parsed and compiled form of a query (for tests and logs); `error` set when it is bad.
    CompiledQuery compile(const QString& query, QueryError* error = nullptr);

    // Title weight and body weight given to bm25().
    static constexpr double titleWeight = 10.0;
    static constexpr double bodyWeight = 1.0;

private:
    std::unique_ptr<SearchPlan> plan(const CompiledQuery& query, const SearchLimits& limits);
    void run(SearchPlan& plan, int limit, int offset, const Options& options, SearchResult& result);
    QueryError runError(int code) const;

    Database& m_db;
    EntityResolver m_resolver;
    FacetCounter m_facets;
};

} // namespace ws
