#include "view/StoryDetailQuery.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "repo/MentionSpans.h"
#include "model/Extraction.h"
#include "notes/NoteAnchor.h"

#include <QHash>
#include <algorithm>

namespace ws {

QString StoryDetail::text() const
{
    return Extraction::textOf(title, body);
}

std::optional<StoryDetail> StoryDetailQuery::load(qint64 rowid) const
{
    StoryDetail story;
    {
        Statement statement = m_db.prepare(
            QStringLiteral("SELECT rowid, id, title, body, date, author, url, feed, source_path, "
                           "line_start, line_end FROM stories WHERE rowid = ?"));
        statement.bind(1, rowid);
        if (!statement.step())
            return std::nullopt;
        story.rowid = statement.int64(0);
        story.id = statement.text(1);
        story.title = statement.text(2);
        story.body = statement.text(3);
        story.date = statement.text(4);
        story.author = statement.text(5);
        story.url = statement.text(6);
        story.feed = statement.text(7);
        story.sourcePath = statement.text(8);
        story.lineStart = statement.integer(9);
        story.lineEnd = statement.integer(10);
    }
    {
        // One row per entity of the story, its mentions packed in `spans` (repo/MentionSpans).
        Statement statement = m_db.prepare(QStringLiteral(
            "SELECT e.id, e.type, e.name, se.spans FROM story_entities se "
            "JOIN entities e ON e.id = se.entity_id WHERE se.story_rowid = ?"));
        statement.bind(1, rowid);
        while (statement.step()) {
            const EntityRef entity{statement.int64(0), entityTypeFromName(statement.text(1)).value_or(EntityType::Company),
                                   statement.text(2)};
            const QList<MentionSpans::Span> spans = MentionSpans::decode(statement.blob(3));
            if (spans.isEmpty())
                continue;
            story.entities.append({entity, int(spans.size())});
            for (const MentionSpans::Span& span : spans)
                story.mentions.append(MentionSpan{entity, span.start, span.end, span.sentence});
        }
    }
    std::sort(story.mentions.begin(), story.mentions.end(), [](const MentionSpan& a, const MentionSpan& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::stable_sort(story.entities.begin(), story.entities.end(),
                     [](const EntityCount& a, const EntityCount& b) {
                         if (a.entity.type != b.entity.type)
                             return a.entity.type < b.entity.type;
                         if (a.mentions != b.mentions)
                             return a.mentions > b.mentions;
                         return a.entity.name.localeAwareCompare(b.entity.name) < 0;
                     });
    story.deals = DealTableQuery(m_db).forStory(rowid);
    story.notes = notes(story.id);
    locatePassages(story);
    return story;
}

void StoryDetailQuery::locatePassages(StoryDetail& story)
{
    const QString text = story.text();
    for (NoteRow& note : story.notes) {
        const AnchorMatch match = note.quote.isEmpty() ? AnchorMatch{} : NoteAnchor::locate(text, note.quote, note.start);
        note.start = match.isFound() ? match.start : -1;
        note.end = match.isFound() ? match.end : -1;
    }
}

qint64 StoryDetailQuery::rowidOf(const QString& storyId) const
{
    Statement statement = m_db.prepare(QStringLiteral("SELECT rowid FROM stories WHERE id = ?"));
    statement.bind(1, storyId);
    return statement.step() ? statement.int64(0) : 0;
}

QList<NoteRow> StoryDetailQuery::notes(const QString& storyId) const
{
    QList<NoteRow> notes;
    QHash<qint64, int> index;
    {
        Statement statement = m_db.prepare(QStringLiteral(
            "SELECT id, quote, body, created, quote_start FROM notes WHERE story_id = ? ORDER BY created, id"));
        statement.bind(1, storyId);
        while (statement.step()) {
            index.insert(statement.int64(0), int(notes.size()));
            NoteRow note{statement.int64(0), statement.text(1), statement.text(2), statement.text(3), {}};
            note.start = statement.isNull(4) ? -1 : statement.integer(4); // the stored offset, a hint
            notes.append(std::move(note));
        }
    }
    if (notes.isEmpty())
        return notes;
    Statement tags = m_db.prepare(QStringLiteral("SELECT t.note_id, t.tag FROM note_tags t JOIN notes n ON "
                                                 "n.id = t.note_id WHERE n.story_id = ? ORDER BY t.tag"));
    tags.bind(1, storyId);
    while (tags.step()) {
        const auto it = index.constFind(tags.int64(0));
        if (it != index.constEnd())
            notes[*it].tags.append(tags.text(1));
    }
    return notes;
}

} // namespace ws
