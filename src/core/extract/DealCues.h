#pragma once

#include "extract/TextAnalysis.h"

#include <QString>

namespace ws {

// The small readings a deal needs from its sentence: status cues, word classes (business nouns,
// prepositions...), a subject that refers back, a price per unit. The vocabulary comes from
// data/extract (DealVocabulary); the grammar words (prepositions, determiners, be forms,
// negations...) are written here. (The time is TimeExpression's.)
class DealCues
{
public:
    // "considered", "planned", "completed", "announced" or empty, from the words before the
    // trigger (`from` .. `trigger`) and just after it.
    static QString status(const TextAnalysis& text, int from, int trigger, int triggerEnd, int limit);
    // "it", "the company", "the firm": a subject that refers back.
    static int pronounSubjectBefore(const TextAnalysis& text, int from, int trigger);
    // Whether the money at char offset `end` is a price per unit ("20 dlrs a share").
    static bool isUnitPrice(QStringView text, int end);

    enum WordClass
    {
        // Vocabulary, listed in data/extract/deal-words.tsv (DealVocabulary).
        BusinessNoun,  // unit, stake, shares, business...: what companies buy and sell
        Security,      // shares, bonds, notes...: bought and sold every day without a company changing
                       // hands; also goods (tonnes, barrels, aircraft)
        BusinessTitle, // CEO, chairman, founder, analyst...: a person with one of these speaks for a
                       // business, not a state
        Background,    // despite, amid, in the face of, comply with...: a restriction mentioned as
                       // background, not imposed
        TradeObject,   // exports, imports, shipments, chips, equipment...: what a trade ban or
                       // restriction stops

        // Vocabulary that tells a deal reported from one named in passing or in general (DealContext,
        // DealBackground).
        ResultNoun,     // gain, loss, proceeds, charge, costs, effect, result...: "a gain on the sale of"
        AccountingVerb, // includes, excludes, reflecting...: "net excludes the sale of"
        Modifier,       // proposed, recent, previously, announced, mln, dlr...: words inside "the
                        // previously announced 50 mln dlr sale of"
        AmountWord,     // or, a, per, share, cts, about...: the rest of "a gain of 5 mln dlrs, or 20 cts a
                        // share,"
        OwnershipVerb,  // owns, holds, has, with...: "which owns a 20 pct stake in" states a holding
        MarketModifier, // heavy, panic, institutional...: "heavy buying" is trading, not a deal
        DealNoun,       // agreement, proposal, talks, offer...: "merger agreement with" (after a noun
                        // trigger)
        Entitlement,    // warrants, options, rights, entitling...: "warrants to buy 100 shares" are
                        // securities
        Saying,         // said, says, according: a deal word's object does not reach past them
        Currency,       // dlrs, yen, marks...: a sum, never a stake
        Framing,        // following, since, to finance, cited...: "following its acquisition of" dates or
                        // explains another event by a deal already known
        FramingNoun,    // wake, review, suit, concern...: "a suit over the takeover of"

        // Grammar, written in DealCues.cpp.
        Negation,       // not, no, never, denied...: the deal is denied
        Preposition,    // of, from, with, to...
        Determiner,     // the, a, its, this...
        BeForm,         // is, are, was, be, being...: "the notes will be sold" (passive)
        Adverb,         // also, only, primarily, already...: between a be form and its participle
        NotCoordinated, // then, later, otherwise, said...: "sell or otherwise dispose of" is one act
        NumberWord,     // one, two, ..., dozen: "to five pct" is a quantity, not a party
        WordClassCount
    };
    static bool is(WordClass wordClass, quint64 hash);

    static bool isBusinessNoun(quint64 hash) { return is(BusinessNoun, hash); }
    static bool isSecurity(quint64 hash) { return is(Security, hash); }
    static bool isNegation(quint64 hash) { return is(Negation, hash); }
    static bool isBackground(quint64 hash) { return is(Background, hash); }
    static bool isBusinessTitle(quint64 hash) { return is(BusinessTitle, hash); }
    static bool isPreposition(quint64 hash) { return is(Preposition, hash); }
    static bool isDeterminer(quint64 hash) { return is(Determiner, hash); }
};

} // namespace ws
