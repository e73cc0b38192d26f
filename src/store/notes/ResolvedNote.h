#pragma once

#include "notes/Note.h"
#include "notes/NoteAnchor.h"

namespace ws {

// A note with its anchor found in the corpus as it is now. The note itself is never changed by
// resolving: a moved passage, a story found again under a new id, a detached note are all facts
// about the corpus, recomputed on every read.
struct ResolvedNote
{
    Note note;
    AnchorStatus status = AnchorStatus::Detached;
    bool relocated = false; // the passage was found in another story (the noted one is gone)
    QString storyId;        // the story the note is on now (the stored one when detached)
    qint64 storyRowid = 0;  // 0 when no stored story holds the note
    int start = -1;         // the passage (or deal evidence) in that story's text; -1 when none
    int end = -1;
    NoteCitation citation; // the story as it is now, else what the note cited when written
    QString entityName;    // entity notes: the entity's name now (or as written)
    qint64 entityId = 0;   // entity notes: the entity's id now; 0 when extraction no longer finds it
    qint64 dealId = 0;     // deal notes: the deal read from the same evidence now; 0 when none

    bool isDetached() const { return status == AnchorStatus::Detached; }
    // One line naming what the note is on: the story title, "Company: TSMC", "Deal (investment): …".
    QString anchorLabel() const;
    // The citation as one plain line: "Title", source, date (empty for an entity note).
    QString citationLine() const;
    // What happened to the anchor, for a reader of an export; empty when it is where it was written.
    QString anchorRemark() const;
};

} // namespace ws
