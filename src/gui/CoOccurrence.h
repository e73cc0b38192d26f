#pragma once

#include <QtGlobal>

namespace ws {

// The browsers count companies, people, technologies and deals over at most this many of the stories
// a filter matches, the newest: a query that matches most of a million stories is counted in a
// fraction of a second instead of several seconds on the window's thread. The panels say so when it
// happens ("from the newest 5,000 of 315,194 stories").
constexpr qsizetype coOccurrenceSample = 5000;

} // namespace ws
