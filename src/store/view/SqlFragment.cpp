#include "view/SqlFragment.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ws {

Statement SqlFragment::prepare(const Database& db) const
{
    Statement statement = db.prepare(sql);
    for (int i = 0; i < args.size(); ++i)
        statement.bind(i + 1, args.at(i));
    return statement;
}

SqlFragment storiesWithEntities(const QList<qint64>& entityIds)
{
    if (entityIds.isEmpty())
        return {QStringLiteral("SELECT rowid FROM stories"), {}};
    SqlFragment fragment;
    for (qint64 id : entityIds) {
        if (!fragment.sql.isEmpty())
            fragment.append(QStringLiteral(" INTERSECT "));
        fragment.append(QStringLiteral("SELECT story_rowid FROM story_entities WHERE entity_id = ?"), {id});
    }
    return fragment;
}

QString jsonArray(const QList<qint64>& rowids)
{
    QJsonArray array;
    for (qint64 rowid : rowids)
        array.append(rowid);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

SqlFragment inRowids(const QString& column, const QList<qint64>& rowids)
{
    return {column + QStringLiteral(" IN (SELECT value FROM json_each(?))"), {jsonArray(rowids)}};
}

SqlFragment typeIn(const QString& column, const QList<EntityType>& types)
{
    SqlFragment fragment{column + QStringLiteral(" IN ("), {}};
    for (int i = 0; i < types.size(); ++i) {
        fragment.append(i == 0 ? QStringLiteral("?") : QStringLiteral(", ?"), {entityTypeName(types.at(i))});
    }
    if (types.isEmpty())
        fragment.append(QStringLiteral("NULL"));
    fragment.append(QStringLiteral(")"));
    return fragment;
}

} // namespace ws
