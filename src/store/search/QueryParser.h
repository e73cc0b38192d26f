#pragma once

#include "search/QueryNode.h"

#include <QCoreApplication>

namespace ws {

// The result of parsing: a tree, or an error that says where the query went wrong.
struct ParsedQuery
{
    QueryNode root;
    std::optional<QueryError> error;
    bool ok() const { return !error.has_value(); }
};

// Parses the search language (docs/SEARCH.md) into a QueryNode tree. No SQL, no database: what the
// user typed becomes words, phrases, operators and fields, or a QueryError naming the column.
//
//   words            all must match            TSMC packaging
//   "a phrase"       the words in this order   "advanced packaging"
//   a OR b           either (binds tighter than the implied AND: x a OR b = x AND (a OR b))
//   -word, NOT word  must not match
//   prefix*          words that start so       semicon*
//   ( )              grouping
//   field:value      company: person: tech: org: place: product: deal: title: source: after: before:
class QueryParser
{
    Q_DECLARE_TR_FUNCTIONS(ws::QueryParser)

public:
    static ParsedQuery parse(const QString& query);

    // A short plain-text description of the language for the window's search help.
    static QString helpText();

    // Deepest nesting of parentheses and negations accepted (protects the stack). SQLite's parser
    // refuses the compiled SQL from about 19 nested "(company:a OR ..." levels, so stay below that.
    static constexpr int maxDepth = 16;
};

} // namespace ws
