#include "search/EntityResolver.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "search/TextTokenizer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ws {

EntityResolver::EntityResolver(const Database& db) : m_db(db), m_version(db) {}

QList<qint64> EntityResolver::resolve(const QString& type, const QString& name, bool prefix)
{
    const QString key = TextTokenizer::foldKey(name);
    if (key.isEmpty())
        return {};
    if (m_version.changed())
        m_cache.clear();
    const QString cacheKey =
        type + QLatin1Char('\x1f') + key + (prefix ? QStringLiteral("\x1f*") : QString());
    const auto cached = m_cache.constFind(cacheKey);
    if (cached != m_cache.constEnd())
        return *cached;
    QList<qint64> ids = lookUp(type, key, prefix);
    if (type == QLatin1String("technology") && !ids.isEmpty())
        ids = withDescendants(ids);
    m_cache.insert(cacheKey, ids);
    return ids;
}

QList<qint64> EntityResolver::lookUp(const QString& type, const QString& key, bool prefix) const
{
    // The (type, key) index narrows both scans to one entity type; ws_fold compares as search does.
    const QString compare = prefix ? QStringLiteral("substr(ws_fold(%1), 1, length(:key)) = :key")
                                   : QStringLiteral("ws_fold(%1) = :key");
    Statement query =
        m_db.prepare(QStringLiteral("SELECT e.id FROM entities e WHERE e.type = :type AND %1 "
                                    "UNION "
                                    "SELECT e.id FROM entities e JOIN aliases a ON a.entity_id = e.id "
                                    "WHERE e.type = :type AND %2 ORDER BY 1")
                         .arg(compare.arg(QStringLiteral("e.name")), compare.arg(QStringLiteral("a.alias"))));
    query.bind(":type", type);
    query.bind(":key", key);
    QList<qint64> ids;
    while (query.step())
        ids.append(query.int64(0));
    return ids;
}

QList<qint64> EntityResolver::withDescendants(const QList<qint64>& ids) const
{
    QJsonArray roots;
    for (qint64 id : ids)
        roots.append(id);
    // UNION (not UNION ALL) stops at a cycle in parent_id; the type test lets the (type, key) index
    // keep each step to the technologies.
    Statement query = m_db.prepare(QStringLiteral(
        "WITH RECURSIVE tree(id) AS ("
        "  SELECT value FROM json_each(:roots)"
        "  UNION"
        "  SELECT e.id FROM entities e JOIN tree ON e.parent_id = tree.id WHERE e.type = 'technology')"
        "SELECT id FROM tree ORDER BY id"));
    query.bind(":roots", QString::fromUtf8(QJsonDocument(roots).toJson(QJsonDocument::Compact)));
    QList<qint64> all;
    while (query.step())
        all.append(query.int64(0));
    return all;
}

} // namespace ws
