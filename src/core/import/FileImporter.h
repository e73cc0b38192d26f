#pragma once

#include "import/ImportLimits.h"
#include "import/Importer.h"
#include "model/StorySink.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace ws {

// The entry point of an import: walks the given files and folders (recursively, sorted, skipping
// hidden entries and media/archive files met in folders), reads each file, detects its encoding and
// its format by content, and lets the matching Importer parse it into the sink. Every bad input
// (missing path, unreadable, empty, binary, over a size limit, not decodable, malformed) gets one
// issue naming the file and, where there is one, the line; the other files go on.
class FileImporter
{
public:
    explicit FileImporter(const ImportLimits& limits = {});
    ~FileImporter();

    void importPaths(const QStringList& paths, StorySink& sink);
    void importFile(const QString& path, StorySink& sink);

    // The files a path stands for: itself, or the files in a folder tree (sorted, hidden skipped).
    QStringList expand(const QString& path, StorySink& sink) const;
    // The importer that would read a file with this head, or nullptr.
    Importer* importerFor(QStringView head, const QString& fileName) const;

    // Names of the formats understood, for help texts.
    static QStringList supportedFormats();

private:
    ImportLimits m_limits;
    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace ws
