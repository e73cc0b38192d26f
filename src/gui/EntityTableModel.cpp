#include "EntityTableModel.h"

#include "CoOccurrence.h"

#include "EntityRowData.h"
#include "EntityStyle.h"
#include "ModelRoles.h"
#include "db/DbError.h"

namespace ws {

EntityTableModel::EntityTableModel(QList<EntityType> types, QObject* parent)
    : QAbstractTableModel(parent), m_types(std::move(types))
{
}

void EntityTableModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void EntityTableModel::setFilter(const StoryFilter& filter)
{
    m_filter = filter;
    reload();
}

void EntityTableModel::load(Database* db, const StoryFilter& filter)
{
    m_db = db;
    m_filter = filter;
    reload();
}

void EntityTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_totalInDatabase = 0;
    m_sampledFrom = -1;
    QString error;
    if (m_db) {
        try {
            const EntityTableQuery query(*m_db);
            qsizetype matched = 0;
            const SqlFragment stories =
                StoryListQuery::newestOfStorySet(*m_db, m_filter, coOccurrenceSample, &matched);
            if (matched > coOccurrenceSample)
                m_sampledFrom = matched;
            m_rows = query.rows(m_types, stories, rowLimit);
            m_totalInDatabase = query.count(m_types);
        } catch (const DbError& e) {
            m_rows.clear();
            error = e.message();
        }
    }
    endResetModel();
    if (!error.isEmpty())
        emit failed(error);
}

int EntityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntityRow& row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole) {
        if (row.aliases.isEmpty())
            return tr("%1 (%2)").arg(row.entity.name, EntityStyle::singular(row.entity.type));
        return tr("%1 (%2), also: %3")
            .arg(row.entity.name, EntityStyle::singular(row.entity.type), row.aliases);
    }
    return entityRowData(row, index.column(), role);
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StoriesColumn:
        return tr("Stories");
    case MentionsColumn:
        return tr("Mentions");
    case AliasesColumn:
        return tr("Aliases");
    }
    return {};
}

} // namespace ws
