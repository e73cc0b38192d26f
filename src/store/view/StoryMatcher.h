#pragma once

#include "search/QueryNode.h"
#include "view/ViewTypes.h"

#include <QList>
#include <optional>

namespace ws {

class Database;

// The stories a filter with a search query matches, in the search engine's order (best first, or
// newest first for a query of fields only) and narrowed to the filter's entities. The last answer
// is kept per connection until the query, the filter or the data change, so the story list and the
// browsers that follow the same filter search once.
class StoryMatcher
{
public:
    struct Match
    {
        QList<qint64> rowids;
        QString ftsMatch; // the FTS5 expression for snippets; empty when the query has no words
        std::optional<QueryError> error;
    };

    explicit StoryMatcher(Database& db) : m_db(db) {}

    // `filter` must have a query (hasQuery()).
    Match match(const StoryFilter& filter);

private:
    Database& m_db;
};

} // namespace ws
