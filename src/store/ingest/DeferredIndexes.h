#pragma once

#include <QStringList>

#include <memory>

class QLockFile;

namespace ws {

class Database;

// The secondary indexes that an import into an empty database builds once, at its end, by sorting,
// instead of entry by entry as its rows arrive: each entry would be a b-tree insert on the writer
// thread, the one every import waits for, and the entries of stories_date and deal_parties_entity
// land all over their indexes. (100,000 stories: the writer 1.2 CPU-seconds shorter, the indexes
// built in 0.4 s.) Only for an empty database: into a large one, a few stories more are cheaper to
// index one by one than the whole index is to build again.
//
// While they are missing (during that first import, or after it was killed) the queries that use
// them are slower, never wrong; restore() puts back whichever is missing, and Store::open calls it
// (restoreDeferredIndexes) when no import holds the IndexBuildLock.
class DeferredIndexes
{
public:
    // Drops the indexes when the database holds no story; true when it did. Its own transaction.
    static bool dropIfEmpty(Database& db);
    // Creates the missing ones (none, normally: a quick look at the schema) in one transaction.
    static void restore(Database& db);
    // Whether any of them is missing (a look at the schema).
    static bool anyMissing(Database& db);
    // Their CREATE INDEX statements, the schema's own (Schema::indexSql); TestDeferredIndexes checks
    // that each is one a new database has.
    static QStringList statements();
};

// Held by an import that dropped the indexes, until it has built them again: a lock file beside the
// database (QLockFile: a lock whose process is gone counts as free). Another connection that finds
// the indexes missing builds them only when it can take the lock, so it never builds them under a
// running import (which would hold that import's writer up) and always does after a killed one.
class IndexBuildLock
{
public:
    explicit IndexBuildLock(const QString& databasePath);
    ~IndexBuildLock();
    IndexBuildLock(const IndexBuildLock&) = delete;
    IndexBuildLock& operator=(const IndexBuildLock&) = delete;

    bool isHeld() const { return m_held; }

private:
    std::unique_ptr<QLockFile> m_lock;
    bool m_held = false;
};

// Store::open's repair: builds the missing indexes unless an import holds the lock.
void restoreDeferredIndexes(Database& db);
// Whether that repair would build indexes in the database at `path` (Store::needsIndexRepair).
bool deferredIndexesNeedRepair(Database& db);

} // namespace ws
