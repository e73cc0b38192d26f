#pragma once

#include "view/DealTableQuery.h"
#include "view/ViewTypes.h"

#include <QStringList>
#include <optional>

namespace ws {

class Database;

// One mention in the story text: UTF-16 offsets into title + "\n\n" + body (Extraction::textOf).
struct MentionSpan
{
    EntityRef entity;
    int start = 0;
    int end = 0;
    int sentence = 0;
};

struct EntityCount
{
    EntityRef entity;
    int mentions = 0;
};

struct NoteRow
{
    qint64 id = 0;
    QString quote;
    QString body;
    QString created;
    QStringList tags;
    // Where the quoted passage is in the story's text today (found again if the text moved);
    // -1 for a note on the whole story or a quote no longer found.
    int start = -1;
    int end = -1;
};

// Everything the reader and the entity sidebar show for one story.
struct StoryDetail
{
    qint64 rowid = 0;
    QString id;
    QString title;
    QString body;
    QString date;
    QString author;
    QString url;
    QString feed;
    QString sourcePath;
    int lineStart = 0;
    int lineEnd = 0;
    QList<MentionSpan> mentions; // by start offset
    QList<EntityCount> entities; // by type, then most mentioned first
    QList<DealRow> deals;        // by evidence offset
    QList<NoteRow> notes;        // oldest first

    QString text() const; // the text the offsets refer to
};

class StoryDetailQuery
{
public:
    explicit StoryDetailQuery(const Database& db) : m_db(db) {}

    std::optional<StoryDetail> load(qint64 rowid) const;
    // The rowid of the story with this content id, or 0 when it is not (or no longer) stored.
    qint64 rowidOf(const QString& storyId) const;
    // The notes kept on a story (by its content id, which survives re-import).
    QList<NoteRow> notes(const QString& storyId) const;

private:
    // Sets each passage note's offsets in the story's current text.
    static void locatePassages(StoryDetail& story);

    const Database& m_db;
};

} // namespace ws
