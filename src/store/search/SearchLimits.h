#pragma once

#include <QtGlobal>

namespace ws {

class Database;

// How much of a large result a search reads (docs/SEARCH.md, "Large results"). Each limit bounds the
// work of one part of a search, so that its cost stops growing with the corpus; whatever is then
// counted or ordered from part of the result is flagged in SearchResult.
struct SearchLimits
{
    // Words: rank by score only the newest (highest rowid) matches; older ones follow, newest first.
    int rankCandidates = 2000;
    // Count exactly up to this many matches; above, the total is estimated.
    int exactCount = 20000;
    // Facets count the newest matches only.
    int facetSample = 500;
    // Fields only: stories probed newest first before the matching set is read whole.
    int walk = 20000;

    // 0 for any limit means none: every match ranked, counted and counted into facets.
    static constexpr SearchLimits exhaustive() { return {0, 0, 0, 20000}; }
};

// "About N" from the newest matches: `counted` matches were found among the stories with rowid from
// `oldestRowid` up, so the whole table holds about that density times its size. Two significant
// digits, never fewer than `counted`.
int estimateTotal(const Database& db, int counted, qint64 oldestRowid);

} // namespace ws
