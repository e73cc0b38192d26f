#include "search/SearchEngine.h"

#include "db/Database.h"
#include "db/DbError.h"
#include "db/Statement.h"
#include "search/FieldSearch.h"
#include "search/QueryParser.h"
#include "search/SearchSql.h"
#include "search/WordSearch.h"

#include <sqlite3.h>

namespace ws {

SearchEngine::SearchEngine(Database& db) : m_db(db), m_resolver(db), m_facets(db) {}

CompiledQuery SearchEngine::compile(const QString& query, QueryError* error)
{
    const ParsedQuery parsed = QueryParser::parse(query);
    if (!parsed.ok()) {
        if (error)
            *error = *parsed.error;
        return {};
    }
    return QueryCompiler(m_resolver).compile(parsed.root);
}

SearchResult SearchEngine::search(const QString& query, int limit, int offset)
{
    return search(query, limit, offset, Options{});
}

SearchResult SearchEngine::search(const QString& query, int limit, int offset, const Options& options)
{
    SearchResult result;
    const ParsedQuery parsed = QueryParser::parse(query);
    if (!parsed.ok()) {
        result.error = parsed.error;
        return result;
    }
    try {
        const CompiledQuery compiled = QueryCompiler(m_resolver).compile(parsed.root);
        result.notes = compiled.notes;
        run(*plan(compiled, options.limits), qMax(0, limit), qMax(0, offset), options, result);
    } catch (const DbError& error) {
        const SearchResult failed{.error = runError(error.code())};
        return failed;
    }
    return result;
}

std::unique_ptr<SearchPlan> SearchEngine::plan(const CompiledQuery& query, const SearchLimits& limits)
{
    if (query.hasMatch())
        return std::make_unique<WordSearch>(m_db, query, limits);
    return std::make_unique<FieldSearch>(m_db, query, limits);
}

void SearchEngine::run(SearchPlan& plan, int limit, int offset, const Options& options, SearchResult& result)
{
    plan.measure(result);
    plan.page(limit, offset, options.snippets, result);
    if (!options.facets || result.total == 0) {
        result.facetsAreSample = false;
        return;
    }
    FacetCounter::Counts counts = m_facets.count(plan.sampleSql(), [&](Statement& statement) {
        SearchSql::bindAll(statement, plan.query(), plan.sampleBindings());
    });
    result.facets = std::move(counts.facets);
    result.facetStories = counts.total;
}

QueryError SearchEngine::runError(int code) const
{
    if (code == SQLITE_ERROR)
        return {tr("The search index could not run this query. Put unusual words in quotes and try again."),
                -1};
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return {tr("The database is busy; try the search again in a moment."), -1, true};
    if (code == SQLITE_INTERRUPT)
        return {tr("The search was cancelled."), -1};
    return {tr("The search could not be run: the database %1 could not be read.").arg(m_db.path()), -1, true};
}

QList<qint64> SearchEngine::matchingRowids(const QString& query, QueryError* error,
                                           const SearchLimits& limits)
{
    const ParsedQuery parsed = QueryParser::parse(query);
    if (!parsed.ok()) {
        if (error)
            *error = *parsed.error;
        return {};
    }
    try {
        const CompiledQuery compiled = QueryCompiler(m_resolver).compile(parsed.root);
        const std::unique_ptr<SearchPlan> search = plan(compiled, limits);
        SearchResult measured;
        search->measure(measured);
        return search->orderedRowids();
    } catch (const DbError& failure) {
        if (error)
            *error = runError(failure.code());
        return {};
    }
}

} // namespace ws
