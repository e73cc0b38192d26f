#include "ingest/BatchWriter.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "ingest/ExtractionWriter.h"

namespace ws {

BatchWriter::BatchWriter(Database& db, qint64 importId, bool extracted)
    : m_db(db), m_importId(importId), m_extracted(extracted), m_stories(db),
      m_extraction(extracted ? std::make_unique<ExtractionWriter>(db) : nullptr),
      m_exists(db.prepare(QStringLiteral("SELECT 1 FROM stories WHERE id=?1"))),
      m_updateImport(db.prepare(QStringLiteral(
          "UPDATE imports SET stories_added=?2, duplicates=?3, errors=?4, warnings=?5 WHERE id=?1")))
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

void BatchWriter::write(const QList<IngestItem>& items, const QList<PreparedStory>& prepared, const ImportTotals& totals,
                        const std::function<void()>& between)
{
    constexpr qsizetype storiesBetweenCalls = 100;
    Transaction transaction(m_db);
    if (m_extraction)
        m_extraction->refreshIfChangedElsewhere();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PreparedStory* story = i < prepared.size() ? &prepared[i] : nullptr;
        const qint64 rowid = m_stories.insert(items[i].story, m_importId, m_extracted, story);
        if (m_extraction && story)
            m_extraction->write(rowid, story->extraction);
        if (between && (i + 1) % storiesBetweenCalls == 0)
            between();
    }
    if (m_extraction)
        m_extraction->flushCounts();
    m_updateImport.bind(1, m_importId)
        .bind(2, qint64(totals.added))
        .bind(3, qint64(totals.duplicates))
        .bind(4, qint64(totals.errors))
        .bind(5, qint64(totals.warnings));
    m_updateImport.run();
    transaction.commit();
    for (const IngestItem& item : items)
        m_pending.remove(item.story.id);
}

} // namespace ws
