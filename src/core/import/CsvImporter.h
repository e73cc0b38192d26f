#pragma once

#include "import/Importer.h"
#include "import/RecordMapper.h"

namespace ws {

// CSV and TSV with a header row: RFC 4180 quoting ("a ""b""", fields over several lines), the
// delimiter (comma, tab, semicolon, bar) sniffed from the first records. Columns are mapped by
// their header names (RecordMapper). A short row is padded and a long row skipped, each with a
// warning naming its line. Streams record by record.
class CsvImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("CSV/TSV"); }
    int sniff(QStringView head, const QString& fileName) const override;
    bool readsWholeFile() const override { return false; }
    void parse(TextInput& input) override;

    // The delimiter that splits the first lines of `head` into the same number of fields (> 1),
    // or a null QChar.
    static QChar sniffDelimiter(QStringView head, const QString& fileName = {});
    // Splits records; returns false at the end of the input. `lineStart` gets the record's line.
    static bool readRecord(TextInput& input, QChar delimiter, QStringList& fields, int& lineStart);
};

} // namespace ws
