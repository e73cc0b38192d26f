#include "StoryEntitiesModel.h"

#include "EntityStyle.h"
#include "ModelRoles.h"

#include <QGuiApplication>
#include <QPalette>

namespace ws {

namespace {

// Group rows carry id 0; an entity row carries its group's index + 1.
constexpr quintptr groupId = 0;

} // namespace

StoryEntitiesModel::StoryEntitiesModel(QObject* parent) : QAbstractItemModel(parent) {}

void StoryEntitiesModel::setEntities(const QList<EntityCount>& entities)
{
    beginResetModel();
    m_groups.clear();
    for (EntityType type : allEntityTypes) {
        Group group{type, {}};
        for (const EntityCount& entity : entities) {
            if (entity.entity.type == type)
                group.entities.append(entity);
        }
        if (!group.entities.isEmpty())
            m_groups.append(std::move(group));
    }
    endResetModel();
}

QModelIndex StoryEntitiesModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex StoryEntitiesModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupId);
}

int StoryEntitiesModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != groupId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).entities.size());
}

int StoryEntitiesModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant StoryEntitiesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupId) {
        const Group& group = m_groups.at(index.row());
        if (role == Qt::DisplayRole)
            return index.column() == NameColumn ? QVariant(EntityStyle::plural(group.type))
                                                : QVariant(int(group.entities.size()));
        if (role == Qt::DecorationRole && index.column() == NameColumn)
            return EntityStyle::background(group.type, QGuiApplication::palette());
        if (role == Qt::ToolTipRole)
            return tr("%1 in this story: %2").arg(EntityStyle::plural(group.type)).arg(group.entities.size());
        return {};
    }
    const EntityCount& entity = m_groups.at(int(index.internalId() - 1)).entities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(entity.entity.name) : QVariant(entity.mentions);
    case Qt::ToolTipRole:
        return tr("%1 (mentions: %2). Click to show its stories; Ctrl+click to add it to the filter.")
            .arg(entity.entity.name)
            .arg(entity.mentions);
    case Qt::TextAlignmentRole:
        if (index.column() == MentionsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return entityRoleData(entity.entity, role);
}

QVariant StoryEntitiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Entity") : tr("Mentions");
}

} // namespace ws
