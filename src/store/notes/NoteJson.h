#pragma once

#include "notes/ResolvedNote.h"

#include <QJsonObject>

namespace ws {

// A note as JSON, for `notes list --json` and the JSON export (fields are only ever added):
// {id, kind, story, quote, start, end, body, tags, created, edited, anchor, relocated,
//  stored: {story, start, end}, citation: {title, source, date, url}, entity?: {type, key, name, id},
//  deal?: {evidence, id}}. story/start/end are where the note is now; stored is where it was written.
class NoteJson
{
public:
    static QJsonObject note(const ResolvedNote& resolved);
};

} // namespace ws
