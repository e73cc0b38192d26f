#pragma once

#include "model/EntityType.h"

#include <QString>
#include <QStringView>

namespace ws {

// The corpus-wide identity of a name, used to merge the same entity across stories and to match
// aliases: case-folded, traditional Chinese folded to simplified, punctuation and whitespace
// normalised, a leading "the" and trailing corporate suffixes (Corp, Inc, Co Ltd, Holdings,
// Group...) removed. "Nvidia Corp", "NVIDIA" and "nvidia" give the same key; so do 台積電 and 台积电.
// The key does not depend on the entity type (the store keeps type and key side by side).
class EntityKey
{
public:
    static QString make(QStringView name);
    static QString make(const QString& name); // the same, without copying a QString to look it up
    // The same normalisation without removing suffixes: for the rare listed names that differ only
    // in their suffix ("Merck & Co Inc", "Merck KGaA").
    static QString makeExact(QStringView name);
    static QString make(EntityType type, QStringView name)
    {
        Q_UNUSED(type);
        return make(name);
    }
    // The name without its trailing corporate suffixes, as written ("Nvidia Corp" -> "Nvidia").
    static QString stripSuffix(QStringView name);

private:
    static QString normalise(QStringView name, bool stripSuffixes);
};

} // namespace ws
