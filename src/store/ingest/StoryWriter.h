#pragma once

#include "db/Statement.h"
#include "model/Story.h"

namespace ws {

class Database;
struct PreparedStory;

// Inserts a story row and its full-text entry (story_fts is an external-content table: the store
// keeps it in step with stories itself).
class StoryWriter
{
public:
    explicit StoryWriter(Database& db);
    // Returns the new rowid. With `prepared`, its UTF-8 title and body are stored and its recorded
    // tokens indexed (the same text and tokens, worked out on another thread).
    qint64 insert(const Story& story, qint64 importId, bool extracted, const PreparedStory* prepared = nullptr);

private:
    Database& m_db;
    Statement m_insertStory;
    Statement m_insertFts;
};

} // namespace ws
