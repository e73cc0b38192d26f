#pragma once

struct sqlite3;

namespace ws {

// Registers the FTS5 auxiliary function ws_rank(story_fts, title weight, body weight) on one
// connection. It is FTS5's bm25() (k1 = 1.2, b = 0.75, the same per-column weights, negated so that
// smaller is better) with one difference: bm25() learns each phrase's document frequency by walking
// every match of the phrase in the whole index once per query, which at a million stories costs more
// than ranking a page. ws_rank stops after `exactFrequencyCap` matches and estimates the rest from
// how far into the table (by rowid) that many matches reached. Below the cap its scores equal bm25()'s.
class RankFunction
{
public:
    static constexpr const char* name = "ws_rank";
    static constexpr long long exactFrequencyCap = 10000;

    static bool registerWith(sqlite3* db);
};

} // namespace ws
