#pragma once

struct sqlite3;
struct fts5_api;

namespace ws {

// FTS5's extension interface on a connection (where custom tokenizers and auxiliary functions are
// registered), or null when the SQLite library has no FTS5.
fts5_api* fts5ApiOf(sqlite3* db);

} // namespace ws
