#pragma once

#include "extract/DealLexicon.h"
#include "extract/MentionIndex.h"
#include "extract/TextAnalysis.h"

namespace ws {

// Whether an acquisition word is about a particular outside business. Not when its object is a kind
// of business in general ("structured to acquire operating companies and assets", "proceeds for
// the acquisition of additional facilities"), nor when a group only merges its own units ("will
// merge with two other Acme units", "the merger of its two subsidiaries"): a reorganisation.
class DealTargets
{
public:
    DealTargets(const TextAnalysis& text, const MentionIndex& mentions);

    // "generic", "internal" or empty for the trigger at tokens [first, end), looking no further than
    // `limit`.
    QString notParticular(const DealTrigger& trigger, int first, int end, int limit) const;

private:
    bool kindInGeneral(const DealTrigger& trigger, int end, int limit) const;
    bool ownUnits(const DealTrigger& trigger, int end, int limit) const;
    bool unitNoun(int k) const;

    const TextAnalysis& t;
    const MentionIndex& m;
};

} // namespace ws
