#pragma once

#include <QString>

namespace ws {

// Turns the date forms news sources use into ISO 8601: RFC 822 ("Tue, 14 Mar 2025 08:30:00 +0800"),
// ISO 8601 itself, Reuters' "26-FEB-1987 15:01:01.79", "Jan. 10, 2025", "March 3, 2025",
// "3 March 2025", "2025/03/14", "2025年3月14日". The result is "YYYY-MM-DD" when only a date is
// given, "YYYY-MM-DDTHH:MM:SS" with a time, plus "Z" or "+HH:MM" when an offset is given. Anything
// it cannot read for certain (such as "03/04/2025", day and month ambiguous) gives an empty string:
// a date is never guessed.
class DateParser
{
public:
    static QString toIso(const QString& text);
    // Seconds (or milliseconds, when large) since 1970 as a UTC date-time.
    static QString fromEpoch(qint64 value);
};

} // namespace ws
