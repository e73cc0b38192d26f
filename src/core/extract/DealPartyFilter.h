#pragma once

#include "extract/MentionIndex.h"
#include "extract/TextAnalysis.h"
#include "model/Extraction.h"

namespace ws {

// Names in a deal's sentence that take no part in it, and deal words that tell no deal without a
// party of the right kind. Read from the tokens around a mention: who reports ("AP - ...",
// "SHANGHAI (Reuters) - ..."), what a place only qualifies ("access to US chipmaking equipment"),
// and whether a ban stops trade ("a ban on chip exports", not "a ban on gay marriage").
class DealPartyFilter
{
public:
    DealPartyFilter(const TextAnalysis& text, const MentionIndex& mentions) : t(text), m(mentions) {}

    // A wire's credit or a dateline's city opening the text: "AP - The Colorado Avalanche signed
    // ...", "VIENNA (AFP) - ...".
    bool isCredit(int mention) const;
    // A place before a noun qualifies it: "access to US chipmaking equipment" (but "sanctions on
    // Russia over ..." name Russia).
    bool qualifiesNoun(int mention) const;
    // Whether a ban or restriction told in `sentence` stops trade: it names a target (a party of
    // `deal` with that role), a technology or product, or a trade object ("exports", "chips").
    bool stopsTrade(const Sentence& sentence, const Deal& deal) const;

private:
    const TextAnalysis& t;
    const MentionIndex& m;
};

} // namespace ws
