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
// writes each batch (stories, full text, extraction, the import's totals) in one transaction, so a
// kill at any moment leaves whole batches only.
class BatchWriter
{
public:
    BatchWriter(Database& db, qint64 importId, bool extracted);
    ~BatchWriter();

    // Removes the duplicates from `items` (in order: the first of equal stories stays) and returns the
    // file index of each one removed.
    QList<int> dropDuplicates(QList<IngestItem>& items);
    // Writes a batch that went through dropDuplicates(); `prepared` holds one PreparedStory per item
    // (or is empty: the stories are then tokenized here, and nothing extracted). Throws DbError; the
    // batch is then rolled back.
    // `between` (when set) is called now and then between stories, inside the transaction: the
    // pipeline hands new batches to its workers there.
    void write(const QList<IngestItem>& items, const QList<PreparedStory>& prepared, const ImportTotals& totals,
               const std::function<void()>& between = {});

private:
    Database& m_db;
    qint64 m_importId;
    bool m_extracted;
    StoryWriter m_stories;
    std::unique_ptr<ExtractionWriter> m_extraction;
    Statement m_exists;
    Statement m_updateImport;
    QSet<QString> m_pending; // ids accepted but not yet committed
};

} // namespace ws
