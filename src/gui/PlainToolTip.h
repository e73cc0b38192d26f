#pragma once

#include <QString>

namespace ws {

// Qt shows a tooltip as rich text when it looks like markup (Qt::mightBeRichText), so a story title
// such as "<b>x</b> <img src=...>" would be drawn as markup. This keeps text from stories as text.
class PlainToolTip
{
public:
    static QString of(const QString& text);
};

} // namespace ws
