#pragma once

#include "ingest/IngestReport.h"
#include "repo/CorpusRecords.h"

#include <QJsonObject>

namespace ws {

// The JSON shapes of the command-line contract (DESIGN.md, "Command line"). Fields are only ever
// added, never renamed or removed: scripts outside the repository read them.
class JsonFormat
{
public:
    static QJsonObject story(const StoryRecord& story);
    static QJsonObject entity(const EntityRecord& entity);
    static QJsonObject deal(const DealRecord& deal);
    static QJsonObject ingestReport(const IngestReport& report);
    static QByteArray compact(const QJsonObject& object);
};

} // namespace ws
