#include "ingest/BatchWriter.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "ingest/ExtractionWriter.h"

#include <utility>

namespace ws {

BatchWriter::BatchWriter(Database& db, qint64 importId, bool extracted, int storiesPerCommit)
    : m_db(db), m_importId(importId), m_extracted(extracted), m_stories(db),
      m_extraction(extracted ? std::make_unique<ExtractionWriter>(db) : nullptr),
      m_exists(db.prepare(QStringLiteral("SELECT 1 FROM stories WHERE id=?1"))),
      m_updateImport(db.prepare(QStringLiteral(
          "UPDATE imports SET stories_added=?2, duplicates=?3, errors=?4, warnings=?5 WHERE id=?1"))),
      m_storiesPerCommit(qMax(1, storiesPerCommit))
{
    // Every row the writer inserts points at a story it has just written or an entity it looked up
    // inside the same IMMEDIATE transaction (after refreshIfChangedElsewhere), so the foreign-key
    // checks, one parent lookup per row, would only find what is known. Other connections keep them.
    m_db.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
}

BatchWriter::~BatchWriter()
{
    try {
        m_db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    } catch (...) {
        // The connection failed; the next open turns the checks on again.
    }
}

QList<int> BatchWriter::dropDuplicates(QList<IngestItem>& items)
{
    QList<int> duplicateFiles;
    qsizetype kept = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString& id = items[i].story.id;
        bool duplicate = m_pending.contains(id);
        if (!duplicate) {
            m_exists.bind(1, id);
            duplicate = m_exists.step();
            m_exists.reset();
        }
        if (duplicate) {
            duplicateFiles.append(items[i].file);
            continue;
        }
        m_pending.insert(id);
        if (kept != i)
            items[kept] = std::move(items[i]);
        ++kept;
    }
    items.resize(kept);
    return duplicateFiles;
}

QList<int> BatchWriter::write(const QList<IngestItem>& items, const QList<PreparedStory>& prepared,
                              const ImportTotals& committed, const std::function<void()>& between)
{
    constexpr qsizetype storiesBetweenCalls = 100;
    if (!m_open) {
        m_open = std::make_unique<Transaction>(m_db);
        if (m_extraction)
            m_extraction->refreshIfChangedElsewhere();
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PreparedStory* story = i < prepared.size() ? &prepared[i] : nullptr;
        const qint64 rowid = m_stories.insert(items[i].story, m_importId, m_extracted, story);
        if (m_extraction && story)
            m_extraction->write(rowid, story->extraction, &story->entityNames);
        m_uncommittedIds.append(items[i].story.id);
        m_uncommittedFiles.append(items[i].file);
        if (between && (i + 1) % storiesBetweenCalls == 0)
            between();
    }
    if (m_uncommittedIds.size() < commitSize())
        return {};
    return commit(committed);
}

qsizetype BatchWriter::commitSize() const
{
    // An import's first commits are small and then double, up to storiesPerCommit: the log of a
    // small import is copied into the database (and synced) in the background as the import goes
    // on, and its last commit is short; a large import soon commits whole storiesPerCommit.
    constexpr qsizetype firstCommit = 2500;
    return qMin(qsizetype(m_storiesPerCommit), qMax(firstCommit, m_committedStories));
}

void BatchWriter::writeAhead()
{
    if (m_extraction && m_open)
        m_extraction->flushStoryRows();
}

QList<int> BatchWriter::finish(const ImportTotals& committed)
{
    return m_open ? commit(committed) : QList<int>();
}

void BatchWriter::updateImportRow(const ImportTotals& committed)
{
    m_updateImport.bind(1, m_importId)
        .bind(2, qint64(committed.added + m_uncommittedIds.size()))
        .bind(3, qint64(committed.duplicates))
        .bind(4, qint64(committed.errors))
        .bind(5, qint64(committed.warnings));
    m_updateImport.run();
}

QList<int> BatchWriter::commit(const ImportTotals& committed)
{
    if (m_extraction)
        m_extraction->flush();
    updateImportRow(committed);
    m_open->commit();
    m_open.reset();
    for (const QString& id : std::as_const(m_uncommittedIds))
        m_pending.remove(id);
    m_committedStories += m_uncommittedIds.size();
    m_uncommittedIds.clear();
    return std::exchange(m_uncommittedFiles, {});
}

} // namespace ws
