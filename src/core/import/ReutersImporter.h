#pragma once

#include "import/Importer.h"

namespace ws {

// The Reuters-21578 SGML archive: <REUTERS NEWID=".."> records with <DATE>, <TOPICS>, <PLACES> and
// <TEXT> holding <TITLE>, <DATELINE>, <AUTHOR> and <BODY>; TYPE="BRIEF" (title only) and
// TYPE="UNPROC" (raw text) records give a story each too. Entities are decoded and the wire's
// control codes (&#3; ...) dropped. Each story keeps the lines of its record. Streams.
class ReutersImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("Reuters-21578 SGML"); }
    int sniff(QStringView head, const QString& fileName) const override;
    bool readsWholeFile() const override { return false; }
    void parse(TextInput& input) override;

    // One record's text (from "<REUTERS" to "</REUTERS>") as a story, without the source path.
    static Story parseRecord(const QString& record, QString* problem = nullptr);
};

} // namespace ws
