#pragma once

#include "extract/TextAnalysis.h"

#include <QString>

namespace ws {

// The small readings a deal needs from its sentence: status cues, time expressions, business
// nouns, prepositions.
class DealCues
{
public:
    // "considered", "planned", "completed", "announced" or empty, from the words before the
    // trigger (`from` .. `trigger`) and just after it.
    static QString status(const TextAnalysis& text, int from, int trigger, int triggerEnd, int limit);
    // The first time expression of the sentence ("this month", "in mid-2026", "on Jan. 10").
    static QString timeExpression(QStringView sentence);
    // Whether a token is a word for what companies buy and sell: unit, stake, shares, business...
    static bool isBusinessNoun(quint64 hash);
    // Shares, bonds, notes...: bought and sold every day without a company changing hands; also
    // goods (tonnes, barrels, aircraft).
    static bool isSecurity(quint64 hash);
    // not, no, never, rejected...: the deal is denied.
    static bool isNegation(quint64 hash);
    // despite, amid, in the face of, comply with...: a restriction mentioned as background, not imposed.
    static bool isBackground(quint64 hash);
    // CEO, chairman, founder, analyst...: a person with one of these speaks for a business, not a state.
    static bool isBusinessTitle(quint64 hash);
    static bool isPreposition(quint64 hash);
    static bool isDeterminer(quint64 hash);
    // "it", "the company", "the firm": a subject that refers back.
    static int pronounSubjectBefore(const TextAnalysis& text, int from, int trigger);
    // Whether the money at char offset `end` is a price per unit ("20 dlrs a share").
    static bool isUnitPrice(QStringView text, int end);
};

} // namespace ws
