#pragma once

#include "db/Statement.h"
#include "model/Story.h"

namespace ws {

class Database;

// Inserts a story row and its full-text entry (story_fts is an external-content table: the store
// keeps it in step with stories itself).
class StoryWriter
{
public:
    explicit StoryWriter(Database& db);
    // Returns the new rowid.
    qint64 insert(const Story& story, qint64 importId, bool extracted);

private:
    Database& m_db;
    Statement m_insertStory;
    Statement m_insertFts;
};

} // namespace ws
