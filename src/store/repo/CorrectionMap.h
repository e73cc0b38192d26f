#pragma once

#include "model/EntityType.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace ws {

class Database;

// The stored corrections, read once, as lookups the extraction writer applies to every entity it
// writes: so a re-extraction (or a new import) honours a merge, rename, retype or rejection.
class CorrectionMap
{
public:
    struct Identity
    {
        EntityType type = EntityType::Company;
        QString key;
        bool operator==(const Identity& other) const { return type == other.type && key == other.key; }
    };

    static CorrectionMap load(Database& db);

    bool isRejected(const Identity& identity) const;
    // Follows merges and type changes to the entity this identity now belongs to.
    Identity resolve(Identity identity) const;
    // The analyst's name for an entity, or an empty string.
    QString renamed(const Identity& identity) const;
    QStringList extraAliases(const Identity& identity) const;
    bool isEmpty() const { return m_redirects.isEmpty() && m_rejected.isEmpty() && m_names.isEmpty() && m_aliases.isEmpty(); }

private:
    static QString id(const Identity& identity);

    QHash<QString, Identity> m_redirects; // merge and retype
    QSet<QString> m_rejected;
    QHash<QString, QString> m_names;
    QHash<QString, QStringList> m_aliases;
};

} // namespace ws
