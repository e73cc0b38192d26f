#pragma once

#include "model/Extraction.h"

#include <QList>

namespace ws {

// A deal as read from one sentence, before the deals a story tells over several are made one
// (DealMerger).
struct DraftDeal
{
    Deal deal;
    int firstSentence = 0;
    int lastSentence = 0;
    QList<int> partyMentions;
    bool weak = true; // read from weak triggers only ("the deal", "an agreement")
    bool needsTarget = true; // read only from words such as "ban" that need a target or a trade object
    int trigger = 0;  // the first token of its first trigger
};

} // namespace ws
