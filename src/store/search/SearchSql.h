#pragma once

#include "search/QueryCompiler.h"
#include "search/SearchResult.h"

#include <QHash>
#include <QVariant>

namespace ws {

class Database;
class Statement;

// The SQL pieces the search classes share: how a compiled query becomes FROM/WHERE text, how its
// parameters are bound, and how snippets and leads are made presentable.
namespace SearchSql {

using Bindings = QList<std::pair<QByteArray, QVariant>>;

// Binds :match, the query's own parameters and `extra` wherever the statement names them.
void bindAll(Statement& statement, const CompiledQuery& query, const Bindings& extra = {});

// "FROM story_fts [JOIN stories s] WHERE story_fts MATCH :match [AND filters]" for a query with words,
// the filters on +rowid so that they are checked as matches stream by. `joinStories` joins the story
// row even when no filter needs it.
QString matchFromWhere(const CompiledQuery& query, bool joinStories);

// "FROM stories s [WHERE filters]" for a query without words. With `seek`, filters name s.rowid so
// that SQLite may seek the listed rowids (a set read whole); without, +s.rowid, so that a walk in
// date order checks each story as it passes (a page that stops early).
QString storiesFromWhere(const CompiledQuery& query, bool seek);

// The query's filters as correlated EXISTS tests on s.rowid: each costs an index probe per story and
// builds nothing, where the IN form first reads the whole set. "1" when there are no filters.
QString probe(const CompiledQuery& query);

// When the filter is exactly one entity or deal field, a SELECT of its stories' rowids (each once) from
// story_entities or deals alone, no story row read; empty otherwise.
QString storySetSql(const CompiledQuery& query);

// The score of a match: ws_rank(story_fts, 10.0, 1.0), smaller is better.
QString rankCall();
// snippet(story_fts, ...) with private markers, or '' when snippets are not wanted.
QString snippetCall(bool snippets);
// The first characters of the body, for hits that matched no words.
QString leadColumn(bool snippets);

// A JSON array of rowids, for json_each().
QString jsonList(const QList<qint64>& rowids);

void fillSnippet(SearchHit& hit, const QString& marked);
void fillLead(SearchHit& hit, const QString& body);

// What the fifth column of a hit row holds: an FTS5 snippet with markers, or the body to cut a lead from.
enum class Excerpt
{
    Snippet,
    Lead
};
// Reads rows of (rowid, id, title, date, excerpt) by rowid; the excerpt is read only when wanted.
QHash<qint64, SearchHit> readHits(Statement& statement, bool excerpts, Excerpt kind);

} // namespace SearchSql

} // namespace ws
