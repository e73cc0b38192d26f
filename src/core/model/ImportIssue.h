#pragma once

#include <QString>

namespace ws {

// A problem met while reading input: names the file, the line where there is one, and the reason.
struct ImportIssue
{
    enum class Severity { Warning, Error };

    QString file;
    int line = 0; // 1-based; 0 where no line applies
    Severity severity = Severity::Error;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "file:line: error: message" (line omitted when 0), the form compilers use.
    QString toString() const;
};

} // namespace ws
