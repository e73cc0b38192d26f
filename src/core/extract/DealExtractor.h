#pragma once

#include "extract/DealLexicon.h"
#include "extract/MentionResolver.h"
#include "extract/TextAnalysis.h"
#include "model/Extraction.h"

#include <QList>
#include <memory>
#include <vector>

namespace ws {

// Reads typed deals from the sentences of a story: a trigger word (data/extract/deal-triggers.tsv)
// gives the kind; the clause subject, the object and prepositional phrases give the parties and
// their roles; modal and tense cues give the status ("is to" planned, "weighing" considered,
// "completed" completed, "agreed to" announced); the sentence gives the amount, time expression and
// place. A deal told over two adjacent sentences (same kind, a shared party) is one deal.
class DealExtractor
{
public:
    explicit DealExtractor(std::shared_ptr<const DealLexicon> lexicon);

    // `blocked` marks tokens (kicker labels) no trigger is read from; may be empty.
    QList<Deal> extract(const TextAnalysis& text, const StoryEntities& entities,
                        const QList<MoneyAmount>& amounts, const std::vector<char>& blocked = {}) const;

private:
    std::shared_ptr<const DealLexicon> m_lexicon;
};

} // namespace ws
