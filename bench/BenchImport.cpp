// Import speed on a corpus of files, beside a bare SQLite FTS5 load of the same text in the same run.
//
//   BenchImport [--repeat N] PATH...        (default: ../shared/corpora/reuters21578)
//
// Rows: Wirescope ingest with extraction, Wirescope ingest without extraction, and the baseline: the
// same titles and bodies (already parsed, in memory) inserted into a plain FTS5 table with the
// default unicode61 tokenizer in one transaction. Each is run --repeat times on a fresh database;
// the median is reported, as Markdown on stdout.
#include "Store.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "import/FileImporter.h"
#include "ingest/ImportJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace ws;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

qint64 inputBytes(const QStringList& paths)
{
    qint64 bytes = 0;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            for (const QFileInfo& file : QDir(path).entryInfoList(QDir::Files))
                bytes += file.size();
        } else {
            bytes += info.size();
        }
    }
    return bytes;
}

double timeWirescope(const QStringList& paths, bool extract, int& stories)
{
    QTemporaryDir dir;
    ImportJob::Options options;
    options.extract = extract;
    ImportJob job(dir.filePath(QStringLiteral("bench.db")), paths, options);
    QElapsedTimer clock;
    clock.start();
    const IngestReport report = job.run();
    const double seconds = clock.nsecsElapsed() / 1e9;
    stories = report.added + report.duplicates;
    return seconds;
}

double timeBareFts(const QList<Story>& stories)
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bare.db")));
    db.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(title, body)"));
    QElapsedTimer clock;
    clock.start();
    Transaction transaction(db);
    auto insert = db.prepare(QStringLiteral("INSERT INTO t(title, body) VALUES(?1, ?2)"));
    for (const Story& story : stories) {
        insert.bind(1, story.title).bind(2, story.body);
        insert.run();
    }
    transaction.commit();
    return clock.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int repeat = 3;
    if (args.size() >= 2 && args[0] == QLatin1String("--repeat")) {
        repeat = qMax(1, args[1].toInt());
        args = args.mid(2);
    }
    if (args.isEmpty())
        args << QStringLiteral(WIRESCOPE_SOURCE_DATA_DIR "/../../shared/corpora/reuters21578");
    QTextStream out(stdout);
    for (const QString& path : args) {
        if (!QFileInfo::exists(path)) {
            QTextStream(stderr) << "BenchImport: " << path << " does not exist; nothing measured" << Qt::endl;
            return 1;
        }
    }
    const double megabytes = inputBytes(args) / 1e6;

    CollectingSink parsed;
    FileImporter().importPaths(args, parsed);

    QList<double> withExtraction, withoutExtraction, bare;
    int stories = 0;
    for (int i = 0; i < repeat; ++i) {
        withExtraction.append(timeWirescope(args, true, stories));
        withoutExtraction.append(timeWirescope(args, false, stories));
        bare.append(timeBareFts(parsed.stories));
    }
    const double base = median(bare);
    auto row = [&](const QString& name, double seconds) {
        out << "| " << name << " | " << QString::number(seconds, 'f', 2) << " | "
            << QString::number(stories / seconds, 'f', 0) << " | " << QString::number(megabytes / seconds, 'f', 1)
            << " | " << QString::number(seconds / base, 'f', 2) << " |" << Qt::endl;
    };
    out << "Input: " << args.join(QStringLiteral(", ")) << " (" << QString::number(megabytes, 'f', 1) << " MB, "
        << stories << " stories), median of " << repeat << " runs, " << QThread::idealThreadCount() << " cores"
        << Qt::endl
        << Qt::endl;
    out << "| run | seconds | stories/s | MB/s | time vs bare FTS5 |" << Qt::endl;
    out << "| --- | ---: | ---: | ---: | ---: |" << Qt::endl;
    row(QStringLiteral("Wirescope ingest, with extraction"), median(withExtraction));
    row(QStringLiteral("Wirescope ingest, no extraction"), median(withoutExtraction));
    row(QStringLiteral("bare FTS5 load (unicode61, parsed text in memory)"), base);
    return 0;
}
