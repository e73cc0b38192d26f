#include "notes/NoteRepository.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "notes/NoteResolver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

namespace ws {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::NoteRepository", text);
}

const QString selectNotes = QStringLiteral(
    "SELECT n.id, n.story_id, n.entity_type, n.entity_key, n.deal_evidence, n.quote, n.quote_start, "
    "n.quote_end, "
    "n.body, n.created, n.edited, n.cite_title, n.cite_source, n.cite_date, n.cite_url, n.entity_name, "
    "(SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM note_tags WHERE note_id=n.id ORDER BY tag "
    "COLLATE NOCASE)) "
    "FROM notes n ");

Note readNote(const Statement& query)
{
    Note note;
    note.id = query.int64(0);
    note.target.storyId = query.text(1);
    note.target.entityType = query.text(2);
    note.target.entityKey = query.text(3);
    note.target.dealEvidence = query.text(4);
    note.target.quote = query.text(5);
    note.target.start = query.isNull(6) ? -1 : query.integer(6);
    note.target.end = query.isNull(7) ? -1 : query.integer(7);
    note.body = query.text(8);
    note.created = query.text(9);
    note.edited = query.text(10);
    note.cited = {query.text(11), query.text(12), query.text(13), query.text(14)};
    note.target.entityName = query.text(15);
    const QString tags = query.text(16);
    if (!tags.isEmpty())
        note.tags = tags.split(QChar(31));
    return note;
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
QVariant nullIfNegative(int value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

bool matchesText(const ResolvedNote& resolved, const QStringList& words)
{
    const QString haystack =
        QStringList{
            resolved.note.body,      resolved.note.target.quote, resolved.note.tags.join(QLatin1Char(' ')),
            resolved.citation.title, resolved.note.cited.title,  resolved.entityName}
            .join(QLatin1Char('\n'));
    for (const QString& word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace

QString NoteRepository::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

NoteTarget NoteRepository::checkedTarget(const NoteTarget& target, NoteCitation& cited) const
{
    NoteTarget checked = target;
    if (target.kind() == NoteKind::Entity) {
        if (target.entityKey.isEmpty())
            throw DbError(tr("A note on an entity needs the entity's key."));
        if (checked.entityName.isEmpty())
            checked.entityName = target.entityKey;
        return checked;
    }
    NoteResolver resolver(m_db);
    const auto story = resolver.storyById(target.storyId);
    if (!story)
        throw DbError(tr("There is no story with id %1 in %2.").arg(target.storyId, m_db.path()));
    cited = story->citation;
    if (target.kind() == NoteKind::Story)
        return checked;
    // The passage as the story has it: the offsets given, else the quote found (exactly or folded).
    const int length = target.end - target.start;
    if (target.start >= 0 && length > 0 && QStringView(story->text).mid(target.start, length) == target.quote)
        return checked;
    const AnchorMatch match = NoteAnchor::locate(story->text, target.quote, target.start);
    if (!match.isFound() || match.status == AnchorStatus::Fuzzy) {
        throw DbError(tr("The quoted text \"%1\" is not in story %2 (%3).")
                          .arg(target.quote.left(80), target.storyId, story->citation.title));
    }
    checked.start = match.start;
    checked.end = match.end;
    checked.quote = story->text.mid(match.start, match.end - match.start);
    if (!checked.dealEvidence.isEmpty())
        checked.dealEvidence = checked.quote;
    return checked;
}

Note NoteRepository::add(const NoteTarget& target, const QString& body, const QStringList& tags)
{
    NoteCitation cited;
    const NoteTarget checked = checkedTarget(target, cited);
    const QString time = now();
    Transaction transaction(m_db);
    auto insert = m_db.prepare(
        QStringLiteral("INSERT INTO notes(story_id, entity_type, entity_key, deal_evidence, quote, "
                       "quote_start, quote_end, body, "
                       "created, edited, cite_title, cite_source, cite_date, cite_url, entity_name) "
                       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11, ?12, ?13, ?14)"));
    const bool hasQuote = !checked.quote.isEmpty();
    insert.bind(1, nullIfEmpty(checked.storyId))
        .bind(2, nullIfEmpty(checked.entityType))
        .bind(3, nullIfEmpty(checked.entityKey))
        .bind(4, nullIfEmpty(checked.dealEvidence))
        .bind(5, checked.quote.isNull() ? QStringLiteral("") : checked.quote)
        .bind(6, hasQuote ? nullIfNegative(checked.start) : QVariant())
        .bind(7, hasQuote ? nullIfNegative(checked.end) : QVariant())
        .bind(8, body.isNull() ? QStringLiteral("") : body)
        .bind(9, time)
        .bind(10, cited.title.isNull() ? QStringLiteral("") : cited.title)
        .bind(11, cited.source.isNull() ? QStringLiteral("") : cited.source)
        .bind(12, cited.date.isNull() ? QStringLiteral("") : cited.date)
        .bind(13, cited.url.isNull() ? QStringLiteral("") : cited.url)
        .bind(14, checked.entityName.isNull() ? QStringLiteral("") : checked.entityName);
    insert.run();
    const qint64 id = m_db.lastInsertRowId();
    writeTags(id, tags);
    transaction.commit();
    return requireNote(id);
}

NoteTarget NoteRepository::entityTarget(qint64 entityId) const
{
    auto query = m_db.prepare(QStringLiteral("SELECT type, key, name FROM entities WHERE id=?1"));
    query.bind(1, entityId);
    if (!query.step())
        throw DbError(tr("The entity %1 is no longer in %2.").arg(entityId).arg(m_db.path()));
    return NoteTarget::entity(query.text(0), query.text(1), query.text(2));
}

NoteTarget NoteRepository::entityTarget(const QString& type, const QString& nameOrKey) const
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT id FROM entities WHERE type=?1 AND (key=?2 OR name=?2 COLLATE NOCASE) "
                       "UNION ALL SELECT e.id FROM aliases a JOIN entities e ON e.id=a.entity_id "
                       "WHERE e.type=?1 AND a.alias=?2 COLLATE NOCASE LIMIT 1"));
    query.bind(1, type).bind(2, nameOrKey);
    if (!query.step())
        throw DbError(tr("There is no %1 named \"%2\" in %3.").arg(type, nameOrKey, m_db.path()));
    return entityTarget(query.int64(0));
}

NoteTarget NoteRepository::dealTarget(qint64 dealId) const
{
    auto query =
        m_db.prepare(QStringLiteral("SELECT s.id, d.evidence, d.evidence_start, d.evidence_end "
                                    "FROM deals d JOIN stories s ON s.rowid=d.story_rowid WHERE d.id=?1"));
    query.bind(1, dealId);
    if (!query.step())
        throw DbError(tr("The deal %1 is no longer in %2.").arg(dealId).arg(m_db.path()));
    return NoteTarget::deal(query.text(0), query.text(1), query.integer(2), query.integer(3));
}

Note NoteRepository::update(qint64 id, const QString& body, const QStringList& tags)
{
    requireNote(id);
    Transaction transaction(m_db);
    auto query = m_db.prepare(QStringLiteral("UPDATE notes SET body=?2, edited=?3 WHERE id=?1"));
    query.bind(1, id).bind(2, body.isNull() ? QStringLiteral("") : body).bind(3, now());
    query.run();
    writeTags(id, tags);
    transaction.commit();
    return requireNote(id);
}

Note NoteRepository::setBody(qint64 id, const QString& body)
{
    return update(id, body, requireNote(id).tags);
}

Note NoteRepository::setTags(qint64 id, const QStringList& tags)
{
    return update(id, requireNote(id).body, tags);
}

bool NoteRepository::remove(qint64 id)
{
    Transaction transaction(m_db);
    auto query = m_db.prepare(QStringLiteral("DELETE FROM notes WHERE id=?1"));
    query.bind(1, id);
    query.run();
    const bool removed = m_db.changes() > 0;
    // note_tags goes with it by ON DELETE CASCADE; said again for connections without foreign keys.
    auto tags = m_db.prepare(QStringLiteral("DELETE FROM note_tags WHERE note_id=?1"));
    tags.bind(1, id);
    tags.run();
    transaction.commit();
    return removed;
}

void NoteRepository::writeTags(qint64 id, const QStringList& tags)
{
    auto clear = m_db.prepare(QStringLiteral("DELETE FROM note_tags WHERE note_id=?1"));
    clear.bind(1, id);
    clear.run();
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO note_tags(note_id, tag) VALUES(?1, ?2)"));
    for (const QString& tag : normalizedTags(tags)) {
        insert.bind(1, id).bind(2, tag);
        insert.run();
    }
}

std::optional<Note> NoteRepository::find(qint64 id) const
{
    auto query = m_db.prepare(selectNotes + QStringLiteral("WHERE n.id=?1"));
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return readNote(query);
}

Note NoteRepository::requireNote(qint64 id) const
{
    if (auto note = find(id))
        return *note;
    throw DbError(tr("There is no note %1 in %2.").arg(id).arg(m_db.path()));
}

QList<Note> NoteRepository::all() const
{
    QList<Note> notes;
    auto query = m_db.prepare(selectNotes + QStringLiteral("ORDER BY n.created, n.id"));
    while (query.step())
        notes.append(readNote(query));
    return notes;
}

QStringList NoteRepository::tags() const
{
    QStringList tags;
    auto query =
        m_db.prepare(QStringLiteral("SELECT DISTINCT tag FROM note_tags ORDER BY tag COLLATE NOCASE"));
    while (query.step())
        tags.append(query.text(0));
    return tags;
}

int NoteRepository::count() const
{
    auto query = m_db.prepare(QStringLiteral("SELECT count(*) FROM notes"));
    return query.step() ? query.integer(0) : 0;
}

ResolvedNote NoteRepository::resolve(const Note& note) const
{
    return NoteResolver(m_db).resolve(note);
}

QSet<QString> NoteRepository::storiesMentioning(const QString& type, const QString& key) const
{
    QSet<QString> ids;
    auto query =
        m_db.prepare(QStringLiteral("SELECT s.id FROM entities e JOIN story_entities se ON se.entity_id=e.id "
                                    "JOIN stories s ON s.rowid=se.story_rowid WHERE e.type=?1 AND e.key=?2"));
    query.bind(1, type).bind(2, key);
    while (query.step())
        ids.insert(query.text(0));
    return ids;
}

QList<ResolvedNote> NoteRepository::list(const NoteFilter& filter) const
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = filter.text.split(spaces, Qt::SkipEmptyParts);
    QSet<QString> entityStories;
    if (filter.entity)
        entityStories = storiesMentioning(filter.entity->first, filter.entity->second);
    QHash<QString, bool> entityInStories; // "type\x1fkey" -> mentioned in filter.storyIds
    NoteResolver resolver(m_db);
    QList<ResolvedNote> result;
    for (const Note& note : all()) {
        if (!filter.tag.isEmpty() && !note.tags.contains(filter.tag, Qt::CaseInsensitive))
            continue;
        ResolvedNote resolved = resolver.resolve(note);
        const bool isEntity = note.kind() == NoteKind::Entity;
        if (filter.storyIds) {
            bool inside = false;
            if (isEntity) {
                const QString key = note.target.entityType + QChar(31) + note.target.entityKey;
                auto cached = entityInStories.constFind(key);
                if (cached == entityInStories.cend()) {
                    const QSet<QString> mentioning =
                        storiesMentioning(note.target.entityType, note.target.entityKey);
                    cached = entityInStories.insert(key, mentioning.intersects(*filter.storyIds));
                }
                inside = *cached;
            } else {
                inside = filter.storyIds->contains(resolved.storyId);
            }
            if (!inside)
                continue;
        }
        if (filter.entity) {
            const bool onEntity = isEntity && note.target.entityType == filter.entity->first &&
                                  note.target.entityKey == filter.entity->second;
            if (!onEntity && (isEntity || !entityStories.contains(resolved.storyId)))
                continue;
        }
        if (!words.isEmpty() && !matchesText(resolved, words))
            continue;
        result.append(std::move(resolved));
    }
    return result;
}

QList<ResolvedNote> NoteRepository::notesOnStory(const QString& storyId) const
{
    // The notes stored on this story, and the ones whose story is gone (they may have moved here).
    auto query =
        m_db.prepare(selectNotes + QStringLiteral("WHERE n.entity_type IS NULL AND (n.story_id=?1 OR NOT "
                                                  "EXISTS(SELECT 1 FROM stories s WHERE s.id=n.story_id)) "
                                                  "ORDER BY n.created, n.id"));
    query.bind(1, storyId);
    NoteResolver resolver(m_db);
    QList<ResolvedNote> notes;
    while (query.step()) {
        ResolvedNote resolved = resolver.resolve(readNote(query));
        if (resolved.storyId == storyId)
            notes.append(std::move(resolved));
    }
    return notes;
}

} // namespace ws
