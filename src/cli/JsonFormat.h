#pragma once

#include "ingest/IngestReport.h"

#include <QJsonObject>

namespace ws {

// The JSON shapes of the command-line contract (DESIGN.md, "Command line") that only the command
// line writes; stories, entities and deals are RecordJson's. Fields are only ever added, never
// renamed or removed: scripts outside the repository read them.
class JsonFormat
{
public:
    static QJsonObject ingestReport(const IngestReport& report);
    static QByteArray compact(const QJsonObject& object);
};

} // namespace ws
