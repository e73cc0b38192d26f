#pragma once

#include "search/SearchPlan.h"

namespace ws {

// A query without words that rank (fields, exclusions, words under OR with fields): newest first by
// date, every match. Large sets are found by walking stories newest first and probing each against
// the filters, which stops as soon as enough are found; sparse sets (few among the newest) are read
// whole, which is then cheap.
class FieldSearch : public SearchPlan
{
public:
    using SearchPlan::SearchPlan;

    // Counts the matches (or estimates them) and fixes the facet sample: the newest matches by rowid.
    void measure(SearchResult& result) override;
    void page(int limit, int offset, bool snippets, SearchResult& result) override;
    QString sampleSql() const override;
    SearchSql::Bindings sampleBindings() const override;
    QList<qint64> orderedRowids() override;

private:
    // Up to this many stories are sought by rowid and sorted by date for a page.
    static constexpr int seekLimit = 2000;

    void finish(int total, bool walkedSample, SearchResult& result);
    int countUpTo(int cap);
    QList<qint64> walkedPage(int limit, int offset);
    QList<qint64> setPage(int limit, int offset);
    void addDetails(const QList<qint64>& rowids, bool snippets, SearchResult& result);

    QList<qint64> m_sample; // when the walk found the sample; else it is read from the set
    bool m_walkedSample = false;
    int m_total = -1;    // when counted exactly
    QList<qint64> m_set; // the whole set, newest first, when one field's set was read
    bool m_setRead = false;
};

} // namespace ws
