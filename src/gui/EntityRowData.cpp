#include "EntityRowData.h"

#include "ModelRoles.h"

namespace ws {

QVariant entityRowData(const EntityRow& row, int column, int role)
{
    const bool isCount = column == EntityStoriesColumn || column == EntityMentionsColumn;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case EntityNameColumn:
            return role == SortRole ? QVariant(row.entity.name.toLower()) : QVariant(row.entity.name);
        case EntityStoriesColumn:
            return row.stories;
        case EntityMentionsColumn:
            return row.mentions;
        case EntityAliasesColumn:
            return role == SortRole ? QVariant(row.aliases.toLower()) : QVariant(row.aliases);
        }
        return {};
    case Qt::TextAlignmentRole:
        return isCount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return entityRoleData(row.entity, role);
    }
}

} // namespace ws
