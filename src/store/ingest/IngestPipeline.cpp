#include "ingest/IngestPipeline.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "extract/Extractor.h"
#include "ingest/ExtractionWriter.h"
#include "ingest/StoryWriter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

namespace ws {

IngestPipeline::IngestPipeline(Database& db, const Extractor* extractor, int batchSize)
    : m_db(db), m_extractor(extractor), m_batchSize(qMax(1, batchSize)),
      m_exists(db.prepare(QStringLiteral("SELECT 1 FROM stories WHERE id=?1")))
{
}

IngestPipeline::~IngestPipeline() = default;

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
}

bool IngestPipeline::isCancelled() const { return m_cancelled && m_cancelled->load(); }

FileReport& IngestPipeline::currentFile()
{
    if (m_report.files.isEmpty())
        m_report.files.append(FileReport{});
    return m_report.files.last();
}

void IngestPipeline::beginFile(const QString& path)
{
    FileReport file;
    file.path = path;
    m_report.files.append(file);
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
    FileReport& file = currentFile();
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
    if (story.id.isEmpty())
        story.id = Story::makeId(story.title, story.body);
    FileReport& file = currentFile();
    ++m_progress.stories;
    bool duplicate = m_batchIds.contains(story.id);
    if (!duplicate) {
        m_exists.bind(1, story.id);
        duplicate = m_exists.step();
        m_exists.reset();
    }
    if (duplicate) {
        ++file.duplicates;
        ++m_report.duplicates;
        return;
    }
    ++file.added;
    ++m_report.added;
    m_batchIds.insert(story.id);
    m_batch.append(std::move(story));
    if (m_batch.size() >= m_batchSize)
        flush();
    reportProgress(false);
}

void IngestPipeline::flush()
{
    if (m_batch.isEmpty())
        return;
    QList<Extraction> extractions;
    if (m_extractor) {
        const Extractor* extractor = m_extractor;
        extractions = QtConcurrent::blockingMapped(m_batch, [extractor](const Story& story) {
            return extractor->extract(story);
        });
    }
    Transaction transaction(m_db);
    StoryWriter stories(m_db);
    if (!m_writer && m_extractor)
        m_writer = std::make_unique<ExtractionWriter>(m_db);
    for (int i = 0; i < m_batch.size(); ++i) {
        const qint64 rowid = stories.insert(m_batch[i], m_importId, m_extractor != nullptr);
        if (m_extractor)
            m_writer->write(rowid, extractions[i]);
    }
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE imports SET stories_added=?2, duplicates=?3, errors=?4, warnings=?5 WHERE id=?1"));
    update.bind(1, m_importId).bind(2, m_report.added).bind(3, m_report.duplicates).bind(4, m_report.errors).bind(5, m_report.warnings);
    update.run();
    transaction.commit();
    m_batch.clear();
    m_batchIds.clear();
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
    flush();
    auto update = m_db.prepare(QStringLiteral("UPDATE imports SET finished=?2, status=?3 WHERE id=?1"));
    update.bind(1, m_importId)
        .bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(3, isCancelled() ? QStringLiteral("cancelled") : QStringLiteral("done"));
    update.run();
    m_report.cancelled = isCancelled();
    m_report.bytes = m_progress.bytesDone;
    m_report.seconds = m_clock.elapsed() / 1000.0;
    reportProgress(true);
    return m_report;
}

} // namespace ws
