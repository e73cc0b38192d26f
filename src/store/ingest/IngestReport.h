#pragma once

#include "model/ImportIssue.h"

#include <QList>
#include <QString>

namespace ws {

// What one file gave: the per-file line of the import report.
struct FileReport
{
    QString path;
    int added = 0;
    int duplicates = 0;
    int warnings = 0;
    int errors = 0;
    QList<ImportIssue> issues;
};

// The result of one import run, totals and per file.
struct IngestReport
{
    QList<FileReport> files;
    int added = 0;
    int duplicates = 0;
    int warnings = 0;
    int errors = 0;
    qint64 bytes = 0;
    double seconds = 0;
    bool cancelled = false;
    QString fatalError; // set when the run stopped early (disk full, database error)

    bool hasErrors() const { return errors > 0 || !fatalError.isEmpty(); }
};

// Progress as the import goes, for progress bars.
struct IngestProgress
{
    int filesDone = 0;
    int filesTotal = 0;
    int stories = 0; // stories read so far (added + duplicates)
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    QString currentFile;
};

} // namespace ws
