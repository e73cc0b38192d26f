#pragma once

#include "model/EntityType.h"

#include <QString>

namespace ws {

class Database;

// The analyst's corrections to extraction: applied to the database at once, and stored in the
// corrections table (keyed by entity type and key, never by id) so that every later extraction
// honours them too (ExtractionWriter reads them through CorrectionMap).
class Corrections
{
public:
    explicit Corrections(Database& db) : m_db(db) {}

    void rename(qint64 entityId, const QString& newName);
    void merge(qint64 fromEntityId, qint64 intoEntityId); // `from` disappears into `into`
    void addAlias(qint64 entityId, const QString& alias);
    void changeType(qint64 entityId, EntityType newType);
    void reject(qint64 entityId); // a false entity: removed with its mentions and never re-created

private:
    struct Subject
    {
        EntityType type;
        QString key;
        QString name;
    };
    Subject subject(qint64 entityId) const;
    void record(const QString& action, const Subject& subject, const QString& argument = {},
                const QString& argument2 = {});
    void recount(qint64 entityId);

    Database& m_db;
};

} // namespace ws
