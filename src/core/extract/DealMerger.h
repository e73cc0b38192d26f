#pragma once

#include "extract/DealDraft.h"

namespace ws {

class DealReference;
class TextAnalysis;
struct StoryEntities;

// Makes one deal of a deal a story tells in several sentences: a deal of the same kind in the next
// sentence that shares a party is that deal, told on, and a later reference to a deal told before
// ("the deal would ...", DealReference) is that deal too.
class DealMerger
{
public:
    DealMerger(const TextAnalysis& text, const StoryEntities& entities, const DealReference& reference)
        : t(text), e(entities), reference(reference)
    {
    }

    // The story's deals, in the order they are first told.
    QList<Deal> merge(QList<DraftDeal>& drafts) const;

private:
    QList<DraftDeal> joinAdjacent(QList<DraftDeal>& drafts) const;
    QList<Deal> withoutReferences(QList<DraftDeal>& drafts) const;
    DraftDeal* referredTo(QList<DraftDeal>& told, const DraftDeal& draft) const;
    static bool shareParty(const Deal& a, const Deal& b);
    static bool isGeneric(const DraftDeal& d);

    const TextAnalysis& t;
    const StoryEntities& e;
    const DealReference& reference;
};

} // namespace ws
