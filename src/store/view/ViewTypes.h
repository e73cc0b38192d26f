#pragma once

#include "model/EntityType.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace ws {

// An entity as the views show and filter it: the id is only valid for the database it came from.
struct EntityRef
{
    qint64 id = 0;
    EntityType type = EntityType::Company;
    QString name;

    bool operator==(const EntityRef& other) const { return id == other.id; }
};

// One entity on a story row in the list: the story's most mentioned entities.
struct EntityBadge
{
    EntityRef entity;
    int mentions = 0;
};

// What the stories are narrowed to: every entity (all must be mentioned) and the search query.
struct StoryFilter
{
    QList<qint64> entityIds;
    QString query;

    bool isEmpty() const { return entityIds.isEmpty() && query.trimmed().isEmpty(); }
    bool operator==(const StoryFilter& other) const = default;
    bool hasQuery() const { return !query.trimmed().isEmpty(); }
};

} // namespace ws

Q_DECLARE_METATYPE(ws::EntityRef)
Q_DECLARE_METATYPE(ws::EntityBadge)
