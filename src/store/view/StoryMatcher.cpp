#include "view/StoryMatcher.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "search/SearchEngine.h"
#include "view/SqlFragment.h"

#include <QSet>
#include <sqlite3.h>

namespace ws {

namespace {

// What one cached answer depends on: the connection, everything committed (by any connection, and
// by this one), and the filter.
struct CacheKey
{
    sqlite3* handle = nullptr;
    qint64 dataVersion = -1;
    qint64 ownChanges = -1;
    QList<qint64> entityIds;
    QString query;

    bool operator==(const CacheKey& other) const = default;
};

CacheKey keyFor(Database& db, const StoryFilter& filter)
{
    CacheKey key;
    key.handle = db.handle();
    Statement version = db.prepare(QStringLiteral("PRAGMA data_version"));
    key.dataVersion = version.step() ? version.int64(0) : -1;
    key.ownChanges = sqlite3_total_changes64(db.handle());
    key.entityIds = filter.entityIds;
    key.query = filter.query.trimmed();
    return key;
}

thread_local std::optional<std::pair<CacheKey, StoryMatcher::Match>> lastMatch;

} // namespace

StoryMatcher::Match StoryMatcher::match(const StoryFilter& filter)
{
    const CacheKey key = keyFor(m_db, filter);
    if (lastMatch && lastMatch->first == key)
        return lastMatch->second;

    Match result;
    SearchEngine engine(m_db);
    QueryError error;
    const CompiledQuery compiled = engine.compile(filter.query, &error);
    if (!error.message.isEmpty()) {
        result.error = error;
        return result;
    }
    result.ftsMatch = compiled.match;
    QueryError runError;
    QList<qint64> rowids = engine.matchingRowids(filter.query, &runError);
    if (!runError.message.isEmpty()) {
        result.error = runError;
        return result;
    }
    if (!filter.entityIds.isEmpty()) {
        // Narrowed to the stories that mention every entity, keeping the search order.
        QSet<qint64> allowed;
        Statement statement = storiesWithEntities(filter.entityIds).prepare(m_db);
        while (statement.step())
            allowed.insert(statement.int64(0));
        rowids.removeIf([&allowed](qint64 rowid) { return !allowed.contains(rowid); });
    }
    result.rowids = std::move(rowids);
    lastMatch = {key, result};
    return result;
}

} // namespace ws
