#pragma once

#include "db/Statement.h"
#include "ingest/PreparedStory.h"
#include "ingest/StoryWriter.h"
#include "model/Extraction.h"
#include "model/Story.h"

#include <QList>
#include <QSet>

#include <functional>
#include <memory>

namespace ws {

class Database;
class ExtractionWriter;
class Transaction;

// A story on its way through the ingest pipeline, with the index of the file it came from.
struct IngestItem
{
    Story story;
    int file = 0;
};

// Totals of an import run as they stand, for its row in `imports`.
struct ImportTotals
{
    int added = 0;
    int duplicates = 0;
    int errors = 0;
    int warnings = 0;
};

// The ingest pipeline's writer: the only user of the connection while an import runs. It sorts out
// duplicates (stories stored before, or accepted earlier in this run and not yet written), then
// writes the batches (stories, full text, extraction, the import's totals) in transactions of a few
// batches each, so a kill at any moment leaves whole batches only. A transaction spans several batches
// because at scale every commit writes each page it changed to the log: the more stories share a
// commit, the more of them share a changed page (a b-tree leaf of an index, a full-text segment).
class BatchWriter
{
public:
    BatchWriter(Database& db, qint64 importId, bool extracted, int storiesPerCommit);
    ~BatchWriter();

    // Removes the duplicates from `items` (in order: the first of equal stories stays) and returns the
    // file index of each one removed.
    QList<int> dropDuplicates(QList<IngestItem>& items);
    // Writes a batch that went through dropDuplicates(); `prepared` holds one PreparedStory per item
    // (or is empty: the stories are then tokenized here, and nothing extracted). Throws DbError; the
    // batch is then rolled back.
    // `between` (when set) is called now and then between stories, inside the transaction: the
    // pipeline hands new batches to its workers there. `committed` are the totals of what earlier
    // commits stored. Commits once the open transaction holds `storiesPerCommit` stories, and returns
    // the file index of every story that commit stored (empty while the transaction stays open).
    QList<int> write(const QList<IngestItem>& items, const QList<PreparedStory>& prepared,
                     const ImportTotals& committed, const std::function<void()>& between = {});
    // Commits what is written and not yet committed; the same return value as write().
    QList<int> finish(const ImportTotals& committed);
    // Writes now what the open transaction would write at its commit (the story-entity rows), for a
    // writer that would otherwise wait for its last batches: the import's last commit is shorter.
    // (Not a commit: commits fall at fixed counts, so the same input gives the same full-text index.)
    void writeAhead();

private:
    Database& m_db;
    qint64 m_importId;
    bool m_extracted;
    StoryWriter m_stories;
    std::unique_ptr<ExtractionWriter> m_extraction;
    Statement m_exists;
    Statement m_updateImport;
    QSet<QString> m_pending; // ids accepted but not yet committed
    const int m_storiesPerCommit;
    qsizetype m_committedStories = 0; // by this writer
    std::unique_ptr<Transaction> m_open;
    // The stories written in the open transaction: their ids and the files they came from.
    QList<QString> m_uncommittedIds;
    QList<int> m_uncommittedFiles;

    QList<int> commit(const ImportTotals& committed);
    qsizetype commitSize() const;
    void updateImportRow(const ImportTotals& committed);
};

} // namespace ws
