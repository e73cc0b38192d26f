#pragma once

#include "db/Statement.h"
#include "ingest/IngestReport.h"
#include "model/StorySink.h"

#include <QElapsedTimer>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

namespace ws {

class Database;
class Extractor;
class ExtractionWriter;

// The StorySink behind every import: drops duplicates (same content id), runs the extractor on a
// batch of stories across the worker threads, and writes each batch in one transaction (stories,
// full-text index, extraction). Counts per file for the report.
class IngestPipeline : public StorySink
{
public:
    // `extractor` may be null: stories are then stored without extraction.
    IngestPipeline(Database& db, const Extractor* extractor, int batchSize = 500);
    ~IngestPipeline() override;

    void setCancelFlag(const std::atomic_bool* cancelled) { m_cancelled = cancelled; }
    void setProgressCallback(std::function<void(const IngestProgress&)> callback, int filesTotal, qint64 bytesTotal);

    // Opens an imports row; finish() flushes the last batch and closes it. Returns the report.
    void start(const QStringList& paths);
    IngestReport finish();
    // The report so far (after a failure: what was read before it).
    IngestReport report() const { return m_report; }

    void beginFile(const QString& path) override;
    void endFile(const QString& path) override;
    void addStory(Story story) override;
    void addIssue(ImportIssue issue) override;
    void fileProgress(qint64 bytesRead, qint64 bytesTotal) override;
    bool isCancelled() const override;

private:
    FileReport& currentFile();
    void flush();
    void reportProgress(bool force);

    Database& m_db;
    const Extractor* m_extractor;
    int m_batchSize;
    std::unique_ptr<ExtractionWriter> m_writer;
    Statement m_exists;
    QList<Story> m_batch;
    QSet<QString> m_batchIds;
    IngestReport m_report;
    qint64 m_importId = 0;
    qint64 m_bytesBeforeFile = 0;
    qint64 m_bytesInFile = 0;
    const std::atomic_bool* m_cancelled = nullptr;
    std::function<void(const IngestProgress&)> m_onProgress;
    IngestProgress m_progress;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceProgress;
};

} // namespace ws
