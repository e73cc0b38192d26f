#pragma once

#include "extract/DealLexicon.h"
#include "extract/TextAnalysis.h"

#include <QString>

namespace ws {

// Whether an acquisition word is about securities changing hands rather than a company: an
// offering ("through underwriters", "in a public offering", "sold privately 24 units"), the
// triggering event of a shareholder-rights plan ("the rights become exercisable if a person
// acquires 20 pct"), or a stock's price ("the stock is selling at 48 pct of asset value").
class DealSecurities
{
public:
    explicit DealSecurities(const TextAnalysis& text);

    // "offering", "rights plan", "stock price" or empty for the trigger at tokens [first, end) in a
    // sentence starting at `floor`.
    QString reason(const DealTrigger& trigger, int first, int end, int floor) const;

private:
    bool offering(const DealTrigger& trigger, int first, int end, int floor) const;
    bool rightsCondition(int first, int floor) const;
    bool stockPrice(const DealTrigger& trigger, int end) const;

    const TextAnalysis& t;
};

} // namespace ws
