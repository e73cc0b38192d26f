#pragma once

#include "model/Extraction.h"

namespace ws {

// An extracted entity's names as the writer stores them: their keys and one fingerprint of them all.
// The import works these out on its workers, so the writer thread (the one every import waits for)
// does not.
struct EntityNames
{
    size_t hash = 0;       // of the name and aliases: the writer skips a set of names it has written
    QString nameKey;       // EntityKey::make(name)
    QStringList aliasKeys; // EntityKey::make() of each alias, in order

    static EntityNames of(const ExtractedEntity& entity);
};

} // namespace ws
