#pragma once

#include "view/EntityTableQuery.h"

#include <QVariant>

namespace ws {

// The columns an entity browser shows of an EntityRow, in this order (the entity table shows all
// four, the technology tree the first three).
enum EntityRowColumn
{
    EntityNameColumn,
    EntityStoriesColumn,
    EntityMentionsColumn,
    EntityAliasesColumn,
};

// What an entity browser shows of `row` in `column`: the display text, the sort key (names without
// case, counts as numbers), counts aligned right, and the entity roles (ModelRoles.h).
QVariant entityRowData(const EntityRow& row, int column, int role);

} // namespace ws
