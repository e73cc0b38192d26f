#include "search/FacetCounter.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <bit>
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
    m_maxEntityId = 0;
    Statement types = m_db.prepare(QStringLiteral("SELECT id, type FROM entities"));
    while (types.step()) {
        const QByteArray type = types.text(1).toUtf8();
        for (int index = 0; index < typeCount; ++index) {
            if (type == typeNames[index]) {
                m_types.insert(types.int64(0), quint8(index));
                m_maxEntityId = std::max(m_maxEntityId, types.int64(0));
                break;
            }
        }
    }
    // A small corpus's deal kinds are kept per story (read once, cheaper than a join per search);
    // a large one's are read with each sample, so memory and the first search stay bounded.
    m_dealKinds.clear();
    m_storyDeals.clear();
    Statement size = m_db.prepare(QStringLiteral("SELECT max(rowid) FROM deals"));
    m_dealsCached = size.step() && size.int64(0) <= cachedDealsLimit;
    if (!m_dealsCached)
        return;
    Statement deals = m_db.prepare(QStringLiteral("SELECT story_rowid, kind FROM deals"));
    while (deals.step()) {
        const QString kind = deals.text(1);
        qsizetype index = m_dealKinds.indexOf(kind);
        if (index < 0) {
            if (m_dealKinds.size() >= 64)
                continue; // more kinds than any extractor makes: the rare ones go uncounted
            index = m_dealKinds.size();
            m_dealKinds.append(kind);
        }
        m_storyDeals[deals.int64(0)] |= quint64(1) << index;
    }
}

void FacetCounter::countDeals(const QJsonArray& rowids, const QString& list, SearchFacets& facets) const
{
    if (m_dealsCached) {
        int counts[64] = {};
        for (const QJsonValue& rowid : rowids) {
            for (quint64 kinds = m_storyDeals.value(rowid.toInteger()); kinds; kinds &= kinds - 1)
                ++counts[std::countr_zero(kinds)];
        }
        for (int index = 0; index < m_dealKinds.size(); ++index) {
            if (counts[index] > 0)
                facets.dealKinds.append({0, m_dealKinds[index], counts[index]});
        }
        return;
    }
    // Deal kinds are a set per story: both facets count stories.
    Statement deals =
        m_db.prepare(QStringLiteral("SELECT kind, count(DISTINCT d.story_rowid) FROM json_each(:hits) h "
                                    "JOIN deals d ON d.story_rowid = h.value GROUP BY kind"));
    deals.bind(":hits", list);
    while (deals.step())
        facets.dealKinds.append({0, deals.text(0), deals.integer(1)});
}

FacetCounter::Counts FacetCounter::count(const QString& hits, const std::function<void(Statement&)>& bind)
{
    if (m_version.changed())
        loadCaches();
    Counts result;
    // The set once, then its entities and its deals through their story indexes.
    QJsonArray rowids;
    {
        Statement set = m_db.prepare(hits);
        bind(set);
        while (set.step())
            rowids.append(set.int64(0));
    }
    result.total = int(rowids.size());
    if (rowids.isEmpty())
        return result;
    const QString list = QString::fromUtf8(QJsonDocument(rowids).toJson(QJsonDocument::Compact));
    // Entity ids are small and dense: a counter per id beats a hash.
    std::vector<int> entityCounts(std::size_t(m_maxEntityId + 1), 0);
    Statement pairs = m_db.prepare(QStringLiteral(
        "SELECT se.entity_id FROM json_each(:hits) h JOIN story_entities se ON se.story_rowid = h.value"));
    pairs.bind(":hits", list);
    while (pairs.step()) {
        const qint64 id = pairs.int64(0);
        if (id >= 0 && id <= m_maxEntityId) // a newer one has no known type and would not be listed
            ++entityCounts[std::size_t(id)];
    }
    rankEntities(entityCounts, result.facets);
    // Deal kinds are a set per story: both facets count stories.
    Statement deals =
        m_db.prepare(QStringLiteral("SELECT kind, count(DISTINCT d.story_rowid) FROM json_each(:hits) h "
                                    "JOIN deals d ON d.story_rowid = h.value GROUP BY kind"));
    deals.bind(":hits", list);
    while (deals.step())
        result.facets.dealKinds.append({0, deals.text(0), deals.integer(1)});
    std::sort(result.facets.dealKinds.begin(), result.facets.dealKinds.end(),
              [](const FacetCount& a, const FacetCount& b) {
                  return a.count != b.count ? a.count > b.count : a.name < b.name;
              });
    if (result.facets.dealKinds.size() > topCount)
        result.facets.dealKinds.resize(topCount);
    return result;
}

void FacetCounter::rankEntities(const std::vector<int>& counts, SearchFacets& facets)
{
    struct Candidate
    {
        int count;
        qint64 id;
    };
    std::vector<Candidate> byType[typeCount];
    for (std::size_t id = 0; id < counts.size(); ++id) {
        if (counts[id] == 0)
            continue;
        const auto type = m_types.constFind(qint64(id));
        if (type != m_types.constEnd())
            byType[*type].push_back({counts[id], qint64(id)});
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
