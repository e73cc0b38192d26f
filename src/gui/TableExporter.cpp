#include "TableExporter.h"

#include "FilterState.h"
#include "StoreSession.h"
#include "db/DbError.h"
#include "view/StoryListQuery.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace ws {

namespace {

QString tableName(CorpusExporter::Table table)
{
    switch (table) {
    case CorpusExporter::Table::Stories:
        return TableExporter::tr("stories");
    case CorpusExporter::Table::Entities:
        return TableExporter::tr("entities");
    case CorpusExporter::Table::Deals:
        return TableExporter::tr("deals");
    }
    return {};
}

} // namespace

TableExporter::TableExporter(StoreSession& session, FilterState& filter, QWidget* dialogParent)
    : QObject(dialogParent), m_session(session), m_filter(filter), m_dialogParent(dialogParent)
{
}

QString TableExporter::askPath(CorpusExporter::Table table) const
{
    const QString title = table == CorpusExporter::Table::Stories ? tr("Export the listed stories")
                                                                   : tr("Export the %1 table").arg(tableName(table));
    const QString suggested =
        QDir(QFileInfo(m_session.path()).absolutePath()).filePath(tableName(table) + QStringLiteral(".csv"));
    if (m_choosePath)
        return m_choosePath(title, suggested);
    // The dialog itself asks before replacing an existing file.
    return QFileDialog::getSaveFileName(m_dialogParent, title, suggested,
                                        tr("CSV (*.csv);;JSON (*.json)"));
}

bool TableExporter::exportTable(CorpusExporter::Table table)
{
    if (!m_session.isOpen())
        return false;
    const QString path = askPath(table);
    if (path.isEmpty())
        return false;
    const ExportFormat format = QFileInfo(path).suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0
                                    ? ExportFormat::Json
                                    : ExportFormat::Csv;
    try {
        // Stories and deals follow the filter; entities are the whole table.
        std::optional<QSet<QString>> storyIds;
        if (table != CorpusExporter::Table::Entities && !m_filter.isEmpty())
            storyIds = StoryListQuery::storyIds(*m_session.database(), m_filter.storyFilter());
        const ExportStatus status =
            CorpusExporter(*m_session.database()).write(table, format, path, true, storyIds);
        if (!status.ok()) {
            emit failed(status.message);
            return false;
        }
    } catch (const DbError& error) {
        emit failed(error.message());
        return false;
    }
    emit written(tr("Exported the %1 to %2.").arg(tableName(table), QDir::toNativeSeparators(path)));
    return true;
}

} // namespace ws
