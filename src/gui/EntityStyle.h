#pragma once

#include "model/EntityType.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>

namespace ws {

// How entity types look in every view: a hue per type, shaded for the palette in use (pastel on a
// light base, deep on a dark one) so that highlights stay readable in light and dark schemes.
class EntityStyle
{
    Q_DECLARE_TR_FUNCTIONS(EntityStyle)

public:
    static QColor background(EntityType type, const QPalette& palette);
    // Text drawn on background(): the palette's own text colour, which contrasts with both shades.
    static QColor foreground(const QPalette& palette);
    // The deal-evidence band behind a sentence.
    static QColor evidence(const QPalette& palette);
    // The underline of a passage that carries a note.
    static QColor note(const QPalette& palette);
    static bool isDark(const QPalette& palette);

    static QString singular(EntityType type); // "Company"
    static QString plural(EntityType type);   // "Companies"
};

} // namespace ws
