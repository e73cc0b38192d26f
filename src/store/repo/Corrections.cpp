#include "repo/Corrections.h"

#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "extract/EntityKey.h"

#include <QDateTime>
#include <QObject>

namespace ws {

Corrections::Subject Corrections::subject(qint64 entityId) const
{
    auto query = m_db.prepare(QStringLiteral("SELECT type, key, name FROM entities WHERE id=?1"));
    query.bind(1, entityId);
    if (!query.step())
        throw DbError(QObject::tr("The entity no longer exists; the list may be out of date."));
    const auto type = entityTypeFromName(query.text(0));
    return Subject{type.value_or(EntityType::Company), query.text(1), query.text(2)};
}

void Corrections::record(const QString& action, const Subject& subject, const QString& argument,
                         const QString& argument2)
{
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO corrections(action, entity_type, entity_key, argument, argument2, created) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6)"));
    insert.bind(1, action)
        .bind(2, entityTypeName(subject.type))
        .bind(3, subject.key)
        .bind(4, argument.isNull() ? QStringLiteral("") : argument)
        .bind(5, argument2.isNull() ? QStringLiteral("") : argument2)
        .bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    insert.run();
}

void Corrections::recount(qint64 entityId)
{
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE entities SET story_count=(SELECT count(*) FROM story_entities WHERE entity_id=?1), "
        "mention_count=(SELECT coalesce(sum(mentions), 0) FROM story_entities WHERE entity_id=?1) WHERE id=?1"));
    update.bind(1, entityId);
    update.run();
}

void Corrections::rename(qint64 entityId, const QString& newName)
{
    const QString name = newName.simplified();
    if (name.isEmpty())
        throw DbError(QObject::tr("A name cannot be empty."));
    Transaction transaction(m_db);
    const Subject before = subject(entityId);
    auto insertAlias = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO aliases(entity_id, alias, key) VALUES(?1, ?2, ?3)"));
    insertAlias.bind(1, entityId).bind(2, before.name).bind(3, EntityKey::make(before.name));
    insertAlias.run();
    auto update = m_db.prepare(QStringLiteral("UPDATE entities SET name=?2 WHERE id=?1"));
    update.bind(1, entityId).bind(2, name);
    update.run();
    record(QStringLiteral("rename"), before, name);
    transaction.commit();
}

void Corrections::addAlias(qint64 entityId, const QString& alias)
{
    const QString text = alias.simplified();
    if (text.isEmpty())
        throw DbError(QObject::tr("An alias cannot be empty."));
    Transaction transaction(m_db);
    const Subject target = subject(entityId);
    auto insert = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO aliases(entity_id, alias, key) VALUES(?1, ?2, ?3)"));
    insert.bind(1, entityId).bind(2, text).bind(3, EntityKey::make(text));
    insert.run();
    record(QStringLiteral("alias"), target, text);
    transaction.commit();
}

void Corrections::merge(qint64 fromEntityId, qint64 intoEntityId)
{
    if (fromEntityId == intoEntityId)
        return;
    Transaction transaction(m_db);
    const Subject from = subject(fromEntityId);
    const Subject into = subject(intoEntityId);
    const QString statements[] = {
        QStringLiteral("INSERT OR IGNORE INTO aliases(entity_id, alias, key) SELECT ?2, alias, key FROM aliases WHERE entity_id=?1"),
        QStringLiteral("INSERT OR IGNORE INTO aliases(entity_id, alias, key) SELECT ?2, name, key FROM entities WHERE id=?1"),
        QStringLiteral("INSERT INTO story_entities(entity_id, story_rowid, mentions, spans) "
                       "SELECT ?2, story_rowid, mentions, spans FROM story_entities WHERE entity_id=?1 "
                       "ON CONFLICT(entity_id, story_rowid) DO UPDATE SET mentions = mentions + excluded.mentions, "
                       "spans = ws_spans_concat(spans, excluded.spans)"),
        QStringLiteral("UPDATE deal_parties SET entity_id=?2 WHERE entity_id=?1"),
        QStringLiteral("UPDATE OR IGNORE relations SET subject_id=?2 WHERE subject_id=?1"),
        QStringLiteral("UPDATE OR IGNORE relations SET object_id=?2 WHERE object_id=?1"),
        QStringLiteral("UPDATE entities SET parent_id=?2 WHERE parent_id=?1 AND id<>?2"),
        QStringLiteral("DELETE FROM entities WHERE id=?1"),
    };
    for (const QString& sql : statements) {
        auto statement = m_db.prepare(sql);
        statement.bind(1, fromEntityId).bind(2, intoEntityId);
        statement.run();
    }
    recount(intoEntityId);
    // A later extraction may meet the merged name before the target's own: it must still carry the
    // target's name, so the name is kept as a correction too.
    record(QStringLiteral("rename"), into, into.name);
    record(QStringLiteral("merge"), from, entityTypeName(into.type), into.key);
    transaction.commit();
}

void Corrections::changeType(qint64 entityId, EntityType newType)
{
    const Subject before = subject(entityId);
    if (before.type == newType)
        return;
    qint64 existing = 0;
    {
        auto find = m_db.prepare(QStringLiteral("SELECT id FROM entities WHERE type=?1 AND key=?2"));
        find.bind(1, entityTypeName(newType)).bind(2, before.key);
        if (find.step())
            existing = find.int64(0);
    }
    if (existing) {
        // The same name already exists under that type: the change is a merge into it.
        merge(entityId, existing);
        return;
    }
    Transaction transaction(m_db);
    auto update = m_db.prepare(QStringLiteral("UPDATE entities SET type=?2, parent_id=NULL WHERE id=?1"));
    update.bind(1, entityId).bind(2, entityTypeName(newType));
    update.run();
    record(QStringLiteral("retype"), before, entityTypeName(newType), before.key);
    transaction.commit();
}

void Corrections::reject(qint64 entityId)
{
    Transaction transaction(m_db);
    const Subject rejected = subject(entityId);
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM entities WHERE id=?1"));
    remove.bind(1, entityId);
    remove.run();
    record(QStringLiteral("reject"), rejected);
    transaction.commit();
}

} // namespace ws
