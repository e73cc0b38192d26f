#pragma once

#include <atomic>
#include <functional>

namespace ws {

class Database;
class Extractor;

// Runs extraction again over every stored story (after a gazetteer change): drops what extraction
// wrote (entities, mentions, deals, relations) and writes it anew in batches, replaying the analyst's
// corrections. Notes and corrections are never touched.
class Reextractor
{
public:
    Reextractor(Database& db, const Extractor& extractor) : m_db(db), m_extractor(extractor) {}

    // Returns the number of stories read. onProgress(done, total) after each batch.
    int run(const std::function<void(int done, int total)>& onProgress = {}, const std::atomic_bool* cancelled = nullptr);

private:
    Database& m_db;
    const Extractor& m_extractor;
};

} // namespace ws
