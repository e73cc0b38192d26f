#include "ingest/PreparedStory.h"

#include "extract/Extractor.h"
#include "model/Story.h"

namespace ws {

PreparedStory PreparedStory::prepare(const Story& story, const Extractor* extractor)
{
    PreparedStory prepared;
    prepared.title = TokenRecording::record(story.title.toUtf8());
    prepared.body = TokenRecording::record(story.body.toUtf8());
    if (extractor) {
        prepared.extraction = extractor->extract(story);
        prepared.entityNames.reserve(prepared.extraction.entities.size());
        for (const ExtractedEntity& entity : std::as_const(prepared.extraction.entities))
            prepared.entityNames.append(EntityNames::of(entity));
    }
    return prepared;
}

} // namespace ws
