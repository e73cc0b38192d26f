#pragma once

#include "extract/EntityCandidate.h"
#include "extract/Gazetteer.h"
#include "extract/NameRuns.h"
#include "extract/TextAnalysis.h"

#include <QList>
#include <memory>

namespace ws {

// Finds the spans that name companies, organizations, people, places, technologies and products:
// gazetteer matches, plus patterns for names no list holds (corporate suffixes, organization
// words, glosses, acronym definitions, titles before names, company words beside names, "X-based",
// photo credits, wire brackets). Overlaps are settled longest first. Kicker labels, headline
// capitals, months, weekdays and sentence-initial words are not names.
class EntityRecognizer
{
public:
    explicit EntityRecognizer(std::shared_ptr<const Gazetteer> gazetteer);

    // Candidates in text order, none overlapping another.
    QList<EntityCandidate> recognize(const TextAnalysis& text, const NameRuns& runs) const;
    const Gazetteer& gazetteer() const { return *m_gazetteer; }

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
};

} // namespace ws
