#include "model/Story.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace ws {

QString Story::makeId(const QString& title, const QString& body, const QString& date)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString normalized = title.simplified() + QLatin1Char('\n') + QString(body).replace(spaces, QStringLiteral(" ")).trimmed();
    if (!date.isEmpty())
        normalized += QLatin1Char('\n') + date;
    const QByteArray digest = QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.toHex().left(16));
}

} // namespace ws
