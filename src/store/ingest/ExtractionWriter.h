#pragma once

#include "db/RowsStatement.h"
#include "db/Statement.h"
#include "ingest/EntityNames.h"
#include "model/Extraction.h"
#include "repo/CorrectionMap.h"

#include <QHash>
#include <QSet>

namespace ws {

class Database;

// Writes what the extractor read in one story into entities, aliases, story_entities (with the mentions),
// deals and relations, merging entities across the corpus by (type, key) and by alias keys, and
// applying the analyst's corrections. Lives inside the writer's transaction; caches entity ids.
class ExtractionWriter
{
public:
    explicit ExtractionWriter(Database& db);

    // Call at the start of each transaction: when another connection has committed since (the
    // analyst corrected or merged entities during an import), the cached ids and the corrections
    // are read again, so later stories follow the change and no stale id is written.
    void refreshIfChangedElsewhere();
    // `names` (EntityNames::of() each entity, worked out beforehand on another thread) may be null.
    void write(qint64 storyRowid, const Extraction& extraction, const QList<EntityNames>* names = nullptr);
    // Writes the story rows and the counts gathered since the last flush. Call it before the
    // transaction commits: a transaction bumps each entity once, not once per story, and writes its
    // story rows in key order.
    void flush();
    // The story rows part of flush(), which may come early too: rows written before the commit are
    // sorted among themselves only.
    void flushStoryRows();

private:
    qint64 entityFor(const ExtractedEntity& entity, const EntityNames& names);
    qint64 resolve(const ExtractedEntity& entity, const QString& key, const QString& nameKey);
    // `nameKey` is EntityKey::make(name) where the caller has it, or a null string.
    qint64 findOrCreate(EntityType type, const QString& key, const QString& name, const QString& nameKey);
    void addAlias(qint64 entityId, const QString& alias, const QString& key);
    void linkParent(qint64 entityId, EntityType type, const QString& parentName);
    QSet<size_t>& knownKeys();

    Database& m_db;
    CorrectionMap m_corrections;
    struct Counts
    {
        qint64 mentions = 0;
        qint64 stories = 0;
    };
    QHash<QPair<int, QString>, qint64> m_idCache;  // (type, key) -> entity id
    QHash<QPair<int, QString>, qint64> m_resolvedCache; // (type, key as read) -> id after corrections, 0 rejected
    QSet<size_t> m_namesWritten;                   // fingerprints of (id, name, aliases) already written
    QSet<size_t> m_aliasesWritten;                 // fingerprints of (id, alias) already in the aliases table
    QHash<qint64, Counts> m_pendingCounts;         // entity id -> counts not yet in entities
    // story_entities rows not yet written. Its key starts with the entity, so rows written story by
    // story land all over a large table; sorted, a transaction's rows of one entity share pages.
    struct StoryEntityRow
    {
        qint64 entityId;
        qint64 storyRowid;
        int mentions;
        qsizetype spansAt; // the row's packed mentions: m_spans[spansAt, spansAt + spansSize)
        qsizetype spansSize;
    };
    std::vector<StoryEntityRow> m_pendingRows;
    QByteArray m_spans;
    struct EntityMention
    {
        qint64 entityId;
        qsizetype mention; // index into Extraction::mentions
    };
    std::vector<EntityMention> m_storyMentions; // scratch of write(), kept for its capacity
    // Hashes of every entity and alias key in the database (read once, kept up to date by this
    // writer): a key whose hash is not here is new, and is inserted without looking it up.
    QSet<size_t> m_knownKeys;
    bool m_knownKeysLoaded = false;
    Statement m_dataVersion;
    qint64 m_seenDataVersion = -1;
    Statement m_findByKey;
    Statement m_findByAlias;
    Statement m_insertEntity;
    Statement m_insertAlias;
    Statement m_setParent;
    RowsStatement m_insertStoryEntities;
    Statement m_bumpCounts;
    Statement m_insertDeal;
    Statement m_insertParty;
    Statement m_insertRelation;
};

} // namespace ws
