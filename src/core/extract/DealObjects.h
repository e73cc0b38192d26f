#pragma once

#include "extract/DealLexicon.h"
#include "extract/DealObjectWords.h"
#include "extract/MentionIndex.h"
#include "extract/TextAnalysis.h"

#include <utility>

namespace ws {

// What a deal word acts on: whether an acquisition word's object is something companies buy and
// sell, and, on wire headlines in capitals (whose names have no case to go by), which words stand
// for the parties.
class DealObjects
{
public:
    DealObjects(const TextAnalysis& text, const MentionIndex& mentions);

    // Whether the trigger at tokens [first, end) acts on a company, unit, stake or assets (not on
    // securities or goods), looking no further than `limit`. When the object is shares of a named
    // company ("shares of Gamma"), *stakeOwner gets that company's mention.
    bool businessObject(const DealTrigger& trigger, int first, int end, int limit,
                        int* stakeOwner = nullptr) const;
    // "acquisition", "takeover", "sale of": a noun, whose object may stand before it.
    static bool isNoun(const DealTrigger& trigger);
    // "acquired", "sold", "bought by": a participle or past tense.
    static bool isPastTense(const DealTrigger& trigger);

    bool isHeadline(const Sentence& sentence) const;
    // The words of a name in a headline from token `from`: [first, end), empty when none.
    std::pair<int, int> headlineName(int from, int limit, bool subject) const;
    // Whether headline words name a company.
    bool headlineCompany(std::pair<int, int> span) const;

private:
    int objectStart(const DealTrigger& trigger, int end, int limit) const;
    bool partyPreposition(const DealTrigger& trigger, int k) const;
    int partyPhraseEnd(int from, int limit) const;

    const TextAnalysis& t;
    const MentionIndex& m;
    const DealObjectWords words;
};

} // namespace ws
