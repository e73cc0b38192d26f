#pragma once

#include "search/QueryNode.h"
#include "view/ViewTypes.h"

#include <QList>
#include <optional>

namespace ws {

class Database;

// The stories a filter with a search query matches, in the search engine's order (docs/SEARCH.md:
// the best of the newest matches, then older ones newest first; newest first by date for a query of
// fields only) and narrowed to the filter's entities. The last search is kept per connection until
// the query or the data change, so the story list and the browsers that follow the same query (each
// with its own entities) search once; remember() hands it a search run on another connection.
class StoryMatcher
{
public:
    struct Match
    {
        QList<qint64> rowids;      // narrowed to the filter's entities
        QList<qint64> queryRowids; // every match of the query alone
        QString ftsMatch;          // the FTS5 expression for snippets; empty when the query has no words
        std::optional<QueryError> error;
    };

    explicit StoryMatcher(Database& db) : m_db(db) {}

    // `filter` must have a query (hasQuery()).
    Match match(const StoryFilter& filter);

    // Keeps `match` (found for `query` on another connection of the same database) as this
    // connection's last search, as if it had run here now.
    static void remember(Database& db, const QString& query, const Match& match);
    // Whether `query` is this connection's last search, still valid.
    static bool knows(Database& db, const QString& query);

private:
    Database& m_db;
};

} // namespace ws
