#include "text/DateParser.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTime>

namespace ws {

namespace {

int monthFromName(QStringView name)
{
    static const char* const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.toString().toLower();
    if (lower.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (lower.startsWith(QLatin1String(names[i]))) {
            // The full name or a prefix of it ("Sept", "March"), not any word starting alike.
            static const char* const full[] = {"january",   "february", "march",    "april",
                                               "may",       "june",     "july",     "august",
                                               "september", "october",  "november", "december"};
            if (QLatin1String(full[i]).startsWith(lower))
                return i + 1;
        }
    }
    return 0;
}

// "+0800", "+08:00", "-05", "Z", "GMT", "EST" -> "+08:00" / "Z"; empty when none; "?" when unknown.
QString offsetOf(QString zone)
{
    zone = zone.trimmed();
    if (zone.isEmpty())
        return {};
    const QString upper = zone.toUpper();
    if (upper == QLatin1String("Z") || upper == QLatin1String("GMT") || upper == QLatin1String("UT") ||
        upper == QLatin1String("UTC"))
        return QStringLiteral("Z");
    struct Named
    {
        const char* name;
        int hours;
    };
    // The zone names RFC 822 defines.
    static const Named named[] = {{"EST", -5}, {"EDT", -4}, {"CST", -6}, {"CDT", -5},
                                  {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7}};
    for (const Named& n : named) {
        if (upper == QLatin1String(n.name))
            return QStringLiteral("%1%2:00")
                .arg(n.hours < 0 ? '-' : '+')
                .arg(qAbs(n.hours), 2, 10, QChar('0'));
    }
    static const QRegularExpression numeric(QStringLiteral(R"(^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$)"));
    const auto m = numeric.match(upper);
    if (!m.hasMatch())
        return QStringLiteral("?");
    const int hours = m.captured(2).toInt();
    const int minutes = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (hours > 14 || minutes > 59)
        return QStringLiteral("?");
    if (hours == 0 && minutes == 0)
        return QStringLiteral("Z");
    return QStringLiteral("%1%2:%3")
        .arg(m.captured(1))
        .arg(hours, 2, 10, QChar('0'))
        .arg(minutes, 2, 10, QChar('0'));
}

// Builds the ISO form; empty when any part is out of range.
QString compose(int year, int month, int day, const QString& hh = {}, const QString& mm = {},
                const QString& ss = {}, const QString& ampm = {}, const QString& zone = {})
{
    if (year < 100)
        return {}; // two-digit years are a guess
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    QString iso = date.toString(Qt::ISODate);
    if (hh.isEmpty())
        return iso;
    int hour = hh.toInt();
    const int minute = mm.toInt();
    const int second = ss.isEmpty() ? 0 : ss.toInt();
    if (!ampm.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        const bool pm = ampm.startsWith(QLatin1Char('p'), Qt::CaseInsensitive);
        hour = hour % 12 + (pm ? 12 : 0);
    }
    const QTime time(hour, minute, second == 60 ? 59 : second);
    if (!time.isValid())
        return {};
    iso += QLatin1Char('T') + time.toString(QStringLiteral("HH:mm:ss"));
    const QString offset = offsetOf(zone);
    if (offset == QLatin1String("?"))
        return {};
    return iso + offset;
}

QString normalizeDigits(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
            c = QChar(u'0' + (u - 0xFF10));
        else if (u == 0x3000 || u == 0xA0)
            c = QLatin1Char(' ');
    }
    return out.simplified();
}

// A plain ISO date ("2025-03-14") with a valid day in a year from 100 on is already the form compose()
// writes: taken as it is, without the normalizing copies, QDate and formatting of the general path.
bool isPlainIsoDate(const QString& text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return false;
    int parts[3] = {0, 0, 0}; // year, month, day
    int part = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        if (i == 4 || i == 7) {
            ++part;
            continue;
        }
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        parts[part] = parts[part] * 10 + (c - u'0');
    }
    return parts[0] >= 100 && QDate::isValid(parts[0], parts[1], parts[2]);
}

} // namespace

QString DateParser::fromEpoch(qint64 value)
{
    if (value <= 0)
        return {};
    const qint64 seconds = value > 100'000'000'000LL ? value / 1000 : value;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QString DateParser::toIso(const QString& input)
{
    if (isPlainIsoDate(input))
        return input;
    const QString text = normalizeDigits(input);
    if (text.isEmpty())
        return {};
    // The common case, a plain ISO date (2025-03-14), without the regular expressions below.
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        bool digits = true;
        for (const int i : {0, 1, 2, 3, 5, 6, 8, 9})
            digits = digits && text[i] >= u'0' && text[i] <= u'9';
        if (digits)
            return compose(QStringView(text).left(4).toInt(), QStringView(text).mid(5, 2).toInt(),
                           QStringView(text).mid(8, 2).toInt());
    }
    using RE = QRegularExpression;
    const auto ci = RE::CaseInsensitiveOption;
    // Optional time after a date: "15:01:01.79", "10:30 am", "08:30:00 +0800", "10:30 GMT".
    static const QString timePart =
        QStringLiteral(R"((?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([ap]\.?m\.?)?)"
                       R"(\s*(Z|[A-Z]{2,4}|(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?)?)?)");

    // ISO 8601 and year-first numeric dates: 2025-03-14, 2025/03/14, 2025.3.14, 2025-03-14T08:30:00Z.
    static const RE iso(
        QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2}))") + timePart + QStringLiteral("$"), ci);
    if (const auto m = iso.match(text); m.hasMatch()) {
        return compose(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4),
                       m.captured(5), m.captured(6), m.captured(7).remove(QLatin1Char('.')), m.captured(8));
    }
    // ISO basic form: 20250314 or 20250314T083000Z.
    static const RE basic(
        QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$)"));
    if (const auto m = basic.match(text); m.hasMatch()) {
        return compose(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4),
                       m.captured(5), m.captured(6), {}, m.captured(7));
    }
    // Chinese and Japanese: 2025年3月14日, optionally followed by a time.
    static const RE cjk(QStringLiteral(R"(^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)") + timePart +
                        QStringLiteral("$"));
    if (const auto m = cjk.match(text); m.hasMatch()) {
        return compose(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4),
                       m.captured(5), m.captured(6), {}, m.captured(8));
    }
    // Day first with a month name: RFC 822 "Tue, 14 Mar 2025 08:30:00 +0800", Reuters
    // "26-FEB-1987 15:01:01.79", "3 March 2025".
    static const RE dayFirst(
        QStringLiteral(R"(^(?:[A-Za-z]{3,9}\.?,?\s+)?(\d{1,2})[-\s]([A-Za-z]{3,9})\.?,?[-\s](\d{4}))") +
            timePart + QStringLiteral("$"),
        ci);
    if (const auto m = dayFirst.match(text); m.hasMatch()) {
        const int month = monthFromName(m.captured(2));
        if (month == 0)
            return {};
        return compose(m.captured(3).toInt(), month, m.captured(1).toInt(), m.captured(4), m.captured(5),
                       m.captured(6), m.captured(7).remove(QLatin1Char('.')), m.captured(8));
    }
    // Month name first: "Jan. 10, 2025", "March 3, 2025", "Mon Mar 3 2025 10:00", "Sept. 5 2024".
    static const RE monthFirst(
        QStringLiteral(
            R"(^(?:[A-Za-z]{3,9}\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))") +
            timePart + QStringLiteral("$"),
        ci);
    if (const auto m = monthFirst.match(text); m.hasMatch()) {
        const int month = monthFromName(m.captured(1));
        if (month == 0)
            return {};
        return compose(m.captured(3).toInt(), month, m.captured(2).toInt(), m.captured(4), m.captured(5),
                       m.captured(6), m.captured(7).remove(QLatin1Char('.')), m.captured(8));
    }
    // Year last, numeric: only when the day is > 12, so day and month cannot be swapped.
    static const RE yearLast(QStringLiteral(R"(^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$)"));
    if (const auto m = yearLast.match(text); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        if (a > 12 && b <= 12)
            return compose(m.captured(3).toInt(), b, a);
        if (b > 12 && a <= 12)
            return compose(m.captured(3).toInt(), a, b);
        return {};
    }
    return {};
}

} // namespace ws
