#include "extract/MentionIndex.h"

namespace ws {

MentionIndex::MentionIndex(const TextAnalysis& text, const StoryEntities& entities)
    : m_text(text), m_story(entities), m_at(text.size(), -1)
{
    for (int m = 0; m < entities.mentionTokens.size(); ++m) {
        for (int k = entities.mentionTokens[m].first; k < entities.mentionTokens[m].second; ++k)
            m_at[k] = m;
    }
}

int MentionIndex::soonAfter(int from, int limit, int reach) const
{
    for (int k = from; k < qMin(limit, from + reach); ++k) {
        if (at(k) >= 0)
            return at(k);
        if (m_text.isPunct(k, u',') || m_text.isPunct(k, u';') || m_text.isPunct(k, u'.'))
            return -1;
    }
    return -1;
}

} // namespace ws
