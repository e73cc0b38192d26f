#include "notes/NoteResolver.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "model/Extraction.h"
#include "repo/CorrectionMap.h"

#include <QRegularExpression>

namespace ws {

namespace {

// How good a match is, for choosing among stories that might hold a quote.
int rank(AnchorStatus status)
{
    switch (status) {
    case AnchorStatus::Exact:
    case AnchorStatus::Moved:
        return 3;
    case AnchorStatus::Normalized:
        return 2;
    case AnchorStatus::Fuzzy:
        return 1;
    case AnchorStatus::Detached:
        break;
    }
    return 0;
}

// An FTS5 phrase: the words in double quotes (inner quotes doubled); the tokenizer splits them.
QString phrase(const QStringList& words)
{
    return QLatin1Char('"') + words.join(QLatin1Char(' ')).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

constexpr int maxCandidates = 20;

} // namespace

NoteResolver::NoteResolver(Database& db) : m_db(db) {}

NoteResolver::~NoteResolver() = default;

ResolvedNote NoteResolver::resolve(const Note& note)
{
    ResolvedNote resolved;
    resolved.note = note;
    resolved.storyId = note.target.storyId;
    resolved.citation = note.cited;
    switch (note.kind()) {
    case NoteKind::Story:
        resolveStory(resolved);
        break;
    case NoteKind::Passage:
        resolvePassage(resolved);
        break;
    case NoteKind::Deal:
        resolvePassage(resolved);
        findDeal(resolved);
        break;
    case NoteKind::Entity:
        resolveEntity(resolved);
        break;
    }
    return resolved;
}

std::optional<NoteResolver::StoryText> NoteResolver::readStory(const QString& where, const QVariant& value)
{
    auto query = m_db.prepare(QStringLiteral("SELECT rowid, id, title, body, date, source_path, line_start, "
                                             "line_end, url FROM stories WHERE ") +
                              where);
    query.bind(1, value);
    if (!query.step())
        return std::nullopt;
    StoryText story;
    story.rowid = query.int64(0);
    story.id = query.text(1);
    const QString title = query.text(2);
    story.text = Extraction::textOf(title, query.text(3));
    story.citation.title = title;
    story.citation.date = query.text(4);
    story.citation.url = query.text(8);
    story.citation.source =
        NoteCitation::formatSource(query.text(5), query.integer(6), query.integer(7), story.citation.url);
    return story;
}

std::optional<NoteResolver::StoryText> NoteResolver::storyById(const QString& id)
{
    if (id.isEmpty())
        return std::nullopt;
    const auto cached = m_byId.constFind(id);
    if (cached != m_byId.cend())
        return *cached;
    auto story = readStory(QStringLiteral("id=?1"), id);
    m_byId.insert(id, story);
    return story;
}

std::optional<NoteResolver::StoryText> NoteResolver::storyByRowid(qint64 rowid)
{
    const auto cached = m_byRowid.constFind(rowid);
    if (cached != m_byRowid.cend())
        return *cached;
    auto story = readStory(QStringLiteral("rowid=?1"), rowid);
    m_byRowid.insert(rowid, story);
    return story;
}

QList<qint64> NoteResolver::storiesMatching(const QString& quote)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = quote.split(spaces, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    // The whole quote as a phrase first; then its thirds, for a quote that was edited since.
    QStringList expressions{phrase(words)};
    if (words.size() >= 6) {
        const int third = int(words.size() + 2) / 3;
        QStringList parts;
        for (int i = 0; i < words.size(); i += third)
            parts.append(phrase(words.mid(i, third)));
        expressions.append(parts.join(QStringLiteral(" OR ")));
    }
    for (const QString& expression : expressions) {
        QList<qint64> rowids;
        try {
            auto query = m_db.prepare(QStringLiteral(
                "SELECT rowid FROM story_fts WHERE story_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2"));
            query.bind(1, expression).bind(2, maxCandidates);
            while (query.step())
                rowids.append(query.int64(0));
        } catch (const DbError&) {
            continue; // a quote the full-text syntax cannot take: the note stays detached, not lost
        }
        if (!rowids.isEmpty())
            return rowids;
    }
    return {};
}

void NoteResolver::place(ResolvedNote& resolved, const StoryText& story, const AnchorMatch& match)
{
    resolved.status = match.status;
    resolved.storyId = story.id;
    resolved.storyRowid = story.rowid;
    resolved.start = match.start;
    resolved.end = match.end;
    resolved.citation = story.citation;
    resolved.relocated = story.id != resolved.note.target.storyId;
}

void NoteResolver::resolveStory(ResolvedNote& resolved)
{
    if (const auto story = storyById(resolved.note.target.storyId)) {
        place(resolved, *story, {AnchorStatus::Exact, -1, -1, 1.0});
        return;
    }
    // A story without a quote is found again by its title, when exactly one story has it.
    const QString title = resolved.note.cited.title;
    if (title.isEmpty())
        return;
    auto query = m_db.prepare(QStringLiteral("SELECT rowid FROM stories WHERE title=?1 LIMIT 2"));
    query.bind(1, title);
    QList<qint64> rowids;
    while (query.step())
        rowids.append(query.int64(0));
    if (rowids.size() == 1) {
        if (const auto story = storyByRowid(rowids.first()))
            place(resolved, *story, {AnchorStatus::Moved, -1, -1, 1.0});
    }
}

void NoteResolver::resolvePassage(ResolvedNote& resolved)
{
    const NoteTarget& target = resolved.note.target;
    if (const auto story = storyById(target.storyId)) {
        const AnchorMatch match = NoteAnchor::locate(story->text, target.quote, target.start);
        if (match.isFound()) {
            place(resolved, *story, match);
            return;
        }
        // The story is still here but the quote is not in it: keep the story's citation.
        resolved.storyRowid = story->rowid;
        resolved.citation = story->citation;
        return;
    }
    std::optional<StoryText> bestStory;
    AnchorMatch bestMatch;
    for (qint64 rowid : storiesMatching(target.quote)) {
        const auto story = storyByRowid(rowid);
        if (!story)
            continue;
        const AnchorMatch match = NoteAnchor::locate(story->text, target.quote, target.start);
        // Candidates come newest first: a tie keeps the newest version of the story.
        if (rank(match.status) > rank(bestMatch.status) ||
            (match.isFound() && rank(match.status) == rank(bestMatch.status) &&
             match.similarity > bestMatch.similarity)) {
            bestStory = story;
            bestMatch = match;
        }
    }
    if (bestStory)
        place(resolved, *bestStory, bestMatch);
}

void NoteResolver::findDeal(ResolvedNote& resolved)
{
    if (resolved.isDetached() || resolved.storyRowid == 0)
        return;
    auto query = m_db.prepare(QStringLiteral(
        "SELECT id FROM deals WHERE story_rowid=?1 AND evidence_start < ?3 AND evidence_end > ?2 "
        "ORDER BY evidence = ?4 DESC, abs(evidence_start - ?2), id LIMIT 1"));
    query.bind(1, resolved.storyRowid).bind(2, resolved.start).bind(3, resolved.end);
    query.bind(4, resolved.note.target.dealEvidence);
    if (query.step())
        resolved.dealId = query.int64(0);
}

void NoteResolver::resolveEntity(ResolvedNote& resolved)
{
    const NoteTarget& target = resolved.note.target;
    resolved.entityName = target.entityName;
    auto lookUp = [&](const QString& type, const QString& key) {
        auto query = m_db.prepare(QStringLiteral("SELECT id, name FROM entities WHERE type=?1 AND key=?2"));
        query.bind(1, type).bind(2, key);
        if (!query.step())
            return false;
        resolved.entityId = query.int64(0);
        resolved.entityName = query.text(1);
        return true;
    };
    if (lookUp(target.entityType, target.entityKey)) {
        resolved.status = AnchorStatus::Exact;
        return;
    }
    // Merged or retyped by the analyst since: follow the correction to the entity it became.
    const auto type = entityTypeFromName(target.entityType);
    if (!type)
        return;
    if (!m_corrections)
        m_corrections = std::make_unique<CorrectionMap>(CorrectionMap::load(m_db));
    const CorrectionMap::Identity now = m_corrections->resolve({*type, target.entityKey});
    if ((now.type != *type || now.key != target.entityKey) && lookUp(entityTypeName(now.type), now.key))
        resolved.status = AnchorStatus::Moved;
}

} // namespace ws
