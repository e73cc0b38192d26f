#pragma once

#include "repo/CorpusRecords.h"

#include <functional>
#include <optional>

namespace ws {

class Database;

// Lists the corpus as the command line reports it: stories, entities with aliases and counts,
// deals with parties and amounts. Streams through a callback so a million rows need no list.
class CorpusRepository
{
public:
    explicit CorpusRepository(Database& db) : m_db(db) {}

    void forEachStory(const std::function<void(const StoryRecord&)>& visit) const;
    void forEachEntity(std::optional<EntityType> type, const std::function<void(const EntityRecord&)>& visit) const;
    void forEachDeal(const std::function<void(const DealRecord&)>& visit) const;
    int storyCount() const;

private:
    Database& m_db;
};

} // namespace ws
