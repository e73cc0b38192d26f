#include "extract/Extractor.h"

#include "extract/MentionResolver.h"
#include "extract/NameRuns.h"
#include "extract/RelationFinder.h"
#include "extract/TextAnalysis.h"

namespace ws {

Extractor::Extractor() : Extractor(Gazetteer::shared()) {}

Extractor::Extractor(std::shared_ptr<const Gazetteer> gazetteer, std::shared_ptr<const DealLexicon> triggers)
    : m_gazetteer(std::move(gazetteer)), m_recognizer(m_gazetteer), m_money(m_gazetteer->currencies()),
      m_deals(std::move(triggers))
{
}

const Extractor& Extractor::shared()
{
    static const Extractor instance;
    return instance;
}

Extraction Extractor::extract(const QString& title, const QString& body) const
{
    const TextAnalysis text(Extraction::textOf(title, body));
    const NameRuns runs(text);
    const QList<EntityCandidate> candidates = m_recognizer.recognize(text, runs);
    StoryEntities story = MentionResolver(*m_gazetteer).resolve(text, candidates);

    Extraction extraction;
    extraction.amounts = m_money.parse(text.text(), text.tokens());
    extraction.relations = RelationFinder::find(text, story);
    extraction.deals = m_deals.extract(text, story, extraction.amounts, runs.kickers());
    for (const Relation& relation : std::as_const(extraction.relations)) {
        ExtractedEntity& child = story.entities[relation.object];
        if (relation.relation == QLatin1String("parent_of") && child.parent.isEmpty())
            child.parent = story.entities[relation.subject].name;
    }
    extraction.entities = std::move(story.entities);
    extraction.mentions = std::move(story.mentions);
    return extraction;
}

} // namespace ws
