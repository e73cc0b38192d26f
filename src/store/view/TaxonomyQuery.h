#pragma once

#include "view/EntityTableQuery.h"

namespace ws {

class Database;

// The technology taxonomy (entities.parent_id) as flat rows that a tree model assembles.
class TaxonomyQuery
{
public:
    explicit TaxonomyQuery(const Database& db) : m_db(db) {}

    // Every technology with its parent and its counts over all stories. Under a filter (`stories`
    // not empty), only the technologies in the matched stories, counted there, plus their
    // ancestors (with zero counts where the ancestor itself is not in those stories) so that the
    // tree keeps its shape. Parents always come before their children.
    QList<EntityRow> nodes(const SqlFragment& stories = {}) const;

private:
    const Database& m_db;
};

} // namespace ws
