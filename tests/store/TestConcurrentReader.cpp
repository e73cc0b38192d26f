// A reader on its own connection while an import writes on another (the window's case): the reader
// runs the window's queries (story list, search, story detail) without pause, and no read ever fails
// with "database is locked" (SQLITE_BUSY), and each read sees whole batches only: every story it sees
// has its full-text entry and its extraction, and the story count is a whole number of batches.
#include "Store.h"
#include "db/Statement.h"
#include "ingest/ImportJob.h"
#include "search/SearchEngine.h"
#include "view/StoryDetailQuery.h"
#include "view/StoryListQuery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace ws;

namespace {

constexpr int storyCount = 4000;
constexpr int batchSize = 100;

// Every story names a company the gazetteer knows and the word "wafer", so that each one has a
// mention once extracted and each one matches the search.
void writeCorpus(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const char* const companies[] = {"TSMC", "Intel", "Samsung Electronics", "Micron Technology", "ASML"};
    for (int i = 0; i < storyCount; ++i) {
        const QString company = QLatin1String(companies[i % 5]);
        QString body;
        for (int s = 0; s < 6; ++s)
            body += QStringLiteral("%1 said wafer starts rose %2 percent in plant %3 during week %4. ")
                        .arg(company)
                        .arg(s + i % 17)
                        .arg(i)
                        .arg(s);
        file.write(QStringLiteral(
                       "{\"title\": \"%1 wafer update %2\", \"body\": \"%3\", \"date\": \"2024-%4-%5\"}\n")
                       .arg(company)
                       .arg(i)
                       .arg(body)
                       .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                       .toUtf8());
    }
}

} // namespace

class TestConcurrentReader : public QObject
{
    Q_OBJECT

private slots:
    void readerNeverBlockedAndSeesWholeBatches()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("corpus.jsonl"));
        writeCorpus(corpus);
        const QString path = dir.filePath(QStringLiteral("concurrent.db"));
        Database reader = Store::open(path); // created before the import, as the window does

        std::atomic_bool done{false};
        IngestReport report;
        std::thread importer([&] {
            ImportJob::Options options;
            options.batchSize = batchSize;
            options.storiesPerCommit = batchSize;
            report = ImportJob(path, {corpus}, options).run();
            done = true;
        });

        QStringList failures;
        QSet<qint64> totalsSeen;
        int reads = 0;
        int busy = 0;
        qint64 slowestReadMs = 0;
        QElapsedTimer clock;
        clock.start();
        auto readOnce = [&] {
            ++reads;
            QElapsedTimer readClock;
            readClock.start();
            const auto timeRead =
                qScopeGuard([&] { slowestReadMs = qMax(slowestReadMs, readClock.elapsed()); });
            try {
                // One snapshot for the whole read, so its figures can be compared with each other.
                reader.exec(QStringLiteral("BEGIN"));
                const qint64 total = StoryListQuery(reader, {}).total();
                const QList<StoryRow> newest = StoryListQuery(reader, {}).fetch(50);
                StoryListQuery searched(reader, StoryFilter{{}, QStringLiteral("wafer")});
                const qint64 matched = searched.total();
                const QList<StoryRow> page = searched.fetch(50);
                const SearchResult result = SearchEngine(reader).search(QStringLiteral("wafer"), 20);
                if (!result.ok()) {
                    failures << QStringLiteral("search: ") + result.error->message;
                    busy += result.error->message.contains(QLatin1String("busy"));
                } else if (result.total != total || matched != total) {
                    failures << QStringLiteral("%1 stories but search finds %2 and the list %3")
                                    .arg(total)
                                    .arg(result.total)
                                    .arg(matched);
                }
                if (total % batchSize != 0 && total != storyCount)
                    failures << QStringLiteral("%1 stories is not a whole number of batches").arg(total);
                if (newest.size() != qMin<qint64>(50, total) || page.size() != qMin<qint64>(50, total))
                    failures << QStringLiteral("pages of %1 and %2 rows for %3 stories")
                                    .arg(newest.size())
                                    .arg(page.size())
                                    .arg(total);
                for (const StoryRow& row : newest + page) {
                    const std::optional<StoryDetail> detail = StoryDetailQuery(reader).load(row.rowid);
                    if (!detail || detail->body.isEmpty())
                        failures << QStringLiteral("story %1 is listed but cannot be read").arg(row.rowid);
                    else if (detail->mentions.isEmpty())
                        failures
                            << QStringLiteral("story %1 is visible before its extraction").arg(row.rowid);
                }
                reader.exec(QStringLiteral("COMMIT"));
                totalsSeen.insert(total);
            } catch (const DbError& error) {
                failures << QStringLiteral("read failed: %1 (%2)").arg(error.message(), error.detail());
                busy += error.code() == 5 || error.code() == 6; // SQLITE_BUSY, SQLITE_LOCKED
                try {
                    reader.exec(QStringLiteral("ROLLBACK"));
                } catch (const DbError&) {
                }
            }
        };
        while (!done && failures.size() < 20)
            readOnce();
        importer.join();
        readOnce(); // after the import: everything
        const double seconds = clock.elapsed() / 1000.0;

        qInfo().noquote()
            << QStringLiteral("concurrent reader: %1 reads in %2 s during an import of %3 stories "
                              "(batches of %4); %5 distinct totals seen; %6 busy errors; slowest read %7 ms")
                   .arg(reads)
                   .arg(seconds, 0, 'f', 1)
                   .arg(report.added)
                   .arg(batchSize)
                   .arg(totalsSeen.size())
                   .arg(busy)
                   .arg(slowestReadMs);
        QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
        QCOMPARE(report.added, storyCount);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 10).join(QLatin1Char('\n'))));
        QCOMPARE(busy, 0);
        QVERIFY(totalsSeen.contains(storyCount));
        // The reader really ran beside the writer: it saw the corpus part-way at least twice.
        QVERIFY2(totalsSeen.size() >= 3, "the reader never saw the import in progress");
    }
};

QTEST_GUILESS_MAIN(TestConcurrentReader)
#include "TestConcurrentReader.moc"
