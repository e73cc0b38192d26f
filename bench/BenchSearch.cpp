// Search latency on Reuters-21578: Wirescope's SearchEngine beside bare FTS5 MATCH (the default
// unicode61 tokenizer over the same stories, the same words, in the same run) and beside Recoll
// (recollindex + recollq over the same stories written one file per story).
//
//   BenchSearch [--shared DIR] [--runs N] [--recoll-runs N] [--no-recoll]
//
// Prints Markdown tables (figures for docs/SEARCH.md). Skips with a message when the corpus is absent.

#include "db/Database.h"
#include "db/Schema.h"
#include "db/Statement.h"
#include "ingest/ImportJob.h"
#include "search/SearchEngine.h"
#include "search/TextTokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <map>

namespace {

struct BenchQuery
{
    const char* kind;
    const char* wirescope; // the search language
    const char* fts5;      // the same words as a bare FTS5 MATCH expression
    const char* recoll;    // the same words in Recoll's query language
};

// A fixed set: words, phrases, prefixes, operators, entity fields, Chinese (the seed's stories).
const BenchQuery queries[] = {
    {"words", "oil", "oil", "oil"},
    {"words", "bank", "bank", "bank"},
    {"words", "wheat", "wheat", "wheat"},
    {"words", "coffee prices", "coffee prices", "coffee prices"},
    {"words", "gold", "gold", "gold"},
    {"words", "dollar yen", "dollar yen", "dollar yen"},
    {"words", "crude oil prices", "crude oil prices", "crude oil prices"},
    {"words", "dividend", "dividend", "dividend"},
    {"words", "japan tariffs", "japan tariffs", "japan tariffs"},
    {"words", "merger agreement shareholders", "merger agreement shareholders",
     "merger agreement shareholders"},
    {"phrase", "\"interest rates\"", "\"interest rates\"", "\"interest rates\""},
    {"phrase", "\"trade deficit\"", "\"trade deficit\"", "\"trade deficit\""},
    {"phrase", "\"federal reserve\"", "\"federal reserve\"", "\"federal reserve\""},
    {"phrase", "\"net loss\"", "\"net loss\"", "\"net loss\""},
    {"phrase", "\"crude oil\" opec", "\"crude oil\" opec", "\"crude oil\" opec"},
    {"prefix", "petrol*", "petrol*", "petrol*"},
    {"prefix", "acqui*", "acqui*", "acqui*"},
    {"prefix", "export*", "export*", "export*"},
    {"prefix", "semicon*", "semicon*", "semicon*"},
    {"operators", "gold OR silver", "gold OR silver", "gold OR silver"},
    {"operators", "oil -opec", "oil NOT opec", "oil -opec"},
    {"operators", "(wheat OR corn) export*", "(wheat OR corn) AND export*", "(wheat OR corn) export*"},
    {"fields", "title:oil", "title:oil", "title:oil"},
    {"entity", "company:Citigroup", "citigroup", "citigroup"},
    {"entity", "company:\"Ford Motor Co\"", "\"ford motor\"", "\"ford motor\""},
    {"entity", "org:\"Federal Reserve\" rates", "\"federal reserve\" rates", "\"federal reserve\" rates"},
    {"entity", "person:\"Ronald Reagan\"", "reagan", "reagan"},
    {"entity", "place:Japan trade", "japan trade", "japan trade"},
    {"entity", "tech:semiconductor", "semiconductor", "semiconductor"},
    {"entity", "org:\"World Bank\" loan", "\"world bank\" loan", "\"world bank\" loan"},
    {"entity", "deal:acquisition", "acquisition", "acquisition"},
    {"chinese", "台積電", "台積電", "台積電"},
    {"chinese", "積電", "積電", "積電"},
    {"chinese", "台积电", "台积电", "台积电"},
    {"chinese", "長鑫", "長鑫", "長鑫"},
};

struct Stats
{
    QList<double> samples;
    void add(double ms) { samples.append(ms); }
    double percentile(double p) const
    {
        if (samples.isEmpty())
            return 0;
        QList<double> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype index = qMin(sorted.size() - 1, qsizetype(p * double(sorted.size() - 1) + 0.5));
        return sorted[index];
    }
    double median() const { return percentile(0.5); }
    double p95() const { return percentile(0.95); }
};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString sharedDir(const QStringList& args)
{
    const int at = int(args.indexOf(QStringLiteral("--shared")));
    if (at >= 0 && at + 1 < args.size())
        return args[at + 1];
    const QByteArray env = qgetenv("WIRESCOPE_SHARED_DIR");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QFileInfo(QStringLiteral(__FILE__)).absoluteDir().absoluteFilePath(QStringLiteral("../../shared"));
}

int intOption(const QStringList& args, const QString& name, int fallback)
{
    const int at = int(args.indexOf(name));
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

// The same work as one page of SearchEngine::search without facets, on the unicode61 table.
int bareSearch(ws::Database& db, const QString& match)
{
    ws::Statement page =
        db.prepare(QStringLiteral("SELECT s.rowid, s.id, s.title, s.date, plain_fts.rank, "
                                  "snippet(plain_fts, -1, char(2), char(3), '\u2026', 24) "
                                  "FROM plain_fts JOIN stories s ON s.rowid = plain_fts.rowid "
                                  "WHERE plain_fts MATCH ?1 AND plain_fts.rank MATCH 'bm25(10.0, 1.0)' ORDER "
                                  "BY plain_fts.rank LIMIT 50"));
    page.bind(1, match);
    int rows = 0;
    while (page.step()) {
        const QString text = page.text(2) + page.text(5) + page.text(1) + page.text(3);
        rows += text.isEmpty() ? 0 : 1;
    }
    ws::Statement count =
        db.prepare(QStringLiteral("SELECT count(*) FROM plain_fts WHERE plain_fts MATCH ?1"));
    count.bind(1, match);
    return count.step() ? count.integer(0) : rows;
}

struct Recoll
{
    QString confDir;
    bool ok = false;
    double indexSeconds = 0;
};

Recoll indexWithRecoll(ws::Database& db, const QString& root)
{
    Recoll recoll;
    if (QStandardPaths::findExecutable(QStringLiteral("recollindex")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("recollq")).isEmpty()) {
        out() << "recollindex/recollq not found: Recoll column skipped.\n";
        return recoll;
    }
    const QString stories = root + QStringLiteral("/stories");
    recoll.confDir = root + QStringLiteral("/recoll");
    QDir().mkpath(stories);
    QDir().mkpath(recoll.confDir);
    ws::Statement all = db.prepare(QStringLiteral("SELECT rowid, title, body FROM stories"));
    while (all.step()) {
        QFile file(stories + QStringLiteral("/story-%1.txt").arg(all.int64(0)));
        if (file.open(QIODevice::WriteOnly))
            file.write((all.text(1) + QLatin1Char('\n') + all.text(2) + QLatin1Char('\n')).toUtf8());
    }
    QFile config(recoll.confDir + QStringLiteral("/recoll.conf"));
    if (!config.open(QIODevice::WriteOnly))
        return recoll;
    config.write(QStringLiteral("topdirs = %1\nloglevel = 1\nidxflushmb = 64\n").arg(stories).toUtf8());
    config.close();

    QProcess index;
    QElapsedTimer timer;
    timer.start();
    index.start(QStringLiteral("recollindex"), {QStringLiteral("-c"), recoll.confDir, QStringLiteral("-z")});
    if (!index.waitForFinished(30 * 60 * 1000) || index.exitCode() != 0) {
        out() << "recollindex failed: " << QString::fromLocal8Bit(index.readAllStandardError()).left(300)
              << "\n";
        return recoll;
    }
    recoll.indexSeconds = elapsedMs(timer) / 1000.0;
    recoll.ok = true;
    return recoll;
}

// Wall time of one recollq process (it opens the index each time, as a script would).
double recollQuery(const Recoll& recoll, const QString& query, int* count)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("recollq"),
                  {QStringLiteral("-c"), recoll.confDir, QStringLiteral("-n"), QStringLiteral("50"), query});
    process.waitForFinished(60 * 1000);
    const double ms = elapsedMs(timer);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    // recollq prints the query, then "N results" (with "(printing M max):" after it on some versions).
    static const QRegularExpression results(QStringLiteral("^(\\d+) results"),
                                            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = results.match(text);
    if (match.hasMatch())
        *count = match.captured(1).toInt();
    return ms;
}

int tokenCounter(void* context, int, const char*, int, int, int)
{
    ++*static_cast<qint64*>(context);
    return 0;
}

} // namespace

int run(QCoreApplication& app);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    try {
        return run(app);
    } catch (const ws::DbError& error) {
        std::printf("Database error: %s (%s)\n", qPrintable(error.message()), qPrintable(error.detail()));
        return 1;
    }
}

int run(QCoreApplication& app)
{
    const QStringList args = app.arguments();
    const QString shared = sharedDir(args);
    const QString reuters = shared + QStringLiteral("/corpora/reuters21578");
    if (!QFileInfo::exists(reuters + QStringLiteral("/reut2-000.sgm"))) {
        std::printf("Reuters-21578 not found at %s: benchmark skipped.\n", qPrintable(reuters));
        return 0;
    }
    const int runs = qMax(1, intOption(args, QStringLiteral("--runs"), 7));
    const int recollRuns = qMax(1, intOption(args, QStringLiteral("--recoll-runs"), 3));
    const bool withRecoll = !args.contains(QStringLiteral("--no-recoll"));

    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("bench.db"));
    QStringList inputs{reuters};
    const QString seed = shared + QStringLiteral("/seeds/000_71db38fd1f1d79a9.txt");
    if (QFileInfo::exists(seed))
        inputs.append(seed); // a few Chinese names for the Chinese queries

    QElapsedTimer timer;
    timer.start();
    const ws::IngestReport report = ws::ImportJob(path, inputs).run();
    if (!report.fatalError.isEmpty()) {
        std::printf("Import failed: %s\n", qPrintable(report.fatalError));
        return 1;
    }
    const double importSeconds = elapsedMs(timer) / 1000.0;
    ws::Database db(path);

    // Tokenizer throughput and index builds: the wirescope table against unicode61 on the same rows.
    qint64 bytes = 0;
    qint64 tokens = 0;
    {
        ws::Statement all = db.prepare(QStringLiteral("SELECT title, body FROM stories"));
        QList<QByteArray> texts;
        while (all.step()) {
            texts.append(all.text(0).toUtf8());
            texts.append(all.text(1).toUtf8());
        }
        timer.restart();
        for (const QByteArray& text : texts) {
            bytes += text.size();
            ws::TextTokenizer::tokenize(text.constData(), int(text.size()), &tokens, tokenCounter);
        }
    }
    const double tokenizeMs = elapsedMs(timer);
    timer.restart();
    db.exec(QStringLiteral("INSERT INTO story_fts(story_fts) VALUES('rebuild')"));
    const double rebuildWirescopeMs = elapsedMs(timer);
    db.exec(QStringLiteral("CREATE VIRTUAL TABLE plain_fts USING fts5(title, body, content='stories', "
                           "content_rowid='rowid')"));
    timer.restart();
    db.exec(QStringLiteral("INSERT INTO plain_fts(plain_fts) VALUES('rebuild')"));
    const double rebuildPlainMs = elapsedMs(timer);
    int storyCount = 0;
    {
        ws::Statement count = db.prepare(QStringLiteral("SELECT count(*) FROM stories"));
        storyCount = count.step() ? count.integer(0) : 0;
    }

    Recoll recoll;
    if (withRecoll)
        recoll = indexWithRecoll(db, temp.path());

    ws::SearchEngine engine(db);
    ws::SearchEngine::Options noFacets;
    noFacets.facets = false;
    const int queryCount = int(std::size(queries));
    // Warm-up: page cache, the transliterator, prepared schema.
    std::vector<int> ourTotals(queryCount), bareTotals(queryCount), recollTotals(queryCount, -1);
    for (int q = 0; q < queryCount; ++q) {
        const ws::SearchResult result = engine.search(QString::fromUtf8(queries[q].wirescope));
        if (!result.ok())
            std::printf("query %s failed: %s\n", queries[q].wirescope, qPrintable(result.error->message));
        ourTotals[size_t(q)] = result.total;
        bareTotals[size_t(q)] = bareSearch(db, QString::fromUtf8(queries[q].fts5));
    }
    Stats full, page, bare, recollStats;
    std::map<QString, Stats> fullByKind, pageByKind, bareByKind;
    std::vector<Stats> perQueryFull(queryCount), perQueryPage(queryCount), perQueryBare(queryCount),
        perQueryRecoll(queryCount);
    for (int run = 0; run < runs; ++run) {
        for (int q = 0; q < queryCount; ++q) {
            const QString kind = QString::fromLatin1(queries[q].kind);
            const QString text = QString::fromUtf8(queries[q].wirescope);
            timer.restart();
            engine.search(text, 50, 0);
            const double fullMs = elapsedMs(timer);
            timer.restart();
            engine.search(text, 50, 0, noFacets);
            const double pageMs = elapsedMs(timer);
            timer.restart();
            bareSearch(db, QString::fromUtf8(queries[q].fts5));
            const double bareMs = elapsedMs(timer);
            full.add(fullMs);
            page.add(pageMs);
            bare.add(bareMs);
            fullByKind[kind].add(fullMs);
            pageByKind[kind].add(pageMs);
            bareByKind[kind].add(bareMs);
            perQueryFull[size_t(q)].add(fullMs);
            perQueryPage[size_t(q)].add(pageMs);
            perQueryBare[size_t(q)].add(bareMs);
        }
    }
    if (recoll.ok) {
        for (int run = 0; run < recollRuns; ++run) {
            for (int q = 0; q < queryCount; ++q) {
                int count = -1;
                const double ms = recollQuery(recoll, QString::fromUtf8(queries[q].recoll), &count);
                recollStats.add(ms);
                perQueryRecoll[size_t(q)].add(ms);
                recollTotals[size_t(q)] = count;
            }
        }
    }

    QTextStream& o = out();
    o.setRealNumberNotation(QTextStream::FixedNotation);
    o.setRealNumberPrecision(2);
    o << "## Corpus\n\n"
      << storyCount << " stories (Reuters-21578" << (inputs.size() > 1 ? " + the seed file" : "")
      << "), imported with "
      << "extraction in " << importSeconds << " s.\n\n"
      << "Tokenizer: " << double(bytes) / 1e6 << " MB of title+body text in " << tokenizeMs
      << " ms = " << double(bytes) / 1e6 / (tokenizeMs / 1000.0) << " MB/s (" << tokens << " tokens).\n"
      << "Full-text index rebuild: wirescope " << rebuildWirescopeMs << " ms, unicode61 " << rebuildPlainMs
      << " ms (x" << rebuildWirescopeMs / rebuildPlainMs << ").\n";
    if (recoll.ok)
        o << "recollindex over the same stories (one file each): " << recoll.indexSeconds << " s.\n";
    o << "\n## Latency over " << queryCount << " queries x " << runs << " runs (ms)\n\n"
      << "| | median | p95 |\n|---|---:|---:|\n"
      << "| Wirescope search (page + total + facets) | " << full.median() << " | " << full.p95() << " |\n"
      << "| Wirescope search without facets | " << page.median() << " | " << page.p95() << " |\n"
      << "| bare FTS5 MATCH, unicode61 (page + total) | " << bare.median() << " | " << bare.p95() << " |\n";
    if (recoll.ok)
        o << "| recollq (" << recollRuns << " runs, process per query) | " << recollStats.median() << " | "
          << recollStats.p95() << " |\n";
    o << "\nRatios of medians: search/bare = x" << full.median() / bare.median()
      << ", search without facets/bare = x" << page.median() / bare.median();
    if (recoll.ok)
        o << ", recollq/search = x" << recollStats.median() / full.median();
    o << "\n\n## Medians by kind (ms)\n\n| kind | search | no facets | bare FTS5 |\n|---|---:|---:|---:|\n";
    for (const auto& [kind, stats] : fullByKind)
        o << "| " << kind << " | " << stats.median() << " | " << pageByKind[kind].median() << " | "
          << bareByKind[kind].median() << " |\n";
    o << "\n## Per query (median ms; hits)\n\n| query | search | no facets | bare | recollq | hits | bare "
         "hits | "
         "recoll hits |\n|---|---:|---:|---:|---:|---:|---:|---:|\n";
    for (int q = 0; q < queryCount; ++q) {
        QString shown = QString::fromUtf8(queries[q].wirescope);
        shown.replace(QLatin1Char('|'), QLatin1String("\\|"));
        o << "| `" << shown << "` | " << perQueryFull[size_t(q)].median() << " | "
          << perQueryPage[size_t(q)].median() << " | " << perQueryBare[size_t(q)].median() << " | "
          << (recoll.ok ? QString::number(perQueryRecoll[size_t(q)].median(), 'f', 1) : QStringLiteral("-"))
          << " | " << ourTotals[size_t(q)] << " | " << bareTotals[size_t(q)] << " | "
          << (recollTotals[size_t(q)] >= 0 ? QString::number(recollTotals[size_t(q)]) : QStringLiteral("-"))
          << " |\n";
    }
    o.flush();
    return 0;
}
