#include "ingest/ExtractionWriter.h"

#include "db/Database.h"
#include "extract/EntityKey.h"
#include "repo/MentionSpans.h"

#include <algorithm>

namespace ws {

namespace {

QPair<int, QString> cacheId(EntityType type, const QString& key) { return {int(type), key}; }

// 64 bits for an (entity, alias) pair: a set of these is a fraction of the memory and allocations
// of a set of strings per entity. Two of a million pairs share one about once in 30 million imports;
// the cost would be one alias row not written.
size_t aliasFingerprint(qint64 entityId, const QString& alias) { return qHashMulti(0x9e3779b97f4a7c15ull, entityId, alias); }

} // namespace

ExtractionWriter::ExtractionWriter(Database& db)
    : m_db(db), m_corrections(CorrectionMap::load(db)), m_dataVersion(db.prepare(QStringLiteral("PRAGMA data_version"))),
      m_findByKey(db.prepare(QStringLiteral("SELECT id FROM entities WHERE type=?1 AND key=?2"))),
      m_findByAlias(db.prepare(QStringLiteral(
          "SELECT e.id FROM aliases a JOIN entities e ON e.id=a.entity_id WHERE a.key=?2 AND e.type=?1 "
          "ORDER BY e.story_count DESC LIMIT 1"))),
      m_insertEntity(db.prepare(QStringLiteral("INSERT INTO entities(type, name, key) VALUES(?1, ?2, ?3)"))),
      m_insertAlias(db.prepare(QStringLiteral("INSERT OR IGNORE INTO aliases(entity_id, alias, key) VALUES(?1, ?2, ?3)"))),
      m_setParent(db.prepare(QStringLiteral("UPDATE entities SET parent_id=?2 WHERE id=?1 AND parent_id IS NULL AND id<>?2"))),
      // OR ROLLBACK: no statement journal (RowsStatement.h); a clash, which would be a bug, still
      // fails the import's transaction as a plain INSERT would.
      m_insertStoryEntities(
          db, QStringLiteral("INSERT OR ROLLBACK INTO story_entities(entity_id, story_rowid, mentions, spans) VALUES %1"), 4),
      m_bumpCounts(db.prepare(QStringLiteral(
          "UPDATE entities SET mention_count = mention_count + ?2, story_count = story_count + ?3 WHERE id=?1"))),
      m_insertDeal(db.prepare(QStringLiteral(
          "INSERT INTO deals(story_rowid, kind, status, amount_value, currency, usd, qualifier, amount_text, "
          "time_expr, place, evidence, evidence_start, evidence_end) "
          "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"))),
      m_insertParty(db.prepare(QStringLiteral("INSERT INTO deal_parties(deal_id, entity_id, name, role) VALUES(?1, ?2, ?3, ?4)"))),
      m_insertRelation(db.prepare(QStringLiteral(
          "INSERT OR IGNORE INTO relations(subject_id, relation, object_id, story_rowid) VALUES(?1, ?2, ?3, ?4)")))
{
}

void ExtractionWriter::refreshIfChangedElsewhere()
{
    // data_version changes only for commits made by other connections.
    qint64 version = 0;
    if (m_dataVersion.step())
        version = m_dataVersion.int64(0);
    m_dataVersion.reset();
    if (m_seenDataVersion >= 0 && version != m_seenDataVersion) {
        m_idCache.clear();
        m_resolvedCache.clear();
        m_namesWritten.clear();
        m_aliasesWritten.clear();
        m_knownKeysLoaded = false;
        m_corrections = CorrectionMap::load(m_db);
    }
    m_seenDataVersion = version;
}

qint64 ExtractionWriter::findOrCreate(EntityType type, const QString& key, const QString& name, const QString& nameKey)
{
    const auto id = cacheId(type, key);
    if (const auto cached = m_idCache.constFind(id); cached != m_idCache.constEnd())
        return *cached;
    const QString typeName = entityTypeName(type);
    qint64 entityId = 0;
    // A key no entity or alias has ever had (most new names) needs no lookup to know it is new.
    const bool mayExist = knownKeys().contains(qHash(key));
    if (mayExist) {
        m_findByKey.bind(1, typeName).bind(2, key);
        if (m_findByKey.step())
            entityId = m_findByKey.int64(0);
        m_findByKey.reset();
    }
    if (!entityId && mayExist) {
        // Another story may have named this entity by what is, here, its canonical form.
        m_findByAlias.bind(1, typeName).bind(2, key);
        if (m_findByAlias.step())
            entityId = m_findByAlias.int64(0);
        m_findByAlias.reset();
    }
    if (!entityId) {
        m_insertEntity.bind(1, typeName).bind(2, name).bind(3, key);
        m_insertEntity.run();
        entityId = m_db.lastInsertRowId();
        m_knownKeys.insert(qHash(key));
        // The name and key an entity is created with are in its own row: an alias row would say
        // them twice (they were half of all alias rows).
        if ((nameKey.isNull() ? EntityKey::make(name) : nameKey) == key)
            m_aliasesWritten.insert(aliasFingerprint(entityId, name));
    }
    m_idCache.insert(id, entityId);
    return entityId;
}

void ExtractionWriter::addAlias(qint64 entityId, const QString& alias, const QString& key)
{
    // Most stories repeat names the corpus has seen: skip the write for pairs already written.
    const size_t fingerprint = aliasFingerprint(entityId, alias);
    if (m_aliasesWritten.contains(fingerprint))
        return;
    m_aliasesWritten.insert(fingerprint);
    if (alias.trimmed().isEmpty())
        return;
    m_insertAlias.bind(1, entityId).bind(2, alias).bind(3, key);
    m_insertAlias.run();
    knownKeys().insert(qHash(key));
}

QSet<size_t>& ExtractionWriter::knownKeys()
{
    if (!m_knownKeysLoaded) {
        m_knownKeysLoaded = true;
        m_knownKeys.clear();
        Statement keys = m_db.prepare(QStringLiteral("SELECT key FROM entities UNION ALL SELECT key FROM aliases"));
        while (keys.step())
            m_knownKeys.insert(qHash(keys.text(0)));
    }
    return m_knownKeys;
}

void ExtractionWriter::linkParent(qint64 entityId, EntityType type, const QString& parentName)
{
    if (parentName.isEmpty())
        return;
    const QString key = EntityKey::make(parentName);
    const qint64 parentId = findOrCreate(type, key, parentName, key);
    m_setParent.bind(1, entityId).bind(2, parentId);
    m_setParent.run();
}

// Returns 0 for an entity the analyst rejected.
qint64 ExtractionWriter::entityFor(const ExtractedEntity& entity, const EntityNames& names)
{
    // Most entities of a story were met in earlier stories: one lookup by the key as read gives the
    // id the corrections lead to, and one fingerprint tells whether its names were all written.
    const auto asRead = cacheId(entity.type, entity.key.isEmpty() ? names.nameKey : entity.key);
    auto resolved = m_resolvedCache.constFind(asRead);
    if (resolved == m_resolvedCache.constEnd())
        resolved = m_resolvedCache.insert(asRead, resolve(entity, asRead.second, names.nameKey));
    const qint64 entityId = *resolved;
    if (!entityId)
        return 0;
    const size_t fingerprint = qHashMulti(0, entityId, names.hash);
    if (m_namesWritten.contains(fingerprint))
        return entityId;
    m_namesWritten.insert(fingerprint);
    // Every name read stays findable, also when a merge folds it into another entity.
    addAlias(entityId, entity.name, names.nameKey);
    for (qsizetype a = 0; a < entity.aliases.size() && a < names.aliasKeys.size(); ++a)
        addAlias(entityId, entity.aliases[a], names.aliasKeys[a]);
    return entityId;
}

qint64 ExtractionWriter::resolve(const ExtractedEntity& entity, const QString& key, const QString& nameKey)
{
    const CorrectionMap::Identity identity = m_corrections.resolve({entity.type, key});
    if (m_corrections.isRejected(identity))
        return 0;
    const QString analystName = m_corrections.renamed(identity);
    const QString name = analystName.isEmpty() ? entity.name : analystName;
    const bool known = m_idCache.contains(cacheId(identity.type, identity.key));
    const qint64 entityId = findOrCreate(identity.type, identity.key, name, analystName.isEmpty() ? nameKey : QString());
    if (!known) {
        for (const QString& alias : m_corrections.extraAliases(identity))
            addAlias(entityId, alias, EntityKey::make(alias));
        linkParent(entityId, identity.type, entity.parent);
    }
    return entityId;
}

void ExtractionWriter::write(qint64 storyRowid, const Extraction& extraction, const QList<EntityNames>* names)
{
    QList<qint64> ids;
    ids.reserve(extraction.entities.size());
    for (qsizetype e = 0; e < extraction.entities.size(); ++e) {
        const ExtractedEntity& entity = extraction.entities[e];
        const bool given = names && e < names->size();
        ids.append(entityFor(entity, given ? names->at(e) : EntityNames::of(entity)));
    }

    // One row per entity of the story, its mentions packed in mention order (two extracted entities
    // may share an id). The packed bytes go to one buffer for the whole transaction, not a blob each.
    std::vector<EntityMention>& order = m_storyMentions;
    order.clear();
    for (qsizetype m = 0; m < extraction.mentions.size(); ++m) {
        const int entity = extraction.mentions[m].entity;
        if (const qint64 entityId = entity >= 0 && entity < ids.size() ? ids[entity] : 0)
            order.push_back({entityId, m});
    }
    std::sort(order.begin(), order.end(), [](const EntityMention& a, const EntityMention& b) {
        return a.entityId != b.entityId ? a.entityId < b.entityId : a.mention < b.mention;
    });
    for (size_t first = 0; first < order.size();) {
        const qint64 entityId = order[first].entityId;
        const qsizetype spansAt = m_spans.size();
        size_t next = first;
        for (; next < order.size() && order[next].entityId == entityId; ++next) {
            const Mention& mention = extraction.mentions[order[next].mention];
            MentionSpans::append(m_spans, mention.start, mention.end, mention.sentence);
        }
        const int count = int(next - first);
        m_pendingRows.push_back({entityId, storyRowid, count, spansAt, m_spans.size() - spansAt});
        Counts& counts = m_pendingCounts[entityId];
        counts.mentions += count;
        counts.stories += 1;
        first = next;
    }

    for (const Deal& deal : extraction.deals) {
        m_insertDeal.bind(1, storyRowid).bind(2, deal.kind).bind(3, deal.status);
        if (deal.amount) {
            m_insertDeal.bind(4, deal.amount->value).bind(5, deal.amount->currency);
            if (deal.amount->hasUsd())
                m_insertDeal.bind(6, deal.amount->usd);
            m_insertDeal.bind(7, deal.amount->qualifier).bind(8, deal.amount->text);
        }
        // time_expr and place are NOT NULL: a null QString would bind as NULL.
        m_insertDeal.bind(9, deal.time.isNull() ? QStringLiteral("") : deal.time)
            .bind(10, deal.place.isNull() ? QStringLiteral("") : deal.place)
            .bind(11, deal.evidence);
        m_insertDeal.bind(12, deal.evidenceStart).bind(13, deal.evidenceEnd);
        m_insertDeal.run();
        const qint64 dealId = m_db.lastInsertRowId();
        for (const DealParty& party : deal.parties) {
            const qint64 entityId = party.entity >= 0 && party.entity < ids.size() ? ids[party.entity] : 0;
            m_insertParty.bind(1, dealId);
            if (entityId)
                m_insertParty.bind(2, entityId);
            m_insertParty.bind(3, party.name).bind(4, party.role);
            m_insertParty.run();
        }
    }

    for (const Relation& relation : extraction.relations) {
        const qint64 subject = relation.subject >= 0 && relation.subject < ids.size() ? ids[relation.subject] : 0;
        const qint64 object = relation.object >= 0 && relation.object < ids.size() ? ids[relation.object] : 0;
        if (!subject || !object || subject == object)
            continue;
        m_insertRelation.bind(1, subject).bind(2, relation.relation).bind(3, object).bind(4, storyRowid);
        m_insertRelation.run();
        if (relation.relation == QLatin1String("parent_of")) {
            m_setParent.bind(1, object).bind(2, subject);
            m_setParent.run();
        }
    }
}

void ExtractionWriter::flush()
{
    flushStoryRows();
    for (auto it = m_pendingCounts.cbegin(); it != m_pendingCounts.cend(); ++it) {
        m_bumpCounts.bind(1, it.key()).bind(2, it->mentions).bind(3, it->stories);
        m_bumpCounts.run();
    }
    m_pendingCounts.clear();
}

void ExtractionWriter::flushStoryRows()
{
    std::sort(m_pendingRows.begin(), m_pendingRows.end(), [](const StoryEntityRow& a, const StoryEntityRow& b) {
        return a.entityId != b.entityId ? a.entityId < b.entityId : a.storyRowid < b.storyRowid;
    });
    const char* spans = m_spans.constData();
    m_insertStoryEntities.run(
        m_pendingRows, [spans](Statement& insert, int first, const StoryEntityRow& row) {
            insert.bind(first, row.entityId).bind(first + 1, row.storyRowid).bind(first + 2, row.mentions);
            insert.bindBlobInPlace(first + 3, spans + row.spansAt, row.spansSize);
        });
    m_pendingRows.clear();
    m_spans.clear();
}

} // namespace ws
