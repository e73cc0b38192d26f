#pragma once

#include "import/Importer.h"
#include "import/JsonNode.h"
#include "import/RecordMapper.h"

namespace ws {

// JSON Lines (one object a line, streamed; a bad line is reported with its number and the rest go
// on) and JSON documents: an array of objects, an object wrapping one ({"articles": [...]}), or a
// single object. Fields are mapped by RecordMapper. A truncated document is reported with the line
// where it ends, and the complete records before the cut are kept.
class JsonImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("JSON"); }
    int sniff(QStringView head, const QString& fileName) const override;
    bool readsWholeFile() const override { return false; }
    void parse(TextInput& input) override;

    // The array of records inside a wrapper object (its key), or empty when `object` is a record.
    static QString wrapperKey(const JsonNode& object);

private:
    void parseLines(TextInput& input, QString firstLine, int firstLineNumber);
    void parseDocument(TextInput& input, const QString& text, int firstLine);
    void addRecord(TextInput& input, const JsonNode& object, int lineStart, int lineEnd);
    void reportDates(TextInput& input);

    RecordMapper m_mapper;
    int m_badDates = 0;
    QString m_firstBadDate;
    int m_firstBadDateLine = 0;
    int m_stories = 0;
};

} // namespace ws
