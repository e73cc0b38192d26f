#include "ingest/IngestPipeline.h"

#include "db/Database.h"
#include "extract/Extractor.h"
#include "ingest/WalCheckpointer.h"
#include "text/Utf16Scan.h"

#include <QDateTime>
#include <QFuture>
#include <QScopeGuard>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <deque>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ws {

namespace {

// Batches parsed and waiting for the writer; with the batches in flight this bounds the memory.
constexpr size_t queuedBatches = 2;
constexpr int firstBatchSize = 100;

// Control characters (C0 but tab, line feed and carriage return; DEL; C1) mean nothing in a story and
// would pass as markers where the store uses them (the search snippets' \x02 and \x03): dropped.
// The workers yield to the writer thread: the import as a whole waits for the writer, so when both
// want the cores, it goes first. A nice value of its own per worker (Linux threads have one); the
// workers still get whatever the writer and the reader leave.
void yieldToTheWriter()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        constexpr int workerNice = 10; // a tenth of the writer's share when both want a core
        setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), workerNice);
    }
#endif
}

void dropControlCharacters(QString& text)
{
    // Almost no story has one: the check eight characters at a time is all most pay.
    if (Utf16Scan::hasControlCharacter(text))
        text.removeIf([](QChar c) { return Utf16Scan::isControlCharacter(c.unicode()); });
}

} // namespace

IngestPipeline::IngestPipeline(Database& db, const Extractor* extractor, int batchSize, int storiesPerCommit)
    : m_db(db), m_extractor(extractor), m_batchSize(qMax(1, batchSize)), m_nextBatchSize(qMin(m_batchSize, firstBatchSize)),
      m_storiesPerCommit(storiesPerCommit > 0 ? storiesPerCommit : m_batchSize), m_queue(queuedBatches)
{
}

IngestPipeline::~IngestPipeline()
{
    // Without finish() (the reader threw): what was queued is still written whole, then the writer ends.
    stopWriter();
}

void IngestPipeline::setProgressCallback(std::function<void(const IngestProgress&)> callback, int filesTotal,
                                         qint64 bytesTotal)
{
    m_onProgress = std::move(callback);
    m_progress.filesTotal = filesTotal;
    m_progress.bytesTotal = bytesTotal;
}

void IngestPipeline::start(const QStringList& paths)
{
    m_clock.start();
    m_sinceProgress.start();
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO imports(started, paths) VALUES(?1, ?2)"));
    insert.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).bind(2, paths.join(QLatin1Char('\n')));
    insert.run();
    m_importId = m_db.lastInsertRowId();
    // The workers prepare every story (tokens, and extraction when asked) off the writer thread.
    m_pool = std::make_unique<QThreadPool>();
    m_pool->setMaxThreadCount(m_threads > 0 ? m_threads : QThread::idealThreadCount());
    m_filling.reserve(m_nextBatchSize);
    // The gazetteers load on a worker while the reader opens and parses the first file, not when the
    // first batch arrives.
    if (m_sharedExtractor)
        m_pool->start([] { Extractor::shared(); });
    m_started = true;
    // From here the connection is the writer's.
    m_writer = std::thread([this] { runWriter(); });
}

bool IngestPipeline::isCancelled() const { return userCancelled() || m_failed.load(); }

IngestReport IngestPipeline::report() const
{
    QMutexLocker lock(&m_reportLock);
    return m_report;
}

int IngestPipeline::currentFileIndex()
{
    if (m_fileIndex < 0) {
        QMutexLocker lock(&m_reportLock);
        m_report.files.append(FileReport{});
        m_fileIndex = int(m_report.files.size()) - 1;
    }
    return m_fileIndex;
}

void IngestPipeline::beginFile(const QString& path)
{
    FileReport file;
    file.path = path;
    {
        QMutexLocker lock(&m_reportLock);
        m_report.files.append(file);
        m_fileIndex = int(m_report.files.size()) - 1;
    }
    m_progress.currentFile = path;
    m_bytesInFile = 0;
    reportProgress(true);
}

void IngestPipeline::endFile(const QString& path)
{
    Q_UNUSED(path);
    ++m_progress.filesDone;
    m_bytesBeforeFile += m_bytesInFile;
    m_bytesInFile = 0;
    m_progress.bytesDone = m_bytesBeforeFile;
    reportProgress(true);
}

void IngestPipeline::fileProgress(qint64 bytesRead, qint64 bytesTotal)
{
    Q_UNUSED(bytesTotal);
    m_bytesInFile = bytesRead;
    m_progress.bytesDone = m_bytesBeforeFile + bytesRead;
    reportProgress(false);
}

void IngestPipeline::addIssue(ImportIssue issue)
{
    const int index = currentFileIndex();
    QMutexLocker lock(&m_reportLock);
    FileReport& file = m_report.files[index];
    if (issue.isError()) {
        ++file.errors;
        ++m_report.errors;
    } else {
        ++file.warnings;
        ++m_report.warnings;
    }
    file.issues.append(std::move(issue));
}

void IngestPipeline::addStory(Story story)
{
    if (m_failed)
        return; // the writer stopped on an error; finish() reports it
    if (story.id.isEmpty())
        story.id = Story::makeId(story.title, story.body, story.date);
    // After the id, which stays the one the text as read gives (so a re-import finds the story).
    for (QString* text : {&story.title, &story.body, &story.author, &story.source.feed})
        dropControlCharacters(*text);
    m_filling.append(IngestItem{std::move(story), currentFileIndex()});
    ++m_progress.stories;
    if (m_filling.size() >= m_nextBatchSize)
        sendBatch();
    reportProgress(false);
}

void IngestPipeline::sendBatch()
{
    if (m_filling.isEmpty())
        return;
    if (!m_started)
        start({});
    // Waits while the writer is two batches behind; returns false only after a writer failure.
    m_queue.push(std::move(m_filling));
    m_nextBatchSize = qMin(m_batchSize, 2 * m_nextBatchSize);
    m_filling = Batch();
    m_filling.reserve(m_nextBatchSize);
}

void IngestPipeline::stopWriter()
{
    m_queue.close();
    if (m_writer.joinable())
        m_writer.join();
}

void IngestPipeline::runWriter()
{
    try {
        WalCheckpointer checkpointer(m_db);
        BatchWriter writer(m_db, m_importId, m_extractor != nullptr || m_sharedExtractor, m_storiesPerCommit);
        writeBatches(writer);
        if (m_callerCheckpoints)
            checkpointer.leaveTheLastCommit();
        countCommitted(writer.finish(totals()));
    } catch (...) {
        m_error = std::current_exception();
        m_failed = true;
        m_queue.close(); // a reader waiting to push returns at once
    }
}

void IngestPipeline::writeBatches(BatchWriter& writer)
{
    struct InFlight
    {
        Batch items;
        QFuture<PreparedStory> prepared;
    };
    std::deque<InFlight> inFlight;
    auto settle = qScopeGuard([&inFlight] {
        for (InFlight& batch : inFlight) {
            batch.prepared.cancel();
            batch.prepared.waitForFinished();
        }
    });
    // The workers prepare up to two batches ahead of the one being written. New batches are handed to
    // them between the stories of a write too, so they never sit idle while the writer works.
    constexpr size_t depth = 3;
    bool open = true;
    const auto dispatch = [&](bool mayWait) {
        while (open && inFlight.size() < depth) {
            const bool wait = mayWait && inFlight.empty();
            std::optional<Batch> batch = wait ? m_queue.pop() : m_queue.tryPop();
            if (!batch) {
                open = !wait; // a waiting writer got nothing: the queue is closed and drained
                return;
            }
            const QList<int> duplicateFiles = writer.dropDuplicates(*batch);
            if (!duplicateFiles.isEmpty()) {
                QMutexLocker lock(&m_reportLock);
                for (int file : duplicateFiles)
                    ++m_report.files[file].duplicates;
                m_report.duplicates += int(duplicateFiles.size());
            }
            if (batch->isEmpty())
                continue;
            InFlight next{std::move(*batch), {}};
            const Extractor* extractor = m_extractor;
            const bool shared = m_sharedExtractor;
            next.prepared = QtConcurrent::mapped(m_pool.get(), Batch(next.items), [extractor, shared](const IngestItem& item) {
                yieldToTheWriter();
                return PreparedStory::prepare(item.story, shared ? &Extractor::shared() : extractor);
            });
            inFlight.push_back(std::move(next));
        }
    };
    while (open || !inFlight.empty()) {
        dispatch(true);
        if (inFlight.empty())
            continue;
        InFlight batch = std::move(inFlight.front());
        inFlight.pop_front();
        // After the last batch is read, a writer waiting for the workers writes the rows it holds for
        // the commit: the import then ends with a shorter commit.
        if (!batch.prepared.isFinished() && m_queue.drained())
            writer.writeAhead();
        QList<PreparedStory> prepared = batch.prepared.results();
        countCommitted(writer.write(batch.items, prepared, totals(), [&dispatch] { dispatch(false); }));
        // Freeing a written batch (stories, recordings, extractions) is work too: a worker does it.
        m_pool->start([written = std::move(batch), prepared = std::move(prepared)]() mutable {
            prepared = {};
            written = {};
        });
    }
}

ImportTotals IngestPipeline::totals()
{
    QMutexLocker lock(&m_reportLock);
    return {m_report.added, m_report.duplicates, m_report.errors, m_report.warnings};
}

void IngestPipeline::countCommitted(const QList<int>& files)
{
    QMutexLocker lock(&m_reportLock);
    for (int file : files)
        ++m_report.files[file].added;
    m_report.added += int(files.size());
}

void IngestPipeline::reportProgress(bool force)
{
    if (!m_onProgress)
        return;
    if (!force && m_sinceProgress.elapsed() < 100)
        return;
    m_sinceProgress.restart();
    m_onProgress(m_progress);
}

IngestReport IngestPipeline::finish()
{
    sendBatch();
    if (!m_started)
        start({});
    stopWriter();
    if (m_error) {
        const std::exception_ptr error = m_error;
        m_error = nullptr;
        std::rethrow_exception(error);
    }
    auto update = m_db.prepare(QStringLiteral("UPDATE imports SET finished=?2, status=?3 WHERE id=?1"));
    update.bind(1, m_importId)
        .bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(3, userCancelled() ? QStringLiteral("cancelled") : QStringLiteral("done"));
    update.run();
    reportProgress(true);
    QMutexLocker lock(&m_reportLock);
    m_report.cancelled = userCancelled();
    m_report.bytes = m_progress.bytesDone;
    m_report.seconds = m_clock.elapsed() / 1000.0;
    return m_report;
}

} // namespace ws
