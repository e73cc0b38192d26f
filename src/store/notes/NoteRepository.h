#pragma once

#include "notes/ResolvedNote.h"

#include <QSet>
#include <optional>

namespace ws {

class Database;

// Which notes a listing shows. Every part that is set must hold.
struct NoteFilter
{
    QString tag;  // notes with this tag (case-insensitive); empty: any
    QString text; // case-insensitive words in the body, quote, tags, story title or entity name
    // Notes on these stories (by the story they resolve to now); an entity note belongs when its
    // entity is mentioned in one of them. Unset: every note.
    std::optional<QSet<QString>> storyIds;
    // Notes on this entity (type name, key): its entity notes and the notes on stories mentioning it.
    std::optional<QPair<QString, QString>> entity;
};

// The analyst's notes: every change is written at once, in its own transaction. Nothing here
// deletes a note except remove(), which only an explicit user action calls. Errors are DbError with
// a message for the user.
class NoteRepository
{
public:
    explicit NoteRepository(Database& db) : m_db(db) {}

    // Adds a note. A passage without offsets (start < 0) is looked up in the story; a passage or story
    // note needs the story to exist, and the quote to be in it. Returns the stored note.
    Note add(const NoteTarget& target, const QString& body, const QStringList& tags = {});
    // Targets for an entity or a deal as the views know them (by id); throw DbError when gone.
    NoteTarget entityTarget(qint64 entityId) const;
    NoteTarget entityTarget(const QString& type, const QString& nameOrKey) const;
    NoteTarget dealTarget(qint64 dealId) const;

    // Changes the body and tags; the edited time moves on. Returns the stored note.
    Note update(qint64 id, const QString& body, const QStringList& tags);
    Note setBody(qint64 id, const QString& body);
    Note setTags(qint64 id, const QStringList& tags);
    // Deletes one note (an explicit user action only). Returns false when there was no such note.
    bool remove(qint64 id);

    std::optional<Note> find(qint64 id) const;
    QList<Note> all() const;  // oldest first
    QStringList tags() const; // every tag in use, sorted
    int count() const;

    // Notes with their anchors as the corpus is now, filtered; oldest first.
    QList<ResolvedNote> list(const NoteFilter& filter = {}) const;
    ResolvedNote resolve(const Note& note) const;
    // The notes on one story as it is now (the reader marks these passages).
    QList<ResolvedNote> notesOnStory(const QString& storyId) const;

    // The current time as notes store it: ISO 8601 UTC with milliseconds.
    static QString now();

private:
    Note requireNote(qint64 id) const;
    void writeTags(qint64 id, const QStringList& tags);
    NoteTarget checkedTarget(const NoteTarget& target, NoteCitation& cited) const;
    QSet<QString> storiesMentioning(const QString& type, const QString& key) const;

    Database& m_db;
};

} // namespace ws
