#pragma once

#include <QString>
#include <functional>

class QIODevice;

namespace ws {

// The outcome of an export: the message names the file and says what went wrong.
struct ExportStatus
{
    enum Code
    {
        Ok,
        Exists,
        Failed
    };
    Code code = Ok;
    QString message;

    bool ok() const { return code == Ok; }
    static ExportStatus failed(const QString& message) { return {Failed, message}; }
};

// Writes an export file atomically (QSaveFile): the content goes to a temporary file beside the
// target and replaces it only once complete, so a failed export leaves the old file as it was.
class ExportTarget
{
public:
    // Whether `path` can be written: not a folder, its folder exists, and it does not exist unless
    // `overwrite`. Says so before any work is done.
    static ExportStatus check(const QString& path, bool overwrite);
    // Checks, then runs `write` into the temporary file and commits it. `write` may throw DbError or
    // return an error message (non-empty) to abandon the export.
    static ExportStatus write(const QString& path, bool overwrite,
                              const std::function<QString(QIODevice&)>& write);
};

} // namespace ws
