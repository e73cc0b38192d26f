#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace ws {

// What a note is attached to. A passage note keeps its quote and offsets, a story note the story,
// an entity note the entity's (type, key) identity (ids change on re-extraction, keys do not), a
// deal note its story and evidence sentence.
enum class NoteKind
{
    Passage,
    Story,
    Entity,
    Deal
};

QString noteKindName(NoteKind kind); // passage, story, entity, deal

// Where a new note goes: build one with the factory matching the kind.
struct NoteTarget
{
    QString storyId; // content id (stories.id); empty for an entity note
    QString quote;   // passage text or deal evidence
    int start = -1;  // UTF-16 offsets into Extraction::textOf(title, body); -1: find the quote
    int end = -1;
    QString entityType;   // entity notes: entityTypeName()
    QString entityKey;    // entity notes: the entity's key
    QString entityName;   // entity notes: the name shown when the entity is gone
    QString dealEvidence; // deal notes: the evidence sentence

    static NoteTarget story(const QString& storyId);
    static NoteTarget passage(const QString& storyId, const QString& quote, int start = -1, int end = -1);
    static NoteTarget entity(const QString& type, const QString& key, const QString& name);
    static NoteTarget deal(const QString& storyId, const QString& evidence, int start = -1, int end = -1);
    NoteKind kind() const;
};

// What the analyst's note cited when it was written: kept with the note so that a note whose story
// left the corpus still says where it came from.
struct NoteCitation
{
    QString title;
    QString source; // "path:12-18", or the URL, or the path
    QString date;
    QString url;

    bool isEmpty() const { return title.isEmpty() && source.isEmpty() && date.isEmpty() && url.isEmpty(); }
    // "path:12-18" where the story has lines, else the URL, else the path.
    static QString formatSource(const QString& path, int lineStart, int lineEnd, const QString& url);
};

// One note as stored. Times are ISO 8601 UTC with milliseconds.
struct Note
{
    qint64 id = 0;
    NoteTarget target;
    QString body; // plain text with simple Markdown
    QStringList tags;
    QString created;
    QString edited;
    NoteCitation cited; // snapshot taken when the note was added

    NoteKind kind() const { return target.kind(); }
};

// Tags as stored: trimmed, empty ones dropped, the same tag in another case kept once.
QStringList normalizedTags(const QStringList& tags);

} // namespace ws
