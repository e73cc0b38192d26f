#pragma once

#include "extract/DealExtractor.h"
#include "extract/DealLexicon.h"
#include "extract/EntityRecognizer.h"
#include "extract/Gazetteer.h"
#include "extract/MoneyParser.h"
#include "model/Extraction.h"
#include "model/Story.h"

#include <memory>

namespace ws {

// Reads a story: entities with their mentions, sums of money, deals and parent links. Immutable
// after construction, so one instance serves every thread of a worker pool (the gazetteer and
// lexicons are loaded once and shared).
class Extractor
{
public:
    // Uses the shared gazetteer (data/gazetteer) and deal triggers (data/extract).
    Extractor();
    explicit Extractor(std::shared_ptr<const Gazetteer> gazetteer,
                       std::shared_ptr<const DealLexicon> triggers = DealLexicon::shared());
    // The process-wide extractor over the shared data.
    static const Extractor& shared();

    // Offsets refer to Extraction::textOf(title, body).
    Extraction extract(const QString& title, const QString& body) const;
    Extraction extract(const Story& story) const { return extract(story.title, story.body); }

    const Gazetteer& gazetteer() const { return *m_gazetteer; }

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
    EntityRecognizer m_recognizer;
    MoneyParser m_money;
    DealExtractor m_deals;
};

} // namespace ws
