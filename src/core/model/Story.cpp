#include "model/Story.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace ws {

QString Story::makeId(const QString& title, const QString& body)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QString normalized = title.simplified() + QLatin1Char('\n') + QString(body).replace(spaces, QStringLiteral(" ")).trimmed();
    const QByteArray digest = QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.toHex().left(16));
}

} // namespace ws
