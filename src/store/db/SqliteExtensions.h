#pragma once

struct sqlite3;

namespace ws {

// Registers on one connection what Wirescope's schema needs: the "wirescope" FTS5 tokenizer (ICU
// words, case and accent folding, CJK bigrams, traditional/simplified folding), the FTS5 ranking
// function ws_rank (search/RankFunction.h) and SQL functions.
// Called by Database for every connection it opens. Implemented in search/.
void registerSqliteExtensions(sqlite3* db);

} // namespace ws
