#pragma once

#include "db/Statement.h"
#include "model/Extraction.h"
#include "repo/CorrectionMap.h"

#include <QHash>
#include <QSet>

namespace ws {

class Database;

// Writes what the extractor read in one story into entities, aliases, mentions, story_entities,
// deals and relations, merging entities across the corpus by (type, key) and by alias keys, and
// applying the analyst's corrections. Lives inside the writer's transaction; caches entity ids.
class ExtractionWriter
{
public:
    explicit ExtractionWriter(Database& db);

    void write(qint64 storyRowid, const Extraction& extraction);

private:
    qint64 entityFor(const ExtractedEntity& entity);
    qint64 findOrCreate(EntityType type, const QString& key, const QString& name);
    void addAlias(qint64 entityId, const QString& alias);
    void linkParent(qint64 entityId, EntityType type, const QString& parentName);

    Database& m_db;
    CorrectionMap m_corrections;
    QHash<QString, qint64> m_idCache; // "type\x1fkey" -> entity id
    QSet<QString> m_aliasesWritten;   // "entity id\x1falias" pairs already in the aliases table
    Statement m_findByKey;
    Statement m_findByAlias;
    Statement m_insertEntity;
    Statement m_insertAlias;
    Statement m_setParent;
    Statement m_insertMention;
    Statement m_insertStoryEntity;
    Statement m_bumpCounts;
    Statement m_insertDeal;
    Statement m_insertParty;
    Statement m_insertRelation;
};

} // namespace ws
