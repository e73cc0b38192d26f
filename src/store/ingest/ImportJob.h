#pragma once

#include "ingest/IngestReport.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace ws {

class Database;

// One import run on its own database connection: walks the paths and reads every file on the calling
// thread, extracts on a pool of workers, and writes in batches on a writer thread (IngestPipeline;
// one transaction per batch, so a kill leaves the database consistent and a second run completes the
// first). Memory stays flat whatever the corpus size. run() blocks: the GUI calls it on a worker thread.
// Into an empty database, some indexes are built at the end instead of row by row (DeferredIndexes).
class ImportJob
{
public:
    struct Options
    {
        bool extract = true;
        int batchSize = 1000;      // stories read, prepared and written together
        int storiesPerCommit = 20000; // stories per write transaction (whole batches)
        int threads = 0; // extraction workers; 0 = one per core
    };

    ImportJob(QString databasePath, QStringList paths, Options options);
    ImportJob(QString databasePath, QStringList paths) : ImportJob(std::move(databasePath), std::move(paths), Options{}) {}

    // Called from the worker thread; the callback must be thread-safe (a queued signal is).
    IngestReport run(const std::function<void(const IngestProgress&)>& onProgress = {});
    // Thread-safe: reading stops at the next story; the few batches already read are written, and
    // what was committed stays.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

private:
    IngestReport runPipeline(Database& db, const std::function<void(const IngestProgress&)>& onProgress);

    QString m_databasePath;
    QStringList m_paths;
    Options m_options;
    std::atomic_bool m_cancelled{false};
};

} // namespace ws
