#include "search/FieldSearch.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <QHash>
#include <algorithm>
#include <functional>

namespace ws {

void FieldSearch::measure(SearchResult& result)
{
    result.rankedAll = true;
    const int cap = m_limits.exactCount;
    // One entity or deal field is read from its own index first: a set within the counting limit is
    // kept whole (its size is the total, its newest rowids the sample, and pages look it up), which
    // costs less than probing stories for it.
    const QString storySet = SearchSql::storySetSql(m_query);
    bool aboveCap = false;
    if (!storySet.isEmpty()) {
        Statement set = m_db.prepare(QStringLiteral("%1 LIMIT :cap").arg(storySet));
        SearchSql::bindAll(set, m_query, {{":cap", qint64(cap > 0 ? cap + 1 : -1)}});
        while (set.step())
            m_set.append(set.int64(0));
        if (cap <= 0 || m_set.size() <= cap) {
            std::sort(m_set.begin(), m_set.end(), std::greater<>());
            m_sample = m_limits.facetSample > 0 ? m_set.mid(0, m_limits.facetSample) : m_set;
            m_setRead = true;
            finish(int(m_set.size()), true, result);
            return;
        }
        m_set.clear();
        aboveCap = true;
    }
    // The newest stories by rowid, each probed: a dense set fills the sample after a short walk. The
    // walk goes on to `rankCandidates` matches (more than the facets need) for a steadier estimate.
    const int target = m_limits.facetSample > 0 ? std::max(m_limits.facetSample, m_limits.rankCandidates) : 0;
    QList<qint64> found;
    Statement walk =
        m_db.prepare(QStringLiteral("SELECT s.rowid, %1 FROM stories s ORDER BY s.rowid DESC LIMIT :walk")
                         .arg(SearchSql::probe(m_query)));
    SearchSql::bindAll(walk, m_query, {{":walk", qint64(m_limits.walk)}});
    int walked = 0;
    qint64 oldest = 0;
    bool dense = false;
    while (walk.step()) {
        ++walked;
        oldest = walk.int64(0);
        if (walk.int64(1) == 0)
            continue;
        found.append(oldest);
        if (target > 0 && found.size() == target) {
            dense = true;
            break;
        }
    }
    m_sample = m_limits.facetSample > 0 ? found.mid(0, m_limits.facetSample) : found;
    const int sampleSize = int(found.size());
    if (!dense && walked < m_limits.walk) {
        finish(sampleSize, true, result); // the whole table was walked
        return;
    }
    // The walk found the facet sample (if not the whole estimate target): the set is not sparse.
    const bool sampled = dense || (m_limits.facetSample > 0 && sampleSize >= m_limits.facetSample);
    // A dense set clearly above the counting limit is estimated at once: counting it would read it.
    const int guess = sampled ? estimateTotal(m_db, sampleSize, oldest) : 0;
    const int counted = aboveCap || (cap > 0 && guess > 2 * cap) ? cap + 1 : countUpTo(cap);
    if (cap <= 0 || counted <= cap) {
        finish(counted, sampled, result);
        return;
    }
    m_walkedSample = sampled;
    result.totalIsEstimate = true;
    result.total = sampleSize > 0 ? std::max(cap, estimateTotal(m_db, sampleSize, oldest)) : cap;
    result.ranked = result.total;
    result.facetsAreSample = m_limits.facetSample > 0;
}

void FieldSearch::finish(int total, bool walkedSample, SearchResult& result)
{
    m_total = total;
    m_walkedSample = walkedSample;
    if (!walkedSample)
        m_sample.clear();
    result.total = total;
    result.ranked = total;
    result.facetsAreSample = m_limits.facetSample > 0 && total > m_limits.facetSample;
}

int FieldSearch::countUpTo(int cap)
{
    // One past the limit says "more".
    Statement count = m_db.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 %1 LIMIT :cap)")
                                       .arg(SearchSql::storiesFromWhere(m_query, true)));
    SearchSql::bindAll(count, m_query, {{":cap", qint64(cap > 0 ? cap + 1 : -1)}});
    return count.step() ? count.integer(0) : 0;
}

void FieldSearch::page(int limit, int offset, bool snippets, SearchResult& result)
{
    if (limit <= 0)
        return;
    // A counted set is listed from the set; a large one by walking the newest stories (which may
    // stop short of the page when matches are rarer than they looked).
    QList<qint64> rowids = m_total >= 0 ? setPage(limit, offset) : walkedPage(limit, offset);
    if (m_total < 0 && rowids.size() < limit)
        rowids = setPage(limit, offset);
    addDetails(rowids, snippets, result);
}

QList<qint64> FieldSearch::walkedPage(int limit, int offset)
{
    // The date index newest first, each story probed, stopping when the page is full or after
    // `walk` stories.
    Statement statement = m_db.prepare(
        QStringLiteral(
            "SELECT rowid FROM (SELECT s.rowid AS rowid, %1 AS hit FROM stories s "
            "ORDER BY s.date DESC, s.rowid DESC LIMIT :walk) WHERE hit LIMIT :limit OFFSET :offset")
            .arg(SearchSql::probe(m_query)));
    SearchSql::bindAll(
        statement, m_query,
        {{":walk", qint64(m_limits.walk)}, {":limit", qint64(limit)}, {":offset", qint64(offset)}});
    QList<qint64> rowids;
    while (statement.step())
        rowids.append(statement.int64(0));
    return rowids;
}

QList<qint64> FieldSearch::setPage(int limit, int offset)
{
    // A few stories are sought and sorted by date; more are found by walking the date index newest
    // first, checking each against the set (read once), until the page is full.
    const bool seek = m_total >= 0 && m_total <= seekLimit;
    const QString from =
        m_setRead ? QStringLiteral("FROM stories s WHERE %1s.rowid IN (SELECT value FROM json_each(:set))")
                        .arg(seek ? QString() : QStringLiteral("+"))
                  : SearchSql::storiesFromWhere(m_query, seek);
    Statement statement = m_db.prepare(
        QStringLiteral("SELECT s.rowid %1 ORDER BY s.date DESC, s.rowid DESC LIMIT :limit OFFSET :offset")
            .arg(from));
    SearchSql::bindAll(
        statement, m_query,
        {{":limit", qint64(limit)}, {":offset", qint64(offset)}, {":set", SearchSql::jsonList(m_set)}});
    QList<qint64> rowids;
    while (statement.step())
        rowids.append(statement.int64(0));
    return rowids;
}

void FieldSearch::addDetails(const QList<qint64>& rowids, bool snippets, SearchResult& result)
{
    if (rowids.isEmpty())
        return;
    Statement statement =
        m_db.prepare(QStringLiteral("SELECT s.rowid, s.id, s.title, s.date, %1 FROM stories s "
                                    "WHERE s.rowid IN (SELECT value FROM json_each(:rowids))")
                         .arg(SearchSql::leadColumn(snippets)));
    statement.bind(":rowids", SearchSql::jsonList(rowids));
    const QHash<qint64, SearchHit> found = SearchSql::readHits(statement, snippets, SearchSql::Excerpt::Lead);
    for (qint64 rowid : rowids) {
        const auto it = found.constFind(rowid);
        if (it != found.constEnd())
            result.hits.append(*it);
    }
}

QString FieldSearch::sampleSql() const
{
    if (m_walkedSample)
        return QStringLiteral("SELECT value AS rowid FROM json_each(:sample)");
    return QStringLiteral("SELECT s.rowid AS rowid %1 ORDER BY s.rowid DESC LIMIT :sampleSize")
        .arg(SearchSql::storiesFromWhere(m_query, true));
}

SearchSql::Bindings FieldSearch::sampleBindings() const
{
    if (m_walkedSample)
        return {{":sample", SearchSql::jsonList(m_sample)}};
    return {{":sampleSize", qint64(m_limits.facetSample > 0 ? m_limits.facetSample : -1)}};
}

QList<qint64> FieldSearch::orderedRowids()
{
    Statement statement = m_db.prepare(QStringLiteral("SELECT s.rowid %1 ORDER BY s.date DESC, s.rowid DESC")
                                           .arg(SearchSql::storiesFromWhere(m_query, false)));
    SearchSql::bindAll(statement, m_query);
    QList<qint64> rowids;
    while (statement.step())
        rowids.append(statement.int64(0));
    return rowids;
}

} // namespace ws
