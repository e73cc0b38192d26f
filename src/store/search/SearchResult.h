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
    int total = 0;                // matching stories in all (about that many when totalIsEstimate)
    bool totalIsEstimate = false; // too many to count: estimated from the newest matches
    QList<SearchHit> hits;        // the requested page, best first (or newest first without words)
    // How many matches the order ranked by score: every one (rankedAll), or the newest `ranked`,
    // with the older matches after them, newest first (docs/SEARCH.md, "Large results").
    int ranked = 0;
    bool rankedAll = true;
    SearchFacets facets;
    int facetStories = 0;            // the stories the facets counted
    bool facetsAreSample = false;    // they are the newest matches, not all of them
    QStringList notes;               // e.g. "No company is called 'Foo'."
    std::optional<QueryError> error; // set when the query could not be parsed or run
    bool ok() const { return !error.has_value(); }

    // {total, total_is_estimate, ranked, ranked_all, results:[{story, rowid, title, date, score,
    // snippet}], facets:{companies:[{id, name, count}], ...}, facet_stories, facets_are_sample, notes}
    // as `wirescope-cli search --json` prints it; {error:{message, position}} on error.
    QJsonObject toJson() const;
};

} // namespace ws
