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
    // Searches only from the first place a time expression may start (next to its words), and not
    // at all in a sentence with none; in text with a character the pattern reads as an ASCII letter
    // ("ſ", the Kelvin sign), everywhere.
    static QString firstIn(QStringView sentence);
    // The same answer from trying the pattern at every character, as firstIn did before: for tests.
    static QString firstInBySearch(QStringView sentence);
};

} // namespace ws
