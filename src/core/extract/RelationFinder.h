#pragma once

#include "extract/MentionResolver.h"
#include "extract/TextAnalysis.h"
#include "model/Extraction.h"

#include <QList>

namespace ws {

// Parent and subsidiary links written in the text: "X, the parent firm of ... Y", "Y, a unit of
// X", "X's subsidiary Y". Gives parent_of relations (subject = parent).
class RelationFinder
{
public:
    static QList<Relation> find(const TextAnalysis& text, const StoryEntities& entities);
};

} // namespace ws
