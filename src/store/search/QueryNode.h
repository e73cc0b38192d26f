#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace ws {

// The fields of the search language. Entity fields name an entity (alias and taxonomy aware);
// the others filter on the story itself.
enum class QueryField
{
    Company,
    Person,
    Technology,
    Organization,
    Place,
    Product,
    Deal,
    Title,
    Source,
    After,
    Before
};

// One node of a parsed search query.
struct QueryNode
{
    enum class Kind
    {
        All,   // the empty query: every story
        And,   // every child must match
        Or,    // at least one child matches
        Not,   // the one child must not match
        Term,  // a word or "a phrase" in the story text
        Field, // field:value
    };

    Kind kind = Kind::All;
    QString text;                    // Term: the word or phrase as typed; Field: the value
    std::optional<QueryField> field; // Field only
    bool quoted = false;             // the text was in quotes
    bool prefix = false;             // word* or "a phrase"*
    int position = 0;                // 0-based index in the query where this node starts
    std::vector<QueryNode> children; // And, Or, Not

    // A compact, stable form for tests and logs: (AND a "b c" (OR d e*) (NOT company:x))
    QString toString() const;
};

// Field names as the user types them (lower case), and back.
std::optional<QueryField> queryFieldFromName(const QString& name);
QString queryFieldName(QueryField field);
bool isEntityField(QueryField field);
// The entities.type value an entity field filters on ("company", "technology", ...).
QString entityTypeOfField(QueryField field);

// A query that cannot be parsed: a message for the user that says where, and the 0-based index of
// the character it is about (-1 when it is about the whole query).
struct QueryError
{
    QString message;
    int position = -1;
    bool storeFailed = false; // the database could not be read (busy, damaged), not a fault of the query
};

} // namespace ws
