#include "view/StoryMatcher.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "search/SearchEngine.h"
#include "view/SqlFragment.h"

#include <QSet>
#include <sqlite3.h>

namespace ws {

namespace {

// What one cached search depends on: the connection, everything committed (by any connection, and
// by this one), and the query.
struct CacheKey
{
    sqlite3* handle = nullptr;
    qint64 dataVersion = -1;
    qint64 ownChanges = -1;
    QString query;

    bool operator==(const CacheKey& other) const = default;
};

CacheKey keyFor(Database& db, const QString& query)
{
    CacheKey key;
    key.handle = db.handle();
    Statement version = db.prepare(QStringLiteral("PRAGMA data_version"));
    key.dataVersion = version.step() ? version.int64(0) : -1;
    key.ownChanges = sqlite3_total_changes64(db.handle());
    key.query = query.trimmed();
    return key;
}

struct Search
{
    QList<qint64> rowids;
    QString ftsMatch;
};

thread_local std::optional<std::pair<CacheKey, Search>> lastSearch;

} // namespace

void StoryMatcher::remember(Database& db, const QString& query, const Match& match)
{
    lastSearch = {keyFor(db, query), Search{match.queryRowids, match.ftsMatch}};
}

bool StoryMatcher::knows(Database& db, const QString& query)
{
    return lastSearch && lastSearch->first == keyFor(db, query);
}

StoryMatcher::Match StoryMatcher::match(const StoryFilter& filter)
{
    Match result;
    const CacheKey key = keyFor(m_db, filter.query);
    if (!lastSearch || !(lastSearch->first == key)) {
        SearchEngine engine(m_db);
        QueryError error;
        const CompiledQuery compiled = engine.compile(filter.query, &error);
        if (!error.message.isEmpty()) {
            result.error = error;
            return result;
        }
        QueryError runError;
        QList<qint64> rowids = engine.matchingRowids(filter.query, &runError);
        if (!runError.message.isEmpty()) {
            result.error = runError;
            return result;
        }
        lastSearch = {key, Search{std::move(rowids), compiled.match}};
    }
    result.ftsMatch = lastSearch->second.ftsMatch;
    result.queryRowids = lastSearch->second.rowids;
    result.rowids = result.queryRowids;
    if (!filter.entityIds.isEmpty()) {
        // Narrowed to the stories that mention every entity, keeping the search order.
        QSet<qint64> allowed;
        Statement statement = storiesWithEntities(filter.entityIds).prepare(m_db);
        while (statement.step())
            allowed.insert(statement.int64(0));
        result.rowids.removeIf([&allowed](qint64 rowid) { return !allowed.contains(rowid); });
    }
    return result;
}

} // namespace ws
