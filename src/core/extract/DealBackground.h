#pragma once

#include "extract/DealLexicon.h"
#include "extract/MentionIndex.h"
#include "extract/TextAnalysis.h"
#include "model/Extraction.h"

#include <QList>

namespace ws {

// Whether an acquisition word names a deal the reader already knows, as background, instead of
// reporting one:
//   - a deal that explains a figure, a debt or a rating: "a gain of 5 mln dlrs on the sale of its
//     unit", "as a result of its acquisition of", "financing costs of the acquisition", "net
//     excludes the sale of", "S and P cited the firm's tender offer to acquire";
//   - a deal that frames another event: "following its acquisition of", "a suit over the takeover of";
//   - a deal that says what a company is: "recently-acquired Gamma", "Gamma Corp, acquired by the
//     company in 1985,";
//   - a deal dated in an earlier year, history: "Beta's 1981 acquisition of Gamma", "bought Gamma
//     last year", "which it bought two years ago", "Beta's purchase of Gamma Oil Co in 1984".
// Like DealContext, it looks at a few tokens around the trigger.
class DealBackground
{
public:
    DealBackground(const TextAnalysis& text, const MentionIndex& mentions, const QList<MoneyAmount>& amounts);

    // "background" (a figure, a frame, a company described), "history" (an earlier year) or empty,
    // for the acquisition trigger at tokens [first, end) in a sentence starting at `floor`.
    QString reason(const DealTrigger& trigger, int first, int end, int floor) const;

private:
    bool namedInPassing(const DealTrigger& trigger, int first, int floor) const;
    int dealNounBefore(const DealTrigger& trigger, int first, int floor) const;
    bool framedBefore(int first, int floor, bool framingWords) const;
    bool describesCompany(const DealTrigger& trigger, int first, int floor) const;
    bool datedEarlier(const DealTrigger& trigger, int first, int end, int floor) const;
    bool datedAfterObject(int first, int end, int floor) const;
    bool year(int k) const;

    bool inAmount(int token) const;
    bool possessiveMark(int token) const;
    int skipBack(int k, int floor, bool amounts) const;

    const TextAnalysis& t;
    const MentionIndex& m;
    const QList<MoneyAmount>& amounts;
};

} // namespace ws
