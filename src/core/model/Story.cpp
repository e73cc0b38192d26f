#include "model/Story.h"

#include <QCryptographicHash>

namespace ws {

namespace {

// The whitespace a default (non-Unicode) regular expression's \s matches: ids were first made with
// `replace(QRegularExpression("\\s+"), " ")`, and every stored id must stay what it was.
bool isAsciiSpace(char16_t c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); }

// Appends `body` with every run of ASCII whitespace as one space, then trims the ends as
// QString::trimmed() does (Unicode spaces too). One pass, no regular expression.
void appendCollapsed(QString& out, const QString& body)
{
    const qsizetype from = out.size();
    out.reserve(from + body.size());
    bool inRun = false;
    for (const QChar ch : body) {
        if (isAsciiSpace(ch.unicode())) {
            inRun = true;
            continue;
        }
        if (inRun)
            out.append(QLatin1Char(' '));
        inRun = false;
        out.append(ch);
    }
    if (inRun)
        out.append(QLatin1Char(' '));
    qsizetype start = from;
    while (start < out.size() && out.at(start).isSpace())
        ++start;
    qsizetype end = out.size();
    while (end > start && out.at(end - 1).isSpace())
        --end;
    out.truncate(end);
    out.remove(from, start - from);
}

} // namespace

QString Story::makeId(const QString& title, const QString& body, const QString& date)
{
    QString normalized = title.simplified();
    normalized += QLatin1Char('\n');
    appendCollapsed(normalized, body);
    if (!date.isEmpty())
        normalized += QLatin1Char('\n') + date;
    const QByteArray digest = QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.toHex().left(16));
}

} // namespace ws
