#pragma once

#include "extract/EntityCandidate.h"
#include "extract/Gazetteer.h"
#include "extract/TextAnalysis.h"
#include "model/Extraction.h"

#include <QList>

namespace ws {

// The entities of one story and where each is mentioned, with the token range of each mention
// (mentions[i] spans tokens mentionTokens[i]).
struct StoryEntities
{
    QList<ExtractedEntity> entities;
    QList<Mention> mentions;
    QList<std::pair<int, int>> mentionTokens;
    QList<int> gazetteerEntry; // per entity, -1 when unlisted
};

// Groups the candidates of a story into entities: `Nvidia Corp` and `Nvidia` are one (same key),
// `TSMC`, `Taiwan Semiconductor Manufacturing Co` and `台積電` are one (gazetteer entry or gloss),
// and once a story has named `Innotron Memory` or `Jensen Huang`, a later `Innotron` or `Huang`
// is the same entity. Gives each entity its canonical name, key and aliases.
class MentionResolver
{
public:
    explicit MentionResolver(const Gazetteer& gazetteer) : m_gazetteer(gazetteer) {}

    StoryEntities resolve(const TextAnalysis& text, const QList<EntityCandidate>& candidates) const;

private:
    const Gazetteer& m_gazetteer;
};

} // namespace ws
