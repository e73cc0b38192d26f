#include "EntityStyle.h"

namespace ws {

namespace {

int hueOf(EntityType type)
{
    switch (type) {
    case EntityType::Company:
        return 212;
    case EntityType::Organization:
        return 172;
    case EntityType::Person:
        return 30;
    case EntityType::Place:
        return 110;
    case EntityType::Technology:
        return 275;
    case EntityType::Product:
        return 335;
    }
    return 0;
}

} // namespace

bool EntityStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor EntityStyle::background(EntityType type, const QPalette& palette)
{
    return isDark(palette) ? QColor::fromHsl(hueOf(type), 110, 72) : QColor::fromHsl(hueOf(type), 200, 215);
}

QColor EntityStyle::foreground(const QPalette& palette)
{
    return palette.color(QPalette::Text);
}

QColor EntityStyle::note(const QPalette& palette)
{
    return isDark(palette) ? QColor::fromHsl(330, 90, 70) : QColor::fromHsl(330, 200, 232);
}

QColor EntityStyle::evidence(const QPalette& palette)
{
    return isDark(palette) ? QColor::fromHsl(50, 90, 52) : QColor::fromHsl(50, 230, 228);
}

QString EntityStyle::singular(EntityType type)
{
    switch (type) {
    case EntityType::Company:
        return tr("Company");
    case EntityType::Organization:
        return tr("Organization");
    case EntityType::Person:
        return tr("Person");
    case EntityType::Place:
        return tr("Place");
    case EntityType::Technology:
        return tr("Technology");
    case EntityType::Product:
        return tr("Product");
    }
    return {};
}

QString EntityStyle::plural(EntityType type)
{
    switch (type) {
    case EntityType::Company:
        return tr("Companies");
    case EntityType::Organization:
        return tr("Organizations");
    case EntityType::Person:
        return tr("People");
    case EntityType::Place:
        return tr("Places");
    case EntityType::Technology:
        return tr("Technologies");
    case EntityType::Product:
        return tr("Products");
    }
    return {};
}

} // namespace ws
