#pragma once

#include "ingest/BatchWriter.h"
#include "ingest/BoundedQueue.h"
#include "ingest/IngestReport.h"
#include "model/StorySink.h"

#include <QElapsedTimer>
#include <QMutex>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <thread>

class QThreadPool;

namespace ws {

class Database;
class Extractor;

// The StorySink behind every import, a pipeline on three kinds of thread:
//
//   reader (the caller: importers parse, addStory() packs batches)
//     -> bounded queue -> writer thread: drops duplicates, hands the batch to the worker pool, which
//        prepares each story (UTF-8 text, full-text tokens, extraction: PreparedStory) while the batch
//        before is written, then writes each batch in one transaction (stories, full-text index from
//        the recorded tokens, extraction)
//
// The queue and the batches in flight are bounded, so memory does not grow with the corpus and a
// fast reader waits for the writer. The database connection belongs to the writer thread from
// start() to finish(): the caller must not use it in between. Counts per file for the report.
class IngestPipeline : public StorySink
{
public:
    // `extractor` may be null: stories are then stored without extraction. A write transaction holds
    // whole batches, at least `storiesPerCommit` stories (0: one batch).
    IngestPipeline(Database& db, const Extractor* extractor, int batchSize = 500, int storiesPerCommit = 0);
    ~IngestPipeline() override;

    void setCancelFlag(const std::atomic_bool* cancelled) { m_cancelled = cancelled; }
    void setProgressCallback(std::function<void(const IngestProgress&)> callback, int filesTotal, qint64 bytesTotal);
    // Extraction workers (before start()); 0 = one per core.
    void setWorkerThreads(int threads) { m_threads = threads; }
    // Extract with Extractor::shared(), loaded by the first worker that needs it: the gazetteers load
    // while the reader parses the first batch, not before it starts.
    void useSharedExtractor() { m_sharedExtractor = true; }
    // The caller checkpoints the log after finish() and what it writes then (ImportJob: the deferred
    // indexes): the last commit is not checkpointed on the way (WalCheckpointer::leaveTheLastCommit).
    void leaveTheLastCheckpointToCaller() { m_callerCheckpoints = true; }

    // Opens an imports row and starts the writer; finish() writes what is left, waits for the writer
    // and closes the row. finish() rethrows a DbError that stopped the writer (the batches committed
    // before it stay). Returns the report.
    void start(const QStringList& paths);
    IngestReport finish();
    // The report so far (after a failure: what was read and written before it).
    IngestReport report() const;

    void beginFile(const QString& path) override;
    void endFile(const QString& path) override;
    void addStory(Story story) override;
    void addIssue(ImportIssue issue) override;
    void fileProgress(qint64 bytesRead, qint64 bytesTotal) override;
    // True after Cancel, and after a database error stopped the writer (so the reader stops too).
    bool isCancelled() const override;

private:
    using Batch = QList<IngestItem>;

    int currentFileIndex();
    void sendBatch();
    void stopWriter();
    void runWriter();
    void writeBatches(BatchWriter& writer);
    ImportTotals totals(); // of what is committed
    void countCommitted(const QList<int>& files);
    void reportProgress(bool force);
    bool userCancelled() const { return m_cancelled && m_cancelled->load(); }

    Database& m_db;
    const Extractor* m_extractor;
    bool m_sharedExtractor = false;
    bool m_callerCheckpoints = false;
    int m_batchSize;
    // The first batches are smaller (100, 200, 400...): the writer, which every import waits for,
    // starts once the first is prepared instead of after a whole batch has been read and extracted.
    int m_nextBatchSize;
    int m_storiesPerCommit;
    int m_threads = 0;
    qint64 m_importId = 0;
    bool m_started = false;

    // Reader side.
    Batch m_filling;
    int m_fileIndex = -1;
    qint64 m_bytesBeforeFile = 0;
    qint64 m_bytesInFile = 0;
    const std::atomic_bool* m_cancelled = nullptr;
    std::function<void(const IngestProgress&)> m_onProgress;
    IngestProgress m_progress;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceProgress;

    // Between the threads.
    BoundedQueue<Batch> m_queue;
    std::thread m_writer;
    std::unique_ptr<QThreadPool> m_pool;
    std::atomic_bool m_failed{false};
    std::exception_ptr m_error;
    mutable QMutex m_reportLock; // guards m_report: the reader adds files and issues, the writer counts
    IngestReport m_report;
};

} // namespace ws
