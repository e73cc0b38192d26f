#pragma once

#include "extract/DealBackground.h"
#include "extract/DealLexicon.h"
#include "extract/DealSecurities.h"
#include "extract/DealTargets.h"
#include "extract/MentionIndex.h"
#include "extract/TextAnalysis.h"
#include "model/Extraction.h"

#include <QList>

namespace ws {

// Whether an acquisition word reports a deal, or only names one in passing or in general. A careful
// reader of business news does not count as a new acquisition:
//   - a deal already known, named to explain a figure, frame another event, describe a company, or
//     dated in an earlier year (DealBackground);
//   - the word in general: "possible acquisitions", "to acquire and operate hotels", "heavy buying";
//   - a holding stated, not taken: "Beta, which owns a 20 pct stake in Gamma";
//   - securities or goods sold in the passive: "the notes will be sold through underwriters";
//   - securities placed in an offering, a rights plan's trigger, a stock's price (DealSecurities);
//   - a kind of business in general, or a group's own units merged (DealTargets).
// Everything here looks at a few tokens around the trigger: no pattern is compiled per story.
class DealContext
{
public:
    DealContext(const TextAnalysis& text, const MentionIndex& mentions, const QList<MoneyAmount>& amounts);

    // The reason the acquisition trigger at tokens [first, end) in a sentence starting at `floor`
    // reports no new deal ("background", "history", "generic", "holding", "goods", ...), or empty
    // when it may.
    QString notADeal(const DealTrigger& trigger, int first, int end, int floor) const;
    // In the passive, what changes hands is the subject: 1 when it is a company or a business
    // ("three of its banks will be merged"), -1 when securities or goods ("the notes will be
    // sold"), 0 when the trigger is no passive or the subject says neither.
    int passiveSubject(const DealTrigger& trigger, int first, int floor) const;

private:
    bool general(const DealTrigger& trigger, int first, int end, int floor) const;
    bool holding(const DealTrigger& trigger, int first, int floor) const;

    const TextAnalysis& t;
    const MentionIndex& m;
    const DealBackground background;
    const DealSecurities securities;
    const DealTargets targets;
};

} // namespace ws
