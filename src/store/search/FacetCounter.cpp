#include "search/FacetCounter.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <vector>

namespace ws {

namespace {

constexpr const char* typeNames[] = {"company", "technology", "person", "organization", "place", "product"};
constexpr int typeCount = int(std::size(typeNames));

QList<FacetCount>& facetList(SearchFacets& facets, int type)
{
    switch (type) {
    case 0:
        return facets.companies;
    case 1:
        return facets.technologies;
    case 2:
        return facets.people;
    case 3:
        return facets.organizations;
    case 4:
        return facets.places;
    default:
        return facets.products;
    }
}

} // namespace

FacetCounter::FacetCounter(const Database& db) : m_db(db), m_version(db) {}

void FacetCounter::loadCaches()
{
    m_types.clear();
    Statement types = m_db.prepare(QStringLiteral("SELECT id, type FROM entities"));
    while (types.step()) {
        const QByteArray type = types.text(1).toUtf8();
        for (int index = 0; index < typeCount; ++index) {
            if (type == typeNames[index]) {
                m_types.insert(types.int64(0), quint8(index));
                break;
            }
        }
    }
}

FacetCounter::Counts FacetCounter::count(const QString& hits, const std::function<void(Statement&)>& bind)
{
    if (m_version.changed())
        loadCaches();
    // MATERIALIZED and LEFT JOIN keep the hits the outer loop (flattened, SQLite may walk all of
    // story_entities), so each hit's rows come together and hits without entities still count. The
    // deals of the hits follow in the same statement, read through their story index.
    Statement pairs =
        m_db.prepare(QStringLiteral("WITH hits AS MATERIALIZED (%1) "
                                    "SELECT hits.rowid, se.entity_id, NULL FROM hits "
                                    "LEFT JOIN story_entities se ON se.story_rowid = hits.rowid "
                                    "UNION ALL SELECT d.story_rowid, NULL, d.kind FROM hits JOIN deals d ON "
                                    "d.story_rowid = hits.rowid")
                         .arg(hits));
    bind(pairs);
    Counts result;
    QHash<qint64, int> entityCounts;
    QSet<std::pair<qint64, QString>> storyDeals; // deal kinds are a set per story: both count stories
    qint64 previous = 0;
    bool first = true;
    while (pairs.step()) {
        const qint64 rowid = pairs.int64(0);
        if (!pairs.isNull(2)) {
            storyDeals.insert({rowid, pairs.text(2)});
            continue;
        }
        if (first || rowid != previous) {
            first = false;
            previous = rowid;
            ++result.total;
        }
        if (!pairs.isNull(1))
            ++entityCounts[pairs.int64(1)];
    }
    rankEntities(entityCounts, result.facets);
    QHash<QString, int> dealCounts;
    for (const auto& [rowid, kind] : storyDeals)
        ++dealCounts[kind];
    for (auto it = dealCounts.cbegin(); it != dealCounts.cend(); ++it)
        result.facets.dealKinds.append({0, it.key(), it.value()});
    std::sort(result.facets.dealKinds.begin(), result.facets.dealKinds.end(),
              [](const FacetCount& a, const FacetCount& b) {
                  return a.count != b.count ? a.count > b.count : a.name < b.name;
              });
    if (result.facets.dealKinds.size() > topCount)
        result.facets.dealKinds.resize(topCount);
    return result;
}

void FacetCounter::rankEntities(const QHash<qint64, int>& counts, SearchFacets& facets)
{
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

} // namespace ws
