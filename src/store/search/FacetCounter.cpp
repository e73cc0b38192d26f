#include "search/FacetCounter.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <vector>

namespace ws {

namespace {

constexpr const char* typeNames[] = {"company", "technology", "person", "organization", "place", "product"};
constexpr int typeCount = int(std::size(typeNames));

QList<FacetCount>& facetList(SearchFacets& facets, int type)
{
    switch (type) {
    case 0: return facets.companies;
    case 1: return facets.technologies;
    case 2: return facets.people;
    case 3: return facets.organizations;
    case 4: return facets.places;
    default: return facets.products;
    }
}

} // namespace

FacetCounter::FacetCounter(const Database& db) : m_db(db), m_version(db) {}

void FacetCounter::loadTypes()
{
    m_types.clear();
    Statement query = m_db.prepare(QStringLiteral("SELECT id, type FROM entities"));
    while (query.step()) {
        const QByteArray type = query.text(1).toUtf8();
        for (int index = 0; index < typeCount; ++index) {
            if (type == typeNames[index]) {
                m_types.insert(query.int64(0), quint8(index));
                break;
            }
        }
    }
}

SearchFacets FacetCounter::count(const QString& hits, const std::function<void(Statement&)>& bind)
{
    if (m_version.changed())
        loadTypes();
    SearchFacets facets;
    countEntities(hits, bind, facets);
    countDeals(hits, bind, facets);
    return facets;
}

void FacetCounter::countEntities(const QString& hits, const std::function<void(Statement&)>& bind,
                                 SearchFacets& facets)
{
    // story_entities has one row per (entity, story): counting rows counts stories.
    Statement pairs = m_db.prepare(QStringLiteral("WITH hits AS (%1) SELECT se.entity_id FROM hits "
                                                  "JOIN story_entities se ON se.story_rowid = hits.rowid")
                                       .arg(hits));
    bind(pairs);
    QHash<qint64, int> counts;
    while (pairs.step())
        ++counts[pairs.int64(0)];

    struct Candidate
    {
        int count;
        qint64 id;
    };
    std::vector<Candidate> byType[typeCount];
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const auto type = m_types.constFind(it.key());
        if (type != m_types.constEnd())
            byType[*type].push_back({it.value(), it.key()});
    }
    // Keep every entity that ties with the tenth, then order the ties by name.
    QJsonArray wanted;
    for (auto& candidates : byType) {
        if (int(candidates.size()) > topCount) {
            std::nth_element(candidates.begin(), candidates.begin() + (topCount - 1), candidates.end(),
                             [](const Candidate& a, const Candidate& b) { return a.count > b.count; });
            const int threshold = candidates[topCount - 1].count;
            candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                            [threshold](const Candidate& c) { return c.count < threshold; }),
                             candidates.end());
        }
        for (const Candidate& candidate : candidates)
            wanted.append(candidate.id);
    }
    if (wanted.isEmpty())
        return;
    Statement names = m_db.prepare(
        QStringLiteral("SELECT id, name FROM entities WHERE id IN (SELECT value FROM json_each(:ids))"));
    names.bind(":ids", QString::fromUtf8(QJsonDocument(wanted).toJson(QJsonDocument::Compact)));
    QHash<qint64, QString> nameOf;
    while (names.step())
        nameOf.insert(names.int64(0), names.text(1));
    for (int type = 0; type < typeCount; ++type) {
        QList<FacetCount> list;
        for (const Candidate& candidate : byType[type])
            list.append({candidate.id, nameOf.value(candidate.id), candidate.count});
        std::sort(list.begin(), list.end(), [](const FacetCount& a, const FacetCount& b) {
            return a.count != b.count ? a.count > b.count : a.name < b.name;
        });
        if (list.size() > topCount)
            list.resize(topCount);
        facetList(facets, type) = list;
    }
}

void FacetCounter::countDeals(const QString& hits, const std::function<void(Statement&)>& bind,
                              SearchFacets& facets)
{
    // A story with two contracts counts once for "contract".
    Statement deals = m_db.prepare(QStringLiteral("WITH hits AS (%1) "
                                                  "SELECT kind, count(*) AS n FROM (SELECT DISTINCT d.kind AS kind, "
                                                  "d.story_rowid FROM hits JOIN deals d ON d.story_rowid = hits.rowid) "
                                                  "GROUP BY kind ORDER BY n DESC, kind LIMIT %2")
                                       .arg(hits)
                                       .arg(topCount));
    bind(deals);
    while (deals.step())
        facets.dealKinds.append({0, deals.text(0), deals.integer(1)});
}

} // namespace ws
