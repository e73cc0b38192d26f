#include "search/SearchResult.h"

#include <QJsonArray>

namespace ws {

namespace {

QJsonArray facetJson(const QList<FacetCount>& counts, bool withIds)
{
    QJsonArray array;
    for (const FacetCount& facet : counts) {
        QJsonObject object{{QStringLiteral("name"), facet.name}, {QStringLiteral("count"), facet.count}};
        if (withIds)
            object.insert(QStringLiteral("id"), facet.entityId);
        array.append(object);
    }
    return array;
}

} // namespace

QJsonObject SearchResult::toJson() const
{
    if (error) {
        return {{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), error->message},
                                                      {QStringLiteral("position"), error->position}}}};
    }
    QJsonArray results;
    for (const SearchHit& hit : hits) {
        results.append(QJsonObject{{QStringLiteral("story"), hit.storyId},
                                   {QStringLiteral("rowid"), hit.rowid},
                                   {QStringLiteral("title"), hit.title},
                                   {QStringLiteral("date"), hit.date},
                                   {QStringLiteral("score"), hit.score},
                                   {QStringLiteral("snippet"), hit.snippet}});
    }
    const QJsonObject facetObject{
        {QStringLiteral("companies"), facetJson(facets.companies, true)},
        {QStringLiteral("technologies"), facetJson(facets.technologies, true)},
        {QStringLiteral("people"), facetJson(facets.people, true)},
        {QStringLiteral("organizations"), facetJson(facets.organizations, true)},
        {QStringLiteral("places"), facetJson(facets.places, true)},
        {QStringLiteral("products"), facetJson(facets.products, true)},
        {QStringLiteral("deals"), facetJson(facets.dealKinds, false)},
    };
    return {{QStringLiteral("total"), total},
            {QStringLiteral("total_is_estimate"), totalIsEstimate},
            {QStringLiteral("ranked"), ranked},
            {QStringLiteral("ranked_all"), rankedAll},
            {QStringLiteral("results"), results},
            {QStringLiteral("facets"), facetObject},
            {QStringLiteral("facet_stories"), facetStories},
            {QStringLiteral("facets_are_sample"), facetsAreSample},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

} // namespace ws
