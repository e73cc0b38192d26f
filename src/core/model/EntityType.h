#pragma once

#include <QString>

#include <optional>

namespace ws {

enum class EntityType { Company, Organization, Person, Place, Technology, Product };

// The names used in the CLI's JSON and in the database: company, organization, person, place,
// technology, product.
QString entityTypeName(EntityType type);
std::optional<EntityType> entityTypeFromName(const QString& name);
inline constexpr EntityType allEntityTypes[] = {EntityType::Company,    EntityType::Organization,
                                                EntityType::Person,     EntityType::Place,
                                                EntityType::Technology, EntityType::Product};

} // namespace ws
