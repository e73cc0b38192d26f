#pragma once

#include "notes/ExportFormat.h"
#include "notes/ExportTarget.h"

#include <QSet>
#include <optional>

namespace ws {

class Database;

// The stories, entities and deals tables as CSV or JSON, streamed row by row from CorpusRepository
// into an atomically written file. JSON rows have the command line's shapes (DESIGN.md).
class CorpusExporter
{
public:
    enum class Table
    {
        Stories,
        Entities,
        Deals
    };
    static std::optional<Table> tableFromName(const QString& name); // stories, entities, deals

    explicit CorpusExporter(Database& db) : m_db(db) {}

    // `storyIds` narrows stories (the selected ones) and deals (to those stories); entities ignore it.
    ExportStatus write(Table table, ExportFormat format, const QString& path, bool overwrite,
                       const std::optional<QSet<QString>>& storyIds = std::nullopt) const;

private:
    Database& m_db;
};

} // namespace ws
