#pragma once

#include "search/DataVersion.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ws {

class Database;

// Finds the entities a search field names, straight from the entities and aliases tables: by name or
// alias, ignoring case, width, accents and traditional/simplified Chinese (TextTokenizer::foldKey),
// so company:台積電, company:台积电 and company:tsmc all find the entity TSMC. Technologies bring their
// descendants in the taxonomy (entities.parent_id), so tech:CoWoS also finds CoWoS-L and CoWoS-S.
// Answers are cached until the database changes (on this connection or any other).
class EntityResolver
{
public:
    explicit EntityResolver(const Database& db);

    // Entity ids of `type` (an entities.type value) named `name`; with `prefix`, every name or alias
    // starting with `name`. Empty when nothing matches.
    QList<qint64> resolve(const QString& type, const QString& name, bool prefix = false);

private:
    QList<qint64> lookUp(const QString& type, const QString& key, bool prefix) const;
    QList<qint64> withDescendants(const QList<qint64>& ids) const;

    const Database& m_db;
    QHash<QString, QList<qint64>> m_cache;
    DataVersion m_version;
};

} // namespace ws
