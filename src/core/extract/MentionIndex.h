#pragma once

#include "extract/MentionResolver.h"
#include "extract/TextAnalysis.h"

#include <vector>

namespace ws {

// Which mention covers each token of a story, for readers that walk tokens (deals, relations).
class MentionIndex
{
public:
    MentionIndex(const TextAnalysis& text, const StoryEntities& entities);

    const StoryEntities& story() const { return m_story; }
    int at(int token) const { return token >= 0 && token < int(m_at.size()) ? m_at[token] : -1; }
    int first(int mention) const { return m_story.mentionTokens[mention].first; }
    int end(int mention) const { return m_story.mentionTokens[mention].second; }
    int entity(int mention) const { return m_story.mentions[mention].entity; }
    EntityType type(int mention) const { return m_story.entities[entity(mention)].type; }
    // A mention starting within `reach` tokens from `from` (before `limit`), not past a comma,
    // semicolon or full stop; -1 when none.
    int soonAfter(int from, int limit, int reach) const;

private:
    const TextAnalysis& m_text;
    const StoryEntities& m_story;
    std::vector<int> m_at;
};

} // namespace ws
