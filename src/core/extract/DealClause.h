#pragma once

#include "extract/MentionIndex.h"
#include "extract/TextAnalysis.h"
#include "model/Extraction.h"

#include <QList>
#include <optional>

namespace ws {

// Where one deal's clause ends and another's begins inside a sentence. A sentence often carries two
// deals: "under which Nvidia intends to invest up to US$100 billion in OpenAI, and an agreement with
// AMD that could give OpenAI a stake in AMD". The sum, and the investment that buys a stake, belong
// to the deal word of their own clause.
class DealClause
{
public:
    // Whether a clause starts between tokens a and b (a < b): a semicolon, a relative pronoun
    // ("which", "that could", "under which"), or a comma before "and", "but", "while".
    static bool boundaryBetween(const TextAnalysis& text, int a, int b);
    // Where the clause of a deal word ending at token `end` ends: at a semicolon, the end of the
    // sentence, or the ", and" that starts the clause of the next deal word (at `nextDeal`):
    // "invest up to US$100 billion in OpenAI, and an agreement with AMD" makes AMD the agreement's
    // party, not the investment's.
    static int endOf(const TextAnalysis& text, const Sentence& sentence, int end, int nextDeal);
    // The subject of the deal word at `trigger` in its own clause, when the sentence's first party
    // (`subject`) stands in an earlier clause: the name just before the verb chain ("under which
    // Nvidia intends to invest"). Otherwise `subject` itself.
    static int clauseSubject(const TextAnalysis& text, const MentionIndex& mentions, int subject,
                             int trigger);
    // The sum of money a deal word at tokens [first, end) takes in its sentence: the first one after
    // it, else the nearest one before it in the same clause. Prices per unit are never the sum.
    static std::optional<MoneyAmount> amountFor(const TextAnalysis& text, const Sentence& sentence,
                                                const QList<MoneyAmount>& amounts, int first);
};

} // namespace ws
