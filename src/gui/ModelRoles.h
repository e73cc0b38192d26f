#pragma once

#include "view/StoryListQuery.h"
#include "view/ViewTypes.h"

#include <QModelIndex>
#include <QVariant>
#include <optional>

namespace ws {

// The data roles shared by every Wirescope model, so that views read entities and stories from any
// model (through proxies too) without knowing its class.
enum ModelRole
{
    EntityIdRole = Qt::UserRole + 1, // qint64; 0 or invalid where the row is not an entity
    EntityTypeRole,                  // int(EntityType)
    EntityNameRole,                  // QString
    StoryRowidRole,                  // qint64, the story a row is or belongs to
    SortRole,                        // numbers as numbers for QSortFilterProxyModel
    DateRole,                        // story list: the story's date
    SourceRole,                      // story list: feed or file
    SnippetRole,                     // story list: the search snippet
    BadgesRole,                      // story list: QList<EntityBadge>
};

// What a row standing for `entity` answers for the entity roles; invalid for any other role.
inline QVariant entityRoleData(const EntityRef& entity, int role)
{
    switch (role) {
    case EntityIdRole:
        return entity.id;
    case EntityTypeRole:
        return int(entity.type);
    case EntityNameRole:
        return entity.name;
    default:
        return {};
    }
}

// The entity a row stands for, read through the roles above.
inline std::optional<EntityRef> entityAt(const QModelIndex& index)
{
    const qint64 id = index.data(EntityIdRole).toLongLong();
    if (!index.isValid() || id <= 0)
        return std::nullopt;
    return EntityRef{id, EntityType(index.data(EntityTypeRole).toInt()),
                     index.data(EntityNameRole).toString()};
}

} // namespace ws
