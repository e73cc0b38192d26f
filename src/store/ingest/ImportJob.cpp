#include "ingest/ImportJob.h"

#include "Store.h"
#include "extract/Extractor.h"
#include "import/FileImporter.h"
#include "ingest/DeferredIndexes.h"
#include "ingest/IngestPipeline.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>

namespace ws {

namespace {

constexpr int writerCacheKiB = 32 * 1024;
// The full-text index gathers new terms in memory and writes them out as a segment when they pass
// this size (FTS5's "hashsize", 1 MB by default). Larger segments mean fewer to merge later: a
// quarter less CPU for a bare FTS5 load, 5 to 8 % less for the import, for 8 MB more memory.
constexpr int fullTextPendingBytes = 8 * 1024 * 1024;
// Segments of one level merged at once (FTS5's "automerge", 4 by default): each term is rewritten
// fewer times as the index grows. 4 % less CPU for the import of 100,000 stories; searches measured
// the same (median 4.5 ms either way), the index having a few more segments to look in.
constexpr int fullTextSegmentsPerMerge = 8;

struct InputSize
{
    int files = 0;
    qint64 bytes = 0;
};

// Totals for the progress bar; the importer walks the same tree again as it reads.
InputSize measure(const QStringList& paths)
{
    InputSize size;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                ++size.files;
                size.bytes += it.fileInfo().size();
            }
        } else {
            ++size.files;
            size.bytes += info.size();
        }
    }
    return size;
}

} // namespace

ImportJob::ImportJob(QString databasePath, QStringList paths, Options options)
    : m_databasePath(std::move(databasePath)), m_paths(std::move(paths)), m_options(options)
{
}

IngestReport ImportJob::run(const std::function<void(const IngestProgress&)>& onProgress)
{
    Database db;
    try {
        db = Store::open(m_databasePath);
    } catch (const DbError& error) {
        IngestReport failed;
        failed.fatalError = error.message();
        return failed;
    }
    try {
        // The writer's working set (id index, entity tables, full-text segments) stays in memory.
        db.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(writerCacheKiB));
        db.exec(QStringLiteral("INSERT INTO story_fts(story_fts, rank) VALUES('hashsize', %1)")
                    .arg(fullTextPendingBytes));
        db.exec(QStringLiteral("INSERT INTO story_fts(story_fts, rank) VALUES('automerge', %1)")
                    .arg(fullTextSegmentsPerMerge));
        // The pipeline's thread checkpoints the log after its commits but the last; the rest (the last
        // commit, the import's row, the indexes built at the end) is copied in one checkpoint below.
        db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    } catch (const DbError&) {
        // Only slower without them.
    }
    bool indexesDeferred = false;
    const IndexBuildLock indexLock(db.path());
    try {
        indexesDeferred = indexLock.isHeld() && DeferredIndexes::dropIfEmpty(db);
    } catch (const DbError&) {
        // Indexed row by row, as into a database that holds stories.
    }
    IngestReport report = runPipeline(db, onProgress);
    if (indexesDeferred) {
        // Built whatever the import's end (done, cancelled, failed): what was stored is indexed.
        QElapsedTimer building;
        building.start();
        try {
            DeferredIndexes::restore(db);
        } catch (const DbError&) {
            // The next Store::open builds them.
        }
        report.seconds += building.elapsed() / 1000.0;
    }
    QElapsedTimer checkpointing;
    checkpointing.start();
    try {
        // One checkpoint and one pair of syncs for the end of the import, instead of one after the
        // last commit and another when the connection closes.
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    } catch (const DbError&) {
        // The log stays until a later checkpoint; nothing is lost.
    }
    report.seconds += checkpointing.elapsed() / 1000.0;
    return report;
}

IngestReport ImportJob::runPipeline(Database& db,
                                    const std::function<void(const IngestProgress&)>& onProgress)
{
    IngestPipeline pipeline(db, nullptr, m_options.batchSize, m_options.storiesPerCommit);
    if (m_options.extract)
        pipeline.useSharedExtractor();
    pipeline.leaveTheLastCheckpointToCaller();
    pipeline.setCancelFlag(&m_cancelled);
    pipeline.setWorkerThreads(m_options.threads);
    if (onProgress) {
        const InputSize size = measure(m_paths);
        pipeline.setProgressCallback(onProgress, size.files, size.bytes);
    }
    try {
        pipeline.start(m_paths);
        FileImporter importer;
        importer.importPaths(m_paths, pipeline);
        return pipeline.finish();
    } catch (const DbError& error) {
        // Whatever was committed before stays; the unfinished batch rolled back.
        IngestReport partial = pipeline.report();
        partial.fatalError = error.detail().isEmpty() ? error.message() : error.message() + QStringLiteral(" (") + error.detail() + QLatin1Char(')');
        return partial;
    }
}

} // namespace ws
