// A synthetic industry-news corpus for the scale benchmark (docs/PERFORMANCE.md): deterministic from
// a seed, written as it is made (constant memory whatever the size).
//
//   CorpusGenerator --count N --out FILE [--format jsonl|txt] [--seed S] [--dup-rate R]
//                   [--near-dup-rate R] [--focus-company NAME] [--focus-rate R] [--chinese-rate R]
//                   [--manifest FILE] [--data DIR]
//
// Names come from data/gazetteer/*.tsv (companies with aliases and Chinese glosses, people with their
// titles, technologies, places, organizations, currency rates); sentence templates and the general
// vocabulary are in corpus/CorpusVocabulary.h. Story i is made from a random stream seeded by (seed,
// i) alone, so an exact duplicate of story j is story j made again, anywhere in the corpus, without
// keeping it. One company (--focus-company, default the first row of companies.tsv) is kept out of
// the general draw and named in --focus-rate of the distinct stories (1%: 10,000 at 1,000,000), so
// that a company filter has a known size. A manifest (JSON, default FILE.manifest.json) says what was
// written: the counts of exact and near duplicates, the focus company, and names to query for.
#include "corpus/StoryComposer.h"
#include "model/DataPaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace corpus;

namespace {

int usage(const QString& message)
{
    if (!message.isEmpty())
        std::fprintf(stderr, "CorpusGenerator: %s\n", qPrintable(message));
    std::fprintf(stderr, "usage: CorpusGenerator --count N --out FILE [--format jsonl|txt] [--seed S]\n"
                         "       [--dup-rate R] [--near-dup-rate R] [--focus-company NAME] [--focus-rate R]\n"
                         "       [--chinese-rate R] [--manifest FILE] [--data DIR]\n");
    return 2;
}

bool writeAll(std::FILE* file, const std::string& buffer)
{
    return std::fwrite(buffer.data(), 1, buffer.size(), file) == buffer.size();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    GeneratorOptions options;
    QString out, format = QStringLiteral("jsonl"), focusName, manifestPath, dataDir;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            return usage({});
        if (i + 1 >= args.size())
            return usage(QStringLiteral("%1 needs a value").arg(arg));
        const QString value = args[++i];
        bool ok = true;
        if (arg == QLatin1String("--count"))
            options.count = value.toLongLong(&ok);
        else if (arg == QLatin1String("--out"))
            out = value;
        else if (arg == QLatin1String("--format"))
            format = value;
        else if (arg == QLatin1String("--seed"))
            options.seed = value.toULongLong(&ok);
        else if (arg == QLatin1String("--dup-rate"))
            options.dupRate = value.toDouble(&ok);
        else if (arg == QLatin1String("--near-dup-rate"))
            options.nearDupRate = value.toDouble(&ok);
        else if (arg == QLatin1String("--focus-rate"))
            options.focusRate = value.toDouble(&ok);
        else if (arg == QLatin1String("--chinese-rate"))
            options.chineseRate = value.toDouble(&ok);
        else if (arg == QLatin1String("--focus-company"))
            focusName = value;
        else if (arg == QLatin1String("--manifest"))
            manifestPath = value;
        else if (arg == QLatin1String("--data"))
            dataDir = value;
        else
            return usage(QStringLiteral("unknown option %1").arg(arg));
        if (!ok)
            return usage(QStringLiteral("%1: '%2' is not a number").arg(arg, value));
    }
    if (out.isEmpty())
        return usage(QStringLiteral("--out is required"));
    if (format != QLatin1String("jsonl") && format != QLatin1String("txt"))
        return usage(QStringLiteral("--format is jsonl or txt, not '%1'").arg(format));
    options.jsonl = format == QLatin1String("jsonl");
    if (options.count < 1 || options.dupRate < 0 || options.nearDupRate < 0 || options.dupRate + options.nearDupRate > 0.5 ||
        options.focusRate < 0 || options.focusRate > 0.5 || options.chineseRate < 0 || options.chineseRate > 1)
        return usage(QStringLiteral("--count must be positive; the duplicate rates together at most 0.5, the "
                                    "focus rate at most 0.5, the Chinese rate at most 1"));

    const QString gazetteerDir = dataDir.isEmpty() ? ws::DataPaths::gazetteerDir() : dataDir + QStringLiteral("/gazetteer");
    const Gazetteer gazetteer = loadGazetteer(gazetteerDir);
    if (!gazetteer.error.isEmpty()) {
        std::fprintf(stderr, "CorpusGenerator: %s\n", qPrintable(gazetteer.error));
        return 1;
    }
    int focus = 0;
    if (!focusName.isEmpty()) {
        focus = -1;
        for (size_t c = 0; c < gazetteer.companies.size(); ++c) {
            if (QString::fromStdString(gazetteer.companies[c].name) == focusName)
                focus = int(c);
        }
        if (focus < 0) {
            std::fprintf(stderr, "CorpusGenerator: no company named '%s' in %s/companies.tsv\n", qPrintable(focusName),
                         qPrintable(gazetteerDir));
            return 1;
        }
    }

    std::FILE* file = std::fopen(QFile::encodeName(out).constData(), "wb");
    if (!file) {
        std::fprintf(stderr, "CorpusGenerator: cannot write %s\n", qPrintable(out));
        return 1;
    }
    StoryComposer composer(gazetteer, options, focus);
    std::string buffer;
    buffer.reserve(2 << 20);
    bool written = true;
    for (qint64 i = 0; i < options.count && written; ++i) {
        composer.write(i, buffer);
        if (buffer.size() >= (1 << 20)) {
            written = writeAll(file, buffer);
            buffer.clear();
        }
    }
    written = written && writeAll(file, buffer);
    if (std::fclose(file) != 0 || !written) {
        std::fprintf(stderr, "CorpusGenerator: cannot write %s (disk full?)\n", qPrintable(out));
        return 1;
    }

    const StoryComposer::Totals& totals = composer.totals();
    QJsonObject manifest;
    manifest[QStringLiteral("file")] = out;
    manifest[QStringLiteral("format")] = format;
    manifest[QStringLiteral("seed")] = QString::number(options.seed);
    manifest[QStringLiteral("stories")] = totals.stories;
    manifest[QStringLiteral("exact_duplicates")] = totals.exactDuplicates;
    manifest[QStringLiteral("near_duplicates")] = totals.nearDuplicates;
    manifest[QStringLiteral("distinct_stories")] = totals.stories - totals.exactDuplicates;
    manifest[QStringLiteral("focus_stories")] = totals.focusStories;
    manifest[QStringLiteral("chinese_stories")] = totals.chineseStories;
    manifest[QStringLiteral("bytes")] = totals.bytes;
    manifest[QStringLiteral("names")] = composer.names();
    if (manifestPath.isEmpty())
        manifestPath = out + QStringLiteral(".manifest.json");
    QFile manifestFile(manifestPath);
    if (!manifestFile.open(QIODevice::WriteOnly) ||
        manifestFile.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented)) < 0) {
        std::fprintf(stderr, "CorpusGenerator: cannot write %s\n", qPrintable(manifestPath));
        return 1;
    }
    std::fprintf(stderr, "%s: %lld stories (%lld exact duplicates, %lld near duplicates, %lld naming %s), %.1f MB\n",
                 qPrintable(out), qlonglong(totals.stories), qlonglong(totals.exactDuplicates),
                 qlonglong(totals.nearDuplicates), qlonglong(totals.focusStories),
                 gazetteer.companies[size_t(focus)].name.c_str(), double(totals.bytes) / 1e6);
    return 0;
}
