#include "model/EntityType.h"

namespace ws {

QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Company: return QStringLiteral("company");
    case EntityType::Organization: return QStringLiteral("organization");
    case EntityType::Person: return QStringLiteral("person");
    case EntityType::Place: return QStringLiteral("place");
    case EntityType::Technology: return QStringLiteral("technology");
    case EntityType::Product: return QStringLiteral("product");
    }
    return {};
}

std::optional<EntityType> entityTypeFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    for (EntityType type : allEntityTypes) {
        if (entityTypeName(type) == lower)
            return type;
    }
    if (lower == QLatin1String("org") || lower == QLatin1String("organisation"))
        return EntityType::Organization;
    if (lower == QLatin1String("tech"))
        return EntityType::Technology;
    return std::nullopt;
}

} // namespace ws
