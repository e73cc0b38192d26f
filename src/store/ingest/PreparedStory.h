#pragma once

#include "ingest/EntityNames.h"
#include "model/Extraction.h"
#include "search/TokenRecording.h"

namespace ws {

class Extractor;
struct Story;

// What the import's workers work out for a story before the writer thread stores it: its title and
// body in UTF-8, tokenized for the full-text index, and (when the import extracts) what the extractor
// read. Everything here is pure work on the story alone, so it runs in parallel, off the writer.
struct PreparedStory
{
    TokenRecording title;
    TokenRecording body;
    Extraction extraction; // empty without an extractor
    QList<EntityNames> entityNames; // EntityNames::of() each extracted entity

    static PreparedStory prepare(const Story& story, const Extractor* extractor);
};

} // namespace ws
