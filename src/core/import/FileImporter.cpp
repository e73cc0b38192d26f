#include "import/FileImporter.h"

#include "import/CsvImporter.h"
#include "import/FeedImporter.h"
#include "import/HtmlImporter.h"
#include "import/JsonImporter.h"
#include "import/PlainTextImporter.h"
#include "import/ReutersImporter.h"
#include "text/TextDecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <functional>

namespace ws {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', bytes < 10 * 1024 * 1024 ? 1 : 0);
}

void report(StorySink& sink, const QString& path, int line, ImportIssue::Severity severity,
            const QString& message)
{
    sink.addIssue(ImportIssue{path, line, severity, message});
}

// Passes everything on, counting what one file gave.
class CountingSink : public StorySink
{
public:
    explicit CountingSink(StorySink& target) : m_target(target) {}
    int stories = 0;
    int errors = 0;
    void addStory(Story story) override
    {
        ++stories;
        m_target.addStory(std::move(story));
    }
    void addIssue(ImportIssue issue) override
    {
        errors += issue.isError();
        m_target.addIssue(std::move(issue));
    }
    void fileProgress(qint64 bytesRead, qint64 bytesTotal) override
    {
        m_target.fileProgress(bytesRead, bytesTotal);
    }
    bool isCancelled() const override { return m_target.isCancelled(); }

private:
    StorySink& m_target;
};

} // namespace

FileImporter::FileImporter(const ImportLimits& limits) : m_limits(limits)
{
    // Most specific first: ties in sniffing go to the earlier importer.
    m_importers.push_back(std::make_unique<ReutersImporter>());
    m_importers.push_back(std::make_unique<FeedImporter>());
    m_importers.push_back(std::make_unique<HtmlImporter>());
    m_importers.push_back(std::make_unique<JsonImporter>());
    m_importers.push_back(std::make_unique<CsvImporter>());
    m_importers.push_back(std::make_unique<PlainTextImporter>());
}

FileImporter::~FileImporter() = default;

QStringList FileImporter::supportedFormats()
{
    return {
        QStringLiteral("plain text (stories separated by blank lines, or run together one paragraph a line)"),
        QStringLiteral("JSON Lines and JSON arrays"),
        QStringLiteral("CSV and TSV with a header row"),
        QStringLiteral("RSS 2.0 and Atom feeds"),
        QStringLiteral("HTML article pages"),
        QStringLiteral("Reuters-21578 SGML")};
}

Importer* FileImporter::importerFor(QStringView head, const QString& fileName) const
{
    Importer* best = nullptr;
    int bestScore = 0;
    for (const auto& importer : m_importers) {
        const int score = importer->sniff(head, fileName);
        if (score > bestScore) {
            best = importer.get();
            bestScore = score;
        }
    }
    return best;
}

QStringList FileImporter::expand(const QString& path, StorySink& sink) const
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {info.absoluteFilePath()};
    QStringList files;
    QSet<QString> visited;
    std::function<void(const QString&)> walk = [&](const QString& dirPath) {
        const QString canonical = QFileInfo(dirPath).canonicalFilePath();
        if (visited.contains(canonical))
            return; // a symbolic link back up the tree
        visited.insert(canonical);
        QDir dir(dirPath);
        if (!QFileInfo(dirPath).isReadable() || !QFileInfo(dirPath).isExecutable()) {
            sink.beginFile(dirPath);
            report(sink, dirPath, 0, ImportIssue::Severity::Error,
                   QStringLiteral("cannot read folder: permission denied"));
            sink.endFile(dirPath);
            return;
        }
        const QFileInfoList entries =
            dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::DirsLast);
        for (const QFileInfo& entry : entries) {
            if (entry.fileName().startsWith(QLatin1Char('.')))
                continue;
            if (entry.isDir())
                walk(entry.absoluteFilePath());
            else
                files.append(entry.absoluteFilePath());
        }
    };
    walk(info.absoluteFilePath());
    return files;
}

void FileImporter::importPaths(const QStringList& paths, StorySink& sink)
{
    for (const QString& path : paths) {
        if (sink.isCancelled())
            return;
        const QFileInfo info(path);
        if (!info.exists() && !info.isSymLink()) {
            const QString absolute = info.absoluteFilePath();
            sink.beginFile(absolute);
            report(sink, absolute, 0, ImportIssue::Severity::Error, QStringLiteral("path does not exist"));
            sink.endFile(absolute);
            continue;
        }
        if (!info.isDir()) {
            importFile(info.absoluteFilePath(), sink);
            continue;
        }
        for (const QString& file : expand(path, sink)) {
            if (sink.isCancelled())
                return;
            // In a folder, media and archives are not news files: passed over without a word.
            QFile probe(file);
            if (probe.open(QIODevice::ReadOnly) && !TextDecoder::knownBinaryType(probe.read(16)).isEmpty())
                continue;
            importFile(file, sink);
        }
    }
}

void FileImporter::importFile(const QString& path, StorySink& sink)
{
    sink.beginFile(path);
    auto fail = [&](const QString& message) {
        report(sink, path, 0, ImportIssue::Severity::Error, message);
        sink.endFile(path);
    };
    const QFileInfo info(path);
    if (!info.exists()) {
        fail(info.isSymLink() ? QStringLiteral("broken symbolic link")
                              : QStringLiteral("path does not exist"));
        return;
    }
    if (!info.isFile()) {
        fail(QStringLiteral("not a regular file"));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(file.error() == QFileDevice::OpenError && !info.isReadable()
                 ? QStringLiteral("cannot open: permission denied")
                 : QStringLiteral("cannot open: %1").arg(file.errorString()));
        return;
    }
    const qint64 size = file.size();
    if (size == 0) {
        fail(QStringLiteral("empty file"));
        return;
    }
    const QByteArray head = file.peek(m_limits.headBytes);
    if (head.isEmpty() && size > 0) {
        fail(QStringLiteral("cannot read: %1").arg(file.errorString()));
        return;
    }
    const EncodingGuess encoding = TextDecoder::detect(head);
    if (encoding.binary) {
        fail(encoding.binaryReason);
        return;
    }
    TextDecoder headDecoder(encoding.encoding);
    const QString headText = headDecoder.decodeChunk(head.mid(encoding.bomLength), false);
    if (headText.trimmed().isEmpty() && size <= m_limits.headBytes) {
        fail(QStringLiteral("no text (only white space)"));
        return;
    }
    Importer* importer = importerFor(headText, info.fileName());
    if (!importer) {
        fail(QStringLiteral("not a format Wirescope reads"));
        return;
    }
    if (importer->readsWholeFile() && size > m_limits.maxWholeFileBytes) {
        fail(QStringLiteral("%1 file of %2 MB is larger than the %3 MB limit for this format")
                 .arg(importer->name(), megabytes(size), megabytes(m_limits.maxWholeFileBytes)));
        return;
    }
    if (!encoding.isUtf8()) {
        report(sink, path, 0, ImportIssue::Severity::Warning,
               encoding.bomLength > 0 || encoding.confidence >= 80
                   ? QStringLiteral("text is in %1, not UTF-8; converted").arg(encoding.encoding)
                   : QStringLiteral("text is not UTF-8; read as %1 (detected, confidence %2%); check the "
                                    "characters if they look wrong")
                         .arg(encoding.encoding)
                         .arg(encoding.confidence));
    }

    CountingSink counting(sink);
    TextInput input(file, path, encoding, counting, m_limits);
    importer->parse(input);
    if (counting.stories == 0 && counting.errors == 0 && !sink.isCancelled())
        report(sink, path, 0, ImportIssue::Severity::Warning,
               QStringLiteral("no stories found (read as %1)").arg(importer->name()));
    if (file.error() != QFileDevice::NoError)
        report(sink, path, 0, ImportIssue::Severity::Error,
               QStringLiteral("read error: %1").arg(file.errorString()));
    if (input.undecodableBytes() > 0) {
        report(sink, path, input.firstUndecodableLine(), ImportIssue::Severity::Warning,
               QStringLiteral("%1 undecodable byte%2 replaced with U+FFFD (read as %3), first at line %4")
                   .arg(input.undecodableBytes())
                   .arg(input.undecodableBytes() == 1 ? "" : "s")
                   .arg(encoding.encoding)
                   .arg(input.firstUndecodableLine()));
    }
    sink.endFile(path);
}

} // namespace ws
