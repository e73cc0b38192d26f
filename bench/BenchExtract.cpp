// Extraction on the Reuters-21578 archive: speed (MB/s per core, one thread and two threads) beside a
// baseline in the same run (tokenizing and sentence splitting only), and how well "Wirescope found an
// acquisition deal in this story" agrees with the archive's TOPICS label `acq`.
//
//   BenchExtract [--dir DIR] [--rounds N] [--misses N] [--dump FILE]
//
// --dump writes every hit, miss and false alarm with the deals read from it (kind, status, evidence
// offset, parties, evidence sentence, time), for reading the results as a reader would.
// DIR defaults to ../shared/corpora/reuters21578 beside the source tree. Figures go to stdout in
// Markdown, ready for docs/EXTRACTION.md.

#include "extract/Extractor.h"
#include "extract/TextAnalysis.h"
#include "import/ReutersImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <thread>

using namespace ws;

namespace {

QList<Story> loadArchive(const QString& dir)
{
    QList<Story> stories;
    const QStringList files = QDir(dir).entryList({QStringLiteral("reut2-*.sgm")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // The archive is ASCII with a few stray high bytes: Latin-1 reads every byte.
        const QString content = QString::fromLatin1(file.readAll());
        qsizetype pos = 0;
        while (true) {
            const qsizetype start = content.indexOf(QLatin1String("<REUTERS"), pos);
            if (start < 0)
                break;
            const qsizetype end = content.indexOf(QLatin1String("</REUTERS>"), start);
            if (end < 0)
                break;
            pos = end + 10;
            QString problem;
            Story story = ReutersImporter::parseRecord(content.mid(start, pos - start), &problem);
            if (!story.body.isEmpty() || !story.title.isEmpty())
                stories.append(std::move(story));
        }
    }
    return stories;
}

struct Timing
{
    double wall = 1e30; // seconds
    double cpu = 1e30;  // CPU seconds of the whole process (all threads)
};

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

// Runs `work(i)` for every story on `threads` threads. The machine may be shared, so CPU time is
// measured beside wall time: MB per CPU-second is the per-core speed whatever else runs.
template <typename Work> Timing timed(int count, int threads, Work work)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = processCpuSeconds();
    std::atomic<int> next{0};
    auto worker = [&] {
        for (int i = next++; i < count; i = next++)
            work(i);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread& thread : pool)
        thread.join();
    return {timer.nsecsElapsed() / 1e9, processCpuSeconds() - cpuStart};
}

Timing best(const Timing& a, const Timing& b)
{
    return {std::min(a.wall, b.wall), std::min(a.cpu, b.cpu)};
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

bool isAcquisition(const Extraction& extraction)
{
    return std::any_of(extraction.deals.cbegin(), extraction.deals.cend(),
                       [](const Deal& deal) { return deal.kind == QLatin1String("acquisition"); });
}

// Why an acq story was missed, roughly: what words it has.
QString missReason(const Story& story, const Extraction& extraction)
{
    static const QRegularExpression acquisitionWords(
        QStringLiteral(
            "\\b(acquir\\w*|buy\\w*|bought|purchas\\w*|takeover|take over|merg\\w*|tender offer|stake|"
            "sell\\w*|sold|sale of|divest\\w*|bid)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = Extraction::textOf(story.title, story.body);
    if (!acquisitionWords.match(text).hasMatch())
        return QStringLiteral("no acquisition word at all");
    bool company = false;
    for (const ExtractedEntity& entity : extraction.entities)
        company = company || entity.type == EntityType::Company;
    if (!company)
        return QStringLiteral("acquisition word, but no company recognised");
    if (!extraction.deals.isEmpty())
        return QStringLiteral("read as another kind of deal (") + extraction.deals.first().kind +
               QLatin1Char(')');
    return QStringLiteral("acquisition word and a company, but no deal read (object or party not found)");
}

// Why a story without the label holds an acquisition deal, roughly: what the evidence of its first
// acquisition deal talks about. The categories are read in this order.
QString falseAlarmReason(const Story& story, const Extraction& extraction)
{
    QString evidence;
    for (const Deal& deal : extraction.deals) {
        if (deal.kind == QLatin1String("acquisition")) {
            evidence = deal.evidence;
            break;
        }
    }
    static const QList<std::pair<QString, QRegularExpression>> reasons = [] {
        const auto re = [](const char* pattern) {
            return QRegularExpression(QString::fromLatin1(pattern),
                                      QRegularExpression::CaseInsensitiveOption);
        };
        return QList<std::pair<QString, QRegularExpression>>{
            {QStringLiteral(
                 "deal told beside figures, financing or a rating (earnings, proceeds, debt, S and P)"),
             re("\\b(gain|loss|profit|earnings|net income|per share|charge|proceeds|dilut\\w*|"
                "writ\\w*[- ]?(down|off)|results|debt|credit|rating|downgrad\\w*|upgrad\\w*|creditwatch|"
                "standard and poor|s and p|moody)")},
            {QStringLiteral("securities or goods (shares, notes, offerings, aircraft, products)"),
             re("\\b(shares?|stock|notes|bonds?|debentures|warrants?|offering|underwrit\\w*|preferred|"
                "jets?|aircraft|planes?|cars|products?|equipment|systems?|tonnes|barrels|computers?)\\b")},
            {QStringLiteral("earlier deal named as background (a past year, previously, former)"),
             re("\\b(last year|ago|previously|former\\w*|earlier|19[0-9][0-9]|recent\\w*)\\b")},
        };
    }();
    for (const auto& [reason, pattern] : reasons) {
        if (pattern.match(evidence).hasMatch())
            return reason;
    }
    return story.topics.isEmpty()
               ? QStringLiteral("an acquisition told as news, in a story with no TOPICS at all")
               : QStringLiteral("an acquisition told as news, in a story labelled otherwise");
}

// One line a reason, most frequent first, with a few example titles.
void printReasons(const QMap<QString, int>& counts, const QMap<QString, QStringList>& examples)
{
    QList<std::pair<int, QString>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    for (const auto& [count, reason] : sorted)
        std::printf("- %d: %s (e.g. %s)\n", count, qPrintable(reason),
                    qPrintable(examples[reason].join(QStringLiteral("; "))));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString dir = QStringLiteral(WIRESCOPE_SOURCE_DATA_DIR "/../../shared/corpora/reuters21578");
    int rounds = 3;
    int misses = 15;
    QString dumpPath;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--dir"))
            dir = args[++i];
        else if (args[i] == QLatin1String("--rounds"))
            rounds = qMax(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--misses"))
            misses = args[++i].toInt();
        else if (args[i] == QLatin1String("--dump"))
            dumpPath = args[++i];
    }
    const QList<Story> stories = loadArchive(dir);
    if (stories.isEmpty()) {
        std::fprintf(stderr, "%s: no Reuters-21578 stories found (reut2-*.sgm)\n", qPrintable(dir));
        return 1;
    }
    QList<QString> texts;
    qint64 bytes = 0;
    for (const Story& story : stories) {
        texts.append(Extraction::textOf(story.title, story.body));
        bytes += texts.last().toUtf8().size();
    }
    const double megabytes = bytes / 1e6;
    const Extractor& extractor = Extractor::shared();
    extractor.extract(QStringLiteral("Warm up"), QStringLiteral("Nvidia Corp said it would buy Foo Inc."));

    // Best of N rounds for each measurement.
    Timing baseline, single, dual;
    std::atomic<qint64> sink{0};
    for (int r = 0; r < rounds; ++r) {
        baseline = best(baseline, timed(int(texts.size()), 1,
                                        [&](int i) { sink += TextAnalysis(texts[i]).sentences().size(); }));
        single = best(single, timed(int(stories.size()), 1,
                                    [&](int i) { sink += extractor.extract(stories[i]).mentions.size(); }));
        dual = best(dual, timed(int(stories.size()), 2,
                                [&](int i) { sink += extractor.extract(stories[i]).mentions.size(); }));
    }
    std::printf("## Speed (Reuters-21578, %lld stories, %.1f MB of title + body text as UTF-8)\n\n",
                static_cast<long long>(stories.size()), megabytes);
    std::printf("Best of %d rounds. Load average when measured: %s\n\n", rounds, qPrintable(loadAverage()));
    std::printf(
        "| run | wall s | MB/s (wall) | CPU s | MB per CPU-second (per core) |\n|---|---|---|---|---|\n");
    const auto row = [&](const char* name, const Timing& t) {
        std::printf("| %s | %.2f | %.1f | %.2f | %.1f |\n", name, t.wall, megabytes / t.wall, t.cpu,
                    megabytes / t.cpu);
    };
    row("baseline: tokenize + split sentences, 1 thread", baseline);
    row("full extraction, 1 thread", single);
    row("full extraction, 2 threads", dual);
    std::printf("\n");

    // Acquisition stories: TOPICS includes "acq".
    int tp = 0, fp = 0, fn = 0, tn = 0;
    int fpLabelled = 0; // false alarms in stories that carry at least one TOPICS label
    QMap<QString, int> reasons;
    QMap<QString, QStringList> examples;
    QMap<QString, int> falseTopics;
    QStringList falseExamples;
    QMap<QString, int> falseReasons;
    QMap<QString, QStringList> falseReasonExamples;
    QFile dump(dumpPath);
    if (!dumpPath.isEmpty() && !dump.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::fprintf(stderr, "%s: cannot write\n", qPrintable(dumpPath));
    for (const Story& story : stories) {
        const Extraction extraction = extractor.extract(story);
        const bool labelled = story.topics.contains(QStringLiteral("acq"));
        const bool found = isAcquisition(extraction);
        if (dump.isOpen() && (labelled || found)) {
            QString out = QStringLiteral("=== %1 [%2] %3\n")
                              .arg(labelled ? (found ? QStringLiteral("HIT") : QStringLiteral("MISS"))
                                            : QStringLiteral("FALSE"),
                                   story.topics.join(QLatin1Char(',')), story.title);
            for (const Deal& deal : extraction.deals) {
                QStringList parties;
                for (const DealParty& party : deal.parties)
                    parties.append(party.role + QLatin1Char('=') + party.name);
                out += QStringLiteral("  %1 %2 @%5 {%3}: %4\n")
                           .arg(deal.kind, deal.status, parties.join(QStringLiteral(", ")),
                                deal.evidence.simplified())
                           .arg(deal.evidenceStart);
                if (!deal.time.isEmpty())
                    out += QStringLiteral("    time: ") + deal.time + QLatin1Char('\n');
            }
            if (labelled && !found)
                out += QStringLiteral("  body: ") + story.body.simplified().left(400) + QLatin1Char('\n');
            dump.write(out.toUtf8());
        }
        if (labelled && found) {
            ++tp;
        } else if (!labelled && found) {
            ++fp;
            fpLabelled += !story.topics.isEmpty();
            falseTopics[story.topics.isEmpty() ? QStringLiteral("(none)") : story.topics.first()]++;
            const QString reason = falseAlarmReason(story, extraction);
            falseReasons[reason]++;
            if (falseReasonExamples[reason].size() < 4)
                falseReasonExamples[reason].append(story.title.left(70));
            if (falseExamples.size() < misses)
                falseExamples.append(story.title.left(70));
        } else if (labelled) {
            ++fn;
            const QString reason = missReason(story, extraction);
            reasons[reason]++;
            if (examples[reason].size() < 4)
                examples[reason].append(story.title.left(70));
        } else {
            ++tn;
        }
    }
    const double precision = tp + fp ? double(tp) / (tp + fp) : 0;
    const double recall = tp + fn ? double(tp) / (tp + fn) : 0;
    std::printf("## Acquisition stories (TOPICS includes acq) over the whole archive\n\n");
    std::printf("| stories | labelled acq | found | true positives | precision | recall | F1 |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    std::printf("| %lld | %d | %d | %d | %.3f | %.3f | %.3f |\n\n", static_cast<long long>(stories.size()),
                tp + fn, tp + fp, tp, precision, recall,
                precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0);
    const double labelledPrecision = tp + fpLabelled ? double(tp) / (tp + fpLabelled) : 0;
    std::printf("Over the stories that carry at least one TOPICS label (the others were never categorised): "
                "precision %.3f (false alarms %d of %d).\n\n",
                labelledPrecision, fpLabelled, fp);
    std::printf("Misses (acq stories with no acquisition deal found), by reason:\n\n");
    printReasons(reasons, examples);
    std::printf(
        "\nFalse alarms (stories not labelled acq with an acquisition deal found), by reason (what the "
        "evidence of the first acquisition deal talks about, read in this order):\n\n");
    printReasons(falseReasons, falseReasonExamples);
    std::printf("\nFalse alarms by first TOPICS label:");
    QList<std::pair<int, QString>> topics;
    for (auto it = falseTopics.cbegin(); it != falseTopics.cend(); ++it)
        topics.append({it.value(), it.key()});
    std::sort(topics.begin(), topics.end(), std::greater<>());
    for (int i = 0; i < topics.size() && i < 8; ++i)
        std::printf(" %s %d%s", qPrintable(topics[i].second), topics[i].first,
                    i + 1 < qMin(8, int(topics.size())) ? "," : "");
    std::printf("\n\nFalse alarm titles (first %d): %s\n", misses,
                qPrintable(falseExamples.join(QStringLiteral("; "))));
    return sink.load() < 0 ? 1 : 0;
}
