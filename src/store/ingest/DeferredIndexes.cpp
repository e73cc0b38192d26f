#include "ingest/DeferredIndexes.h"

#include "db/Database.h"
#include "db/Schema.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <QLockFile>
#include <QScopeGuard>

namespace ws {

namespace {

// Their statements are the schema's own (Schema::indexSql): the latest step decides what they are.
constexpr const char* indexes[] = {
    "stories_date", "story_entities_story", "deals_story", "deal_parties_deal", "deal_parties_entity", "deals_kind_story",
};

constexpr int sortMemoryKiB = 8 * 1024;

bool exists(Database& db, const char* name)
{
    Statement query =
        db.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type='index' AND name=?1"));
    query.bind(1, QString::fromLatin1(name));
    return query.step();
}

} // namespace

bool DeferredIndexes::anyMissing(Database& db)
{
    for (const char* index : indexes) {
        if (!exists(db, index))
            return true;
    }
    return false;
}

bool DeferredIndexes::dropIfEmpty(Database& db)
{
    Transaction transaction(db);
    Statement stories = db.prepare(QStringLiteral("SELECT EXISTS(SELECT 1 FROM stories)"));
    if (!stories.step() || stories.int64(0) != 0)
        return false;
    stories.reset();
    for (const char* index : indexes)
        db.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QString::fromLatin1(index)));
    transaction.commit();
    return true;
}

void DeferredIndexes::restore(Database& db)
{
    if (!DeferredIndexes::anyMissing(db))
        return;
    // SQLite's sorter keeps as much in memory as the page cache may hold (32 MB for an import) before
    // it spills to a temporary file: with less, building the indexes adds little to the import's peak.
    Statement cacheSize = db.prepare(QStringLiteral("PRAGMA cache_size"));
    const qint64 cache = cacheSize.step() ? cacheSize.int64(0) : -2000; // SQLite's default
    cacheSize.reset();
    db.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(sortMemoryKiB));
    const auto restoreCache = qScopeGuard([&db, cache] {
        try {
            db.exec(QStringLiteral("PRAGMA cache_size=%1").arg(cache));
        } catch (const DbError&) {
            // Only slower.
        }
    });
    Transaction transaction(db);
    for (const char* index : indexes) {
        if (!exists(db, index))
            db.exec(Schema::indexSql(QString::fromLatin1(index)));
    }
    transaction.commit();
}

IndexBuildLock::IndexBuildLock(const QString& databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return;
    m_lock = std::make_unique<QLockFile>(databasePath + QStringLiteral(".indexing"));
    m_lock->setStaleLockTime(0); // an import may run for an hour: only a dead owner frees it
    m_held = m_lock->tryLock(0);
}

IndexBuildLock::~IndexBuildLock() = default; // QLockFile unlocks

void restoreDeferredIndexes(Database& db)
{
    if (!DeferredIndexes::anyMissing(db))
        return;
    const IndexBuildLock lock(db.path());
    if (lock.isHeld())
        DeferredIndexes::restore(db);
}

bool deferredIndexesNeedRepair(Database& db)
{
    if (!DeferredIndexes::anyMissing(db))
        return false;
    const IndexBuildLock lock(db.path()); // taken for a moment: free means no import is running
    return lock.isHeld();
}

QStringList DeferredIndexes::statements()
{
    QStringList list;
    for (const char* index : indexes)
        list.append(Schema::indexSql(QString::fromLatin1(index)));
    return list;
}

} // namespace ws
