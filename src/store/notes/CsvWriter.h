#pragma once

#include <QStringList>

class QIODevice;

namespace ws {

// RFC 4180 CSV in UTF-8 with CRLF line ends. A cell that a spreadsheet would read as a formula
// (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so that text
// from a story can never run as a formula.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& device) : m_device(device) {}

    void row(const QStringList& cells);
    static QString cell(const QString& text);

private:
    QIODevice& m_device;
};

} // namespace ws
