#pragma once

struct sqlite3;

namespace ws {

// Registers TextTokenizer with FTS5 on one connection under the name "wirescope" (the name the schema's
// story_fts table uses). Documents and queries go through the same tokenizer, so a Chinese query
// becomes a phrase of bigrams and "台積電" finds "台积电". Returns false if FTS5 is not available.
class FtsTokenizer
{
public:
    static constexpr const char* name = "wirescope";
    static bool registerWith(sqlite3* db);
};

} // namespace ws
