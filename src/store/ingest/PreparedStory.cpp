#include "ingest/PreparedStory.h"

#include "extract/Extractor.h"
#include "ingest/ExtractionWriter.h"
#include "model/Story.h"

namespace ws {

PreparedStory PreparedStory::prepare(const Story& story, const Extractor* extractor)
{
    PreparedStory prepared;
    prepared.title = TokenRecording::record(story.title.toUtf8());
    prepared.body = TokenRecording::record(story.body.toUtf8());
    if (extractor) {
        prepared.extraction = extractor->extract(story);
        prepared.entityNameHashes.reserve(prepared.extraction.entities.size());
        for (const ExtractedEntity& entity : std::as_const(prepared.extraction.entities))
            prepared.entityNameHashes.append(ExtractionWriter::namesHashOf(entity));
    }
    return prepared;
}

} // namespace ws
