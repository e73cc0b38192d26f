#pragma once

#include <QString>
#include <QStringView>

namespace ws {

// The first time expression of a sentence, a deal's time: "this month", "earlier this year", "in
// mid-2026", "on Jan. 10", "yesterday", "on Monday", "in the first quarter", "eight years ago",
// "within the next two years".
class TimeExpression
{
public:
    // Tries the pattern only where a time expression may start (next to its words), or, in text that
    // is not all ASCII, everywhere.
    static QString firstIn(QStringView sentence);
    // The same answer from trying the pattern at every character, as firstIn did before: for tests.
    static QString firstInBySearch(QStringView sentence);
};

} // namespace ws
