#pragma once

#include "extract/MentionIndex.h"
#include "extract/TextAnalysis.h"

namespace ws {

// What the words of a deal word's object are (DealObjects): a stake or debt, goods or a business,
// offering units, a ticker, a change or a clause that ends the object.
class DealObjectWords
{
public:
    DealObjectWords(const TextAnalysis& text, const MentionIndex& mentions);

    // Whether the word at k only qualifies a noun of the other class: a business word before
    // securities ("13 pct notes"), with `business`, or goods before a business word ("oil and gas
    // operations").
    bool qualifies(int k, int limit, bool business) const;
    bool goodsLine(int k) const;
    bool endsObject(int k, int end, int limit) const;
    bool shareOfGoods(int k, int limit) const;
    bool newIssue(int k) const;
    bool securityUnits(int k) const;
    int pastTicker(int k, int limit) const;
    bool ownedGoods(int from, int limit) const;
    static bool isDebt(quint64 hash);
    static bool isEquityWord(quint64 hash);

private:
    const TextAnalysis& t;
    const MentionIndex& m;
};

} // namespace ws
