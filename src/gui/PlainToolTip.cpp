#include "PlainToolTip.h"

#include <QTextDocument>

namespace ws {

QString PlainToolTip::of(const QString& text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

} // namespace ws
