#include "repo/CorrectionMap.h"

#include "db/Database.h"
#include "db/Statement.h"

namespace ws {

QString CorrectionMap::id(const Identity& identity)
{
    return entityTypeName(identity.type) + QLatin1Char('\x1f') + identity.key;
}

CorrectionMap CorrectionMap::load(Database& db)
{
    CorrectionMap map;
    auto query = db.prepare(QStringLiteral(
        "SELECT action, entity_type, entity_key, argument, argument2 FROM corrections ORDER BY id"));
    while (query.step()) {
        const QString action = query.text(0);
        const auto type = entityTypeFromName(query.text(1));
        if (!type)
            continue;
        const Identity subject{*type, query.text(2)};
        if (action == QLatin1String("reject")) {
            map.m_rejected.insert(id(subject));
        } else if (action == QLatin1String("rename")) {
            map.m_names.insert(id(subject), query.text(3));
        } else if (action == QLatin1String("alias")) {
            map.m_aliases[id(subject)].append(query.text(3));
        } else if (action == QLatin1String("merge") || action == QLatin1String("retype")) {
            const auto targetType = entityTypeFromName(query.text(3));
            if (targetType && !(Identity{*targetType, query.text(4)} == subject))
                map.m_redirects.insert(id(subject), Identity{*targetType, query.text(4)});
        }
    }
    return map;
}

// Each lookup first checks its table is not empty: most databases have no corrections, and the
// writer asks for every entity of every story it imports.
bool CorrectionMap::isRejected(const Identity& identity) const
{
    return !m_rejected.isEmpty() && m_rejected.contains(id(resolve(identity)));
}

CorrectionMap::Identity CorrectionMap::resolve(Identity identity) const
{
    // Bounded walk: a cycle of merges (A into B, later B into A) must not hang.
    for (int hops = 0; hops < 32 && !m_redirects.isEmpty(); ++hops) {
        const auto next = m_redirects.constFind(id(identity));
        if (next == m_redirects.constEnd())
            break;
        identity = *next;
    }
    return identity;
}

QString CorrectionMap::renamed(const Identity& identity) const
{
    return m_names.isEmpty() ? QString() : m_names.value(id(identity));
}

QStringList CorrectionMap::extraAliases(const Identity& identity) const
{
    return m_aliases.isEmpty() ? QStringList() : m_aliases.value(id(identity));
}

} // namespace ws
