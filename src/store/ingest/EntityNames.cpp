#include "ingest/EntityNames.h"

#include "extract/EntityKey.h"

namespace ws {

EntityNames EntityNames::of(const ExtractedEntity& entity)
{
    EntityNames names;
    names.hash = qHash(entity.name);
    names.nameKey = EntityKey::make(entity.name);
    names.aliasKeys.reserve(entity.aliases.size());
    for (const QString& alias : entity.aliases) {
        names.hash = qHash(alias, names.hash);
        names.aliasKeys.append(EntityKey::make(alias));
    }
    return names;
}

} // namespace ws
