#include "extract/ChineseFold.h"

#include "text/HanSimplified.h"

namespace ws {

bool ChineseFold::containsHan(QStringView text)
{
    for (QChar c : text) {
        if (isHan(c.unicode()))
            return true;
    }
    return false;
}

char16_t ChineseFold::fold(char16_t c)
{
    if (!isHan(c))
        return c;
    // Only one-to-one foldings within UTF-16 units keep offsets aligned; the rare others stay.
    const UChar32 simplified = HanSimplified::of(c);
    return simplified <= 0xFFFF ? char16_t(simplified) : c;
}

QString ChineseFold::fold(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar* data = out.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        data[i] = QChar(fold(text[i].unicode()));
    return out;
}

} // namespace ws
