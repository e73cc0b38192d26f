#include "ingest/EntityNames.h"

#include "extract/EntityKey.h"

namespace ws {

EntityNames EntityNames::of(const ExtractedEntity& entity)
{
    EntityNames names;
    names.hash = qHash(entity.name);
    for (const QString& alias : entity.aliases)
        names.hash = qHash(alias, names.hash);
    // The extractor hands over the keys it had at hand; an entity from elsewhere has none.
    if (!entity.nameKey.isNull() && entity.aliasKeys.size() == entity.aliases.size()) {
        names.nameKey = entity.nameKey;
        names.aliasKeys = entity.aliasKeys;
        return names;
    }
    names.nameKey = EntityKey::make(entity.name);
    names.aliasKeys.reserve(entity.aliases.size());
    for (const QString& alias : entity.aliases)
        names.aliasKeys.append(EntityKey::make(alias));
    return names;
}

} // namespace ws
