#include "ingest/Reextractor.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "extract/Extractor.h"
#include "ingest/ExtractionWriter.h"

#include <QtConcurrent/QtConcurrentMap>

namespace ws {

namespace {

constexpr int batchSize = 500;

struct StoredStory
{
    qint64 rowid = 0;
    Story story;
};

} // namespace

int Reextractor::run(const std::function<void(int, int)>& onProgress, const std::atomic_bool* cancelled)
{
    int total = 0;
    {
        auto count = m_db.prepare(QStringLiteral("SELECT count(*) FROM stories"));
        if (count.step())
            total = count.integer(0);
    }
    // One transaction for the whole run: a reader never sees a corpus half without entities, and a
    // cancelled or failed run leaves the previous extraction in place.
    Transaction transaction(m_db);
    m_db.exec(QStringLiteral("DELETE FROM relations; DELETE FROM deal_parties; DELETE FROM deals; "
                             "DELETE FROM story_entities; DELETE FROM aliases; "
                             "DELETE FROM entities;"));
    ExtractionWriter writer(m_db);
    auto read = m_db.prepare(QStringLiteral("SELECT rowid, title, body FROM stories WHERE rowid > ?1 ORDER BY rowid LIMIT ?2"));
    qint64 lastRowid = 0;
    int done = 0;
    while (true) {
        if (cancelled && cancelled->load())
            return done; // the transaction rolls back: the old extraction stays
        QList<StoredStory> batch;
        read.bind(1, lastRowid).bind(2, qint64(batchSize));
        while (read.step()) {
            StoredStory stored;
            stored.rowid = read.int64(0);
            stored.story.title = read.text(1);
            stored.story.body = read.text(2);
            batch.append(std::move(stored));
        }
        read.reset();
        if (batch.isEmpty())
            break;
        const Extractor& extractor = m_extractor;
        const QList<Extraction> extractions = QtConcurrent::blockingMapped(
            batch, [&extractor](const StoredStory& stored) { return extractor.extract(stored.story); });
        for (int i = 0; i < batch.size(); ++i)
            writer.write(batch[i].rowid, extractions[i]);
        writer.flush();
        lastRowid = batch.last().rowid;
        done += int(batch.size());
        if (onProgress)
            onProgress(done, total);
    }
    m_db.exec(QStringLiteral("UPDATE stories SET extracted=1"));
    transaction.commit();
    return done;
}

} // namespace ws
