#include "model/Story.h"

#include "model/Sha1.h"

#include <algorithm>

namespace ws {

namespace {

// The whitespace a default (non-Unicode) regular expression's \s matches: ids were first made with
// `replace(QRegularExpression("\\s+"), " ")`, and every stored id must stay what it was.
bool isAsciiSpace(char16_t c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); }

// Appends `body` with every run of ASCII whitespace as one space, then trims the ends as
// QString::trimmed() does (Unicode spaces too). One pass over raw buffers, no regular expression.
void appendCollapsed(QString& out, const QString& body)
{
    const qsizetype from = out.size();
    out.resize(from + body.size());
    QChar* const begin = out.data() + from;
    QChar* write = begin;
    bool inRun = false;
    for (const QChar ch : body) {
        if (isAsciiSpace(ch.unicode())) {
            inRun = true;
            continue;
        }
        if (inRun)
            *write++ = QLatin1Char(' ');
        inRun = false;
        *write++ = ch;
    }
    if (inRun)
        *write++ = QLatin1Char(' ');
    QChar* start = begin;
    while (start < write && start->isSpace())
        ++start;
    while (write > start && (write - 1)->isSpace())
        --write;
    const qsizetype kept = write - start;
    if (start != begin)
        std::copy(start, write, begin);
    out.truncate(from + kept);
}

} // namespace

QString Story::makeId(const QString& title, const QString& body, const QString& date)
{
    QString normalized = title.simplified();
    normalized += QLatin1Char('\n');
    appendCollapsed(normalized, body);
    if (!date.isEmpty())
        normalized += QLatin1Char('\n') + date;
    const Sha1::Digest digest = Sha1::hash(normalized.toUtf8());
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char*>(digest.data()), 8).toHex());
}

} // namespace ws
