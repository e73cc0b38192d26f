#include "search/WordSearch.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <QHash>
#include <algorithm>

namespace ws {

void WordSearch::measure(SearchResult& result)
{
    // Newest first; one row past the counting limit tells that there are more.
    const int cap = m_limits.exactCount > 0
                        ? std::max({m_limits.exactCount, m_limits.rankCandidates, m_limits.facetSample})
                        : -1;
    Statement matches =
        m_db.prepare(QStringLiteral("SELECT story_fts.rowid %1 ORDER BY story_fts.rowid DESC LIMIT :cap")
                         .arg(SearchSql::matchFromWhere(m_query, false)));
    SearchSql::bindAll(matches, m_query, {{":cap", qint64(cap < 0 ? -1 : cap + 1)}});
    int counted = 0;
    qint64 oldest = 0;
    bool more = false;
    while (matches.step()) {
        if (counted == cap) {
            more = true;
            break;
        }
        oldest = matches.int64(0);
        ++counted;
        if (m_limits.facetSample <= 0 || counted <= m_limits.facetSample)
            m_sample.append(oldest);
        if (counted == m_limits.rankCandidates)
            m_rankFloor = oldest;
        if (counted == m_limits.facetSample)
            m_sampleFloor = oldest;
    }
    const bool allRanked = m_limits.rankCandidates <= 0 || (!more && counted <= m_limits.rankCandidates);
    if (allRanked)
        m_rankFloor = 0;
    if (m_limits.facetSample <= 0 || (!more && counted <= m_limits.facetSample))
        m_sampleFloor = 0;
    m_candidates = allRanked ? counted : m_limits.rankCandidates;
    result.total = more ? estimateTotal(m_db, counted, oldest) : counted;
    result.totalIsEstimate = more;
    result.ranked = m_candidates;
    result.rankedAll = allRanked;
    result.facetsAreSample = m_sampleFloor > 0;
}

void WordSearch::page(int limit, int offset, bool snippets, SearchResult& result)
{
    if (offset < m_candidates)
        rankedPage(std::min(limit, m_candidates - offset), offset, snippets, result);
    const int shown = int(result.hits.size());
    if (m_rankFloor > 0 && shown < limit)
        olderPage(limit - shown, std::max(0, offset - m_candidates), snippets, result);
}

void WordSearch::rankedPage(int limit, int offset, bool snippets, SearchResult& result)
{
    const SearchSql::Bindings bindings{
        {":floor", m_rankFloor}, {":limit", qint64(limit)}, {":offset", qint64(offset)}};
    // A score column, not FTS5's own ORDER BY rank: that would score every match in the range before
    // a filter drops most, and it leaves the order of equal scores open (here: newest first).
    Statement statement =
        m_db.prepare(QStringLiteral("SELECT story_fts.rowid, %1 AS score %2 AND story_fts.rowid >= :floor "
                                    "ORDER BY score, story_fts.rowid DESC LIMIT :limit OFFSET :offset")
                         .arg(SearchSql::rankCall(), SearchSql::matchFromWhere(m_query, false)));
    SearchSql::bindAll(statement, m_query, bindings);
    QList<std::pair<qint64, double>> ranked;
    while (statement.step())
        ranked.append({statement.int64(0), -statement.real(1)});
    addDetails(std::move(ranked), snippets, result);
}

void WordSearch::addDetails(QList<std::pair<qint64, double>> ranked, bool snippets, SearchResult& result)
{
    if (ranked.isEmpty())
        return;
    // One pass over the page's rowid range (a prefix query expands its terms once per pass, so one
    // lookup per row would cost a page of expansions); the + keeps the list out of FTS5's hands.
    QList<qint64> rowids;
    qint64 low = ranked.front().first;
    qint64 high = low;
    for (const auto& [rowid, score] : ranked) {
        rowids.append(rowid);
        low = std::min(low, rowid);
        high = std::max(high, rowid);
    }
    Statement statement = m_db.prepare(
        QStringLiteral(
            "SELECT s.rowid, s.id, s.title, s.date, %1 FROM story_fts JOIN stories s ON s.rowid = "
            "story_fts.rowid WHERE story_fts MATCH :match AND story_fts.rowid BETWEEN :low AND :high "
            "AND +story_fts.rowid IN (SELECT value FROM json_each(:rowids))")
            .arg(SearchSql::snippetCall(snippets)));
    SearchSql::bindAll(statement, m_query,
                       {{":low", low}, {":high", high}, {":rowids", SearchSql::jsonList(rowids)}});
    const QHash<qint64, SearchHit> found = SearchSql::readHits(statement, snippets, SearchSql::Excerpt::Snippet);
    for (const auto& [rowid, score] : ranked) {
        const auto it = found.constFind(rowid);
        if (it == found.constEnd())
            continue; // deleted since it was ranked
        SearchHit hit = *it;
        hit.score = score;
        result.hits.append(hit);
    }
}

void WordSearch::olderPage(int limit, int offset, bool snippets, SearchResult& result)
{
    Statement statement = m_db.prepare(
        QStringLiteral("SELECT s.rowid, s.id, s.title, s.date, %1, %2 %3 AND story_fts.rowid < :floor "
                       "ORDER BY story_fts.rowid DESC LIMIT :limit OFFSET :offset")
            .arg(SearchSql::rankCall(), SearchSql::snippetCall(snippets),
                 SearchSql::matchFromWhere(m_query, true)));
    SearchSql::bindAll(statement, m_query,
                       {{":floor", m_rankFloor}, {":limit", qint64(limit)}, {":offset", qint64(offset)}});
    while (statement.step()) {
        SearchHit hit{statement.text(1), statement.int64(0), statement.text(2), statement.text(3),
                      -statement.real(4)};
        if (snippets)
            SearchSql::fillSnippet(hit, statement.text(5));
        result.hits.append(hit);
    }
}

QString WordSearch::sampleSql() const
{
    return QStringLiteral("SELECT value AS rowid FROM json_each(:sample)");
}

SearchSql::Bindings WordSearch::sampleBindings() const
{
    return {{":sample", SearchSql::jsonList(m_sample)}};
}

QList<qint64> WordSearch::orderedRowids()
{
    QList<qint64> rowids;
    Statement ranked =
        m_db.prepare(QStringLiteral("SELECT story_fts.rowid, %1 AS score %2 AND story_fts.rowid >= "
                                    ":floor ORDER BY score, story_fts.rowid DESC")
                         .arg(SearchSql::rankCall(), SearchSql::matchFromWhere(m_query, false)));
    SearchSql::bindAll(ranked, m_query, {{":floor", m_rankFloor}});
    while (ranked.step())
        rowids.append(ranked.int64(0));
    if (m_rankFloor <= 0)
        return rowids;
    Statement older = m_db.prepare(QStringLiteral("SELECT story_fts.rowid %1 AND story_fts.rowid < :floor "
                                                  "ORDER BY story_fts.rowid DESC")
                                       .arg(SearchSql::matchFromWhere(m_query, false)));
    SearchSql::bindAll(older, m_query, {{":floor", m_rankFloor}});
    while (older.step())
        rowids.append(older.int64(0));
    return rowids;
}

} // namespace ws
