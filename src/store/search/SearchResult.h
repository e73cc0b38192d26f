#pragma once

#include "search/QueryNode.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ws {

// One story found by a search.
struct SearchHit
{
    QString storyId; // stories.id, the content id
    qint64 rowid = 0;
    QString title;
    QString date;
    double score = 0;    // higher is better (negated bm25); 0 when ordered by date
    QString snippet;     // plain text, matches between « and », cuts marked with …
    QString snippetHtml; // the same, HTML-escaped, matches in <b></b>
};

// How many stories of the whole result set mention an entity (or have a deal of a kind).
struct FacetCount
{
    qint64 entityId = 0; // 0 for deal kinds
    QString name;        // entity name, or the deal kind
    int count = 0;
};

// The top 10 of each kind over every matching story, not only the page shown.
struct SearchFacets
{
    QList<FacetCount> companies;
    QList<FacetCount> technologies;
    QList<FacetCount> people;
    QList<FacetCount> organizations;
    QList<FacetCount> places;
    QList<FacetCount> products;
    QList<FacetCount> dealKinds;
};

struct SearchResult
{
    int total = 0;         // matching stories in all
    QList<SearchHit> hits; // the requested page, best first (or newest first without words)
    SearchFacets facets;
    QStringList notes;               // e.g. "No company is called 'Foo'."
    std::optional<QueryError> error; // set when the query could not be parsed or run
    bool ok() const { return !error.has_value(); }

    // {total, results:[{story, rowid, title, date, score, snippet}], facets:{companies:[{id, name,
    // count}], ...}, notes} as `wirescope-cli search --json` prints it; {error:{message, position}} on
    // error.
    QJsonObject toJson() const;
};

} // namespace ws
