#pragma once

#include "search/SearchPlan.h"

namespace ws {

// A query with words that rank. Its order is the ranking rule of docs/SEARCH.md: the newest
// `rankCandidates` matches (by rowid, the order stories were added) best first by ws_rank, then every
// older match newest first. FTS5 walks a match list by rowid from either end and stops early, so
// finding the candidates and counting the newest `exactCount` matches costs no more than reading
// them; only the candidates are scored.
class WordSearch : public SearchPlan
{
public:
    using SearchPlan::SearchPlan;

    // Counts the matches (or estimates beyond exactCount) and fixes the candidates and the sample;
    // fills total, totalIsEstimate, ranked and rankedAll. Run it before the rest.
    void measure(SearchResult& result) override;
    void page(int limit, int offset, bool snippets, SearchResult& result) override;
    // SELECT of the facet sample's rowids (a column named rowid) and its bindings.
    QString sampleSql() const override;
    SearchSql::Bindings sampleBindings() const override;
    // Every match in order.
    QList<qint64> orderedRowids() override;

private:
    void rankedPage(int limit, int offset, bool snippets, SearchResult& result);
    void addDetails(QList<std::pair<qint64, double>> ranked, bool snippets, SearchResult& result);
    void olderPage(int limit, int offset, bool snippets, SearchResult& result);

    qint64 m_rankFloor = 0;   // candidates: matches with rowid >= this
    qint64 m_sampleFloor = 0; // the facet sample: matches with rowid >= this
    QList<qint64> m_sample;   // its rowids, newest first
    int m_candidates = 0;
};

} // namespace ws
