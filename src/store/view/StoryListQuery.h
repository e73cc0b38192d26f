#pragma once

#include "view/SqlFragment.h"
#include "view/StoryMatcher.h"
#include "view/ViewTypes.h"

#include <QSet>

namespace ws {

class Database;

// One row of the story list.
struct StoryRow
{
    qint64 rowid = 0;
    QString title;
    QString date;
    QString source;  // the feed, or the file name and first line
    QString snippet; // the search snippet when a query is active
    QList<EntityBadge> badges;
};

// Pages through the stories a filter matches, newest first (best first under a search query), in
// pages that the story list fetches as it scrolls. Entity-only filters page by key (date, rowid),
// so the millionth row costs what the first does; a search query is run once (SearchEngine) and its
// ordered matches are paged, with snippets made for the rows of each page only.
class StoryListQuery
{
public:
    static constexpr int maxBadges = 4;

    // Throws DbError when the store fails, or when the search query cannot be run (its message says
    // why and where).
    StoryListQuery(Database& db, StoryFilter filter);
    // Pages through a search already run (on another connection, by StorySearch), whose first
    // `fetched` rows are already shown.
    StoryListQuery(Database& db, StoryFilter filter, const StoryMatcher::Match& match, qsizetype fetched);

    qint64 total();
    QList<StoryRow> fetch(int limit);
    bool atEnd() const { return m_atEnd; }

    // The matched stories' rowids as a subquery, for the browsers' co-occurrence counts; empty when
    // the filter is empty (every story).
    static SqlFragment storySet(Database& db, const StoryFilter& filter);
    // The same, but at most the `newest` matched stories (highest rowids: the last imported), so
    // that counting over a broad filter stays quick; `matched` gets how many the filter matches.
    static SqlFragment newestOfStorySet(Database& db, const StoryFilter& filter, qsizetype newest, qsizetype* matched);
    // The content ids (stories.id) of the stories the filter matches; the filter must not be empty.
    static QSet<QString> storyIds(Database& db, const StoryFilter& filter);
    // The same, restricted to the stories that carry notes (what the notes panel needs).
    static QSet<QString> notedStoryIds(Database& db, const StoryFilter& filter);

private:
    // The content ids of the filter's stories that also meet `condition` (SQL on the stories row
    // followed by AND, or empty).
    static QSet<QString> idsInStorySet(Database& db, const StoryFilter& filter, const QString& condition);
    QList<StoryRow> fetchByDate(int limit);
    QList<StoryRow> fetchListed(int limit); // the next page of m_matches
    QList<qint64> rareEntityStoriesByDate() const;
    // Appends "AND the story s mentions m_entityIds[from...]".
    void requireEntities(SqlFragment& query, int from) const;
    void addBadges(QList<StoryRow>& rows) const;
    void addSnippets(QList<StoryRow>& rows) const;

    Database& m_db;
    StoryFilter m_filter;
    QList<qint64> m_entityIds; // least frequent first
    bool m_driveFromEntity = false;
    qint64 m_total = -1;
    bool m_atEnd = false;
    QString m_lastDate;
    qint64 m_lastRowid = 0;
    bool m_started = false;
    // Under a search query, or for a rare entity: every story in order, and how far the pages have got.
    bool m_searched = false;
    QList<qint64> m_matches;
    QString m_ftsMatch;
    qsizetype m_offset = 0;
};

} // namespace ws
