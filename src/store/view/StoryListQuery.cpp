#include "view/StoryListQuery.h"

#include "db/Database.h"
#include "db/DbError.h"
#include "db/Statement.h"
#include "view/StoryMatcher.h"

#include <QFileInfo>
#include <QHash>
#include <algorithm>

namespace ws {

namespace {

QString sourceText(const QString& feed, const QString& path, int line)
{
    if (!feed.isEmpty())
        return feed;
    const QString name = QFileInfo(path).fileName();
    return line > 0 ? QStringLiteral("%1:%2").arg(name).arg(line) : name;
}

qint64 storyCountOf(const Database& db, qint64 entityId)
{
    Statement statement = db.prepare(QStringLiteral("SELECT story_count FROM entities WHERE id = ?"));
    statement.bind(1, entityId);
    return statement.step() ? statement.int64(0) : 0;
}

} // namespace

StoryListQuery::StoryListQuery(Database& db, StoryFilter filter) : m_db(db), m_filter(std::move(filter))
{
    if (m_filter.hasQuery()) {
        StoryMatcher::Match match = StoryMatcher(m_db).match(m_filter);
        if (match.error)
            throw DbError(match.error->message);
        m_searched = true;
        m_matches = std::move(match.rowids);
        m_ftsMatch = match.ftsMatch;
        m_total = m_matches.size();
        return;
    }
    // The rarest entity drives the query; the others are checked per story.
    QList<std::pair<qint64, qint64>> byCount;
    for (qint64 id : m_filter.entityIds)
        byCount.append({storyCountOf(m_db, id), id});
    std::sort(byCount.begin(), byCount.end());
    for (const auto& [count, id] : byCount)
        m_entityIds.append(id);
    if (!byCount.isEmpty()) {
        // A rare entity is read through its own index and sorted; a common one (one story in 20
        // or more) is faster found by walking the date index until a page is full.
        Statement all = m_db.prepare(QStringLiteral("SELECT max(rowid) FROM stories"));
        const qint64 approxStories = all.step() ? all.int64(0) : 0;
        m_driveFromEntity = byCount.first().first * 20 < approxStories;
    }
}

StoryListQuery::StoryListQuery(Database& db, StoryFilter filter, const StoryMatcher::Match& match, qsizetype fetched)
    : m_db(db), m_filter(std::move(filter))
{
    m_searched = true;
    m_matches = match.rowids;
    m_ftsMatch = match.ftsMatch;
    m_total = m_matches.size();
    m_offset = std::min(fetched, m_matches.size());
    m_atEnd = m_offset >= m_matches.size();
}

qint64 StoryListQuery::total()
{
    if (m_total >= 0 || m_searched)
        return m_total;
    SqlFragment query{QStringLiteral("SELECT count(*) FROM ("), {}};
    query.append(storiesWithEntities(m_entityIds));
    query.append(QStringLiteral(")"));
    if (m_entityIds.size() == 1)
        query = {QStringLiteral("SELECT count(*) FROM story_entities WHERE entity_id = ?"),
                 {m_entityIds.first()}};
    Statement statement = query.prepare(m_db);
    m_total = statement.step() ? statement.int64(0) : 0;
    return m_total;
}

QList<StoryRow> StoryListQuery::fetch(int limit)
{
    if (m_atEnd || limit <= 0)
        return {};
    QList<StoryRow> rows = m_searched ? fetchListed(limit) : fetchByDate(limit);
    addBadges(rows);
    if (m_searched)
        addSnippets(rows);
    return rows;
}

QList<StoryRow> StoryListQuery::fetchListed(int limit)
{
    const QList<qint64> page = m_matches.mid(m_offset, limit);
    m_offset += page.size();
    m_atEnd = m_offset >= m_matches.size();
    if (page.isEmpty())
        return {};
    QHash<qint64, int> order;
    for (int i = 0; i < page.size(); ++i)
        order.insert(page.at(i), i);
    SqlFragment query{QStringLiteral("SELECT s.rowid, s.title, s.date, s.feed, s.source_path, s.line_start "
                                     "FROM stories s WHERE "),
                      {}};
    query.append(inRowids(QStringLiteral("s.rowid"), page));
    QList<StoryRow> rows(page.size());
    Statement statement = query.prepare(m_db);
    while (statement.step()) {
        StoryRow& row = rows[order.value(statement.int64(0))];
        row.rowid = statement.int64(0);
        row.title = statement.text(1);
        row.date = statement.text(2);
        row.source = sourceText(statement.text(3), statement.text(4), statement.integer(5));
    }
    // A story deleted since the search leaves no row behind.
    rows.removeIf([](const StoryRow& row) { return row.rowid == 0; });
    return rows;
}

void StoryListQuery::addSnippets(QList<StoryRow>& rows) const
{
    if (rows.isEmpty() || m_ftsMatch.isEmpty())
        return;
    QHash<qint64, int> index;
    QList<qint64> rowids;
    for (int i = 0; i < rows.size(); ++i) {
        index.insert(rows.at(i).rowid, i);
        rowids.append(rows.at(i).rowid);
    }
    // The search engine's own FTS5 expression, bound as a value; matches between \x02 and \x03.
    SqlFragment query{QStringLiteral("SELECT rowid, snippet(story_fts, -1, char(2), char(3), '\u2026', 20) "
                                     "FROM story_fts WHERE story_fts MATCH ? AND "),
                      {m_ftsMatch}};
    query.append(inRowids(QStringLiteral("rowid"), rowids));
    Statement statement = query.prepare(m_db);
    while (statement.step()) {
        const auto it = index.constFind(statement.int64(0));
        if (it != index.constEnd())
            rows[*it].snippet = statement.text(1).simplified();
    }
}

void StoryListQuery::requireEntities(SqlFragment& query, int from) const
{
    for (int i = from; i < m_entityIds.size(); ++i) {
        query.append(QStringLiteral(" AND EXISTS (SELECT 1 FROM story_entities x WHERE x.entity_id = ? "
                                    "AND x.story_rowid = s.rowid)"),
                     {m_entityIds.at(i)});
    }
}

QList<qint64> StoryListQuery::rareEntityStoriesByDate() const
{
    SqlFragment query{QStringLiteral("SELECT s.rowid FROM story_entities se CROSS JOIN stories s "
                                     "ON s.rowid = se.story_rowid WHERE se.entity_id = ?"),
                      {m_entityIds.first()}};
    requireEntities(query, 1);
    query.append(QStringLiteral(" ORDER BY s.date DESC, s.rowid DESC"));
    QList<qint64> rowids;
    Statement statement = query.prepare(m_db);
    while (statement.step())
        rowids.append(statement.int64(0));
    return rowids;
}

QList<StoryRow> StoryListQuery::fetchByDate(int limit)
{
    if (m_driveFromEntity) {
        // A rare entity's stories are sorted once (the first page needs them all sorted anyway);
        // later pages are read from that list instead of sorting them again.
        if (!m_started) {
            m_matches = rareEntityStoriesByDate();
            m_total = m_matches.size();
            m_started = true;
        }
        return fetchListed(limit);
    }
    // No entity, or a common one: the date index is walked newest first until a page is full.
    SqlFragment query{QStringLiteral("SELECT s.rowid, s.title, s.date, s.feed, s.source_path, s.line_start "
                                     "FROM stories s WHERE 1"),
                      {}};
    requireEntities(query, 0);
    if (m_started)
        query.append(QStringLiteral(" AND (s.date, s.rowid) < (?, ?)"), {m_lastDate, m_lastRowid});
    query.append(QStringLiteral(" ORDER BY s.date DESC, s.rowid DESC LIMIT ?"), {limit});

    QList<StoryRow> rows;
    Statement statement = query.prepare(m_db);
    while (statement.step()) {
        StoryRow row;
        row.rowid = statement.int64(0);
        row.title = statement.text(1);
        row.date = statement.text(2);
        row.source = sourceText(statement.text(3), statement.text(4), statement.integer(5));
        m_lastDate = row.date;
        m_lastRowid = row.rowid;
        rows.append(std::move(row));
    }
    m_started = true;
    m_atEnd = rows.size() < limit;
    return rows;
}

void StoryListQuery::addBadges(QList<StoryRow>& rows) const
{
    if (rows.isEmpty())
        return;
    QHash<qint64, int> index;
    QList<qint64> rowids;
    for (int i = 0; i < rows.size(); ++i) {
        index.insert(rows.at(i).rowid, i);
        rowids.append(rows.at(i).rowid);
    }
    // Every entity of the page's stories, most mentioned first; the first few per story are kept.
    SqlFragment query{
        QStringLiteral("SELECT se.story_rowid, e.id, e.type, e.name, se.mentions FROM story_entities se "
                       "JOIN entities e ON e.id = se.entity_id WHERE "),
        {}};
    query.append(inRowids(QStringLiteral("se.story_rowid"), rowids));
    // The filter's own entities first, so the list shows why each story matched.
    query.append(QStringLiteral(" ORDER BY se.story_rowid, "));
    if (!m_filter.entityIds.isEmpty()) {
        query.append(inRowids(QStringLiteral("se.entity_id"), m_filter.entityIds));
        query.append(QStringLiteral(" DESC, "));
    }
    query.append(QStringLiteral("se.mentions DESC, e.story_count DESC"));
    Statement statement = query.prepare(m_db);
    while (statement.step()) {
        StoryRow& row = rows[index.value(statement.int64(0))];
        if (row.badges.size() >= maxBadges)
            continue;
        EntityBadge badge;
        badge.entity = {statement.int64(1),
                        entityTypeFromName(statement.text(2)).value_or(EntityType::Company),
                        statement.text(3)};
        badge.mentions = statement.integer(4);
        row.badges.append(std::move(badge));
    }
}

QSet<QString> StoryListQuery::storyIds(Database& db, const StoryFilter& filter)
{
    return idsInStorySet(db, filter, {});
}

QSet<QString> StoryListQuery::notedStoryIds(Database& db, const StoryFilter& filter)
{
    return idsInStorySet(db, filter, QStringLiteral("id IN (SELECT story_id FROM notes) AND "));
}

QSet<QString> StoryListQuery::idsInStorySet(Database& db, const StoryFilter& filter, const QString& condition)
{
    SqlFragment query{QStringLiteral("SELECT id FROM stories WHERE ") + condition + QStringLiteral("rowid IN ("), {}};
    query.append(storySet(db, filter));
    query.append(QStringLiteral(")"));
    QSet<QString> ids;
    Statement statement = query.prepare(db);
    while (statement.step())
        ids.insert(statement.text(0));
    return ids;
}

SqlFragment StoryListQuery::storySet(Database& db, const StoryFilter& filter)
{
    if (filter.hasQuery()) {
        StoryMatcher::Match match = StoryMatcher(db).match(filter);
        if (match.error)
            throw DbError(match.error->message);
        return {QStringLiteral("SELECT value FROM json_each(?)"), {jsonArray(match.rowids)}};
    }
    if (filter.entityIds.isEmpty())
        return {};
    return storiesWithEntities(filter.entityIds);
}

SqlFragment StoryListQuery::newestOfStorySet(Database& db, const StoryFilter& filter, qsizetype newest,
                                             qsizetype* matched)
{
    if (filter.hasQuery()) {
        StoryMatcher::Match match = StoryMatcher(db).match(filter);
        if (match.error)
            throw DbError(match.error->message);
        *matched = match.rowids.size();
        QList<qint64> rowids = std::move(match.rowids);
        if (rowids.size() > newest) {
            std::nth_element(rowids.begin(), rowids.begin() + newest, rowids.end(), std::greater<>());
            rowids.resize(newest);
        }
        return {QStringLiteral("SELECT value FROM json_each(?)"), {jsonArray(rowids)}};
    }
    if (filter.entityIds.isEmpty()) {
        *matched = -1; // every story: nothing to count over
        return {};
    }
    SqlFragment count{QStringLiteral("SELECT count(*) FROM ("), {}};
    count.append(storiesWithEntities(filter.entityIds));
    count.append(QStringLiteral(")"));
    Statement counting = count.prepare(db);
    *matched = counting.step() ? counting.int64(0) : 0;
    if (*matched <= newest)
        return storiesWithEntities(filter.entityIds);
    SqlFragment sample{QStringLiteral("SELECT story_rowid FROM ("), {}};
    sample.append(storiesWithEntities(filter.entityIds));
    sample.append(QStringLiteral(") ORDER BY story_rowid DESC LIMIT ?"), {qint64(newest)});
    return sample;
}

} // namespace ws
