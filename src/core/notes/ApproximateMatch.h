#pragma once

#include <QStringView>

namespace ws {

// The window of a text that a pattern matches best, edits allowed: semi-global edit distance (free
// start and end in the text), O(pattern x text) time, O(text) memory.
class ApproximateMatch
{
public:
    struct Window
    {
        int start = -1;
        int end = -1;
        int distance = -1; // edits (insertions, deletions, substitutions) between pattern and window
        bool isValid() const { return start >= 0; }
    };

    // The best window of `text` for `pattern`; ties go to the window nearest `preferredStart`.
    static Window best(QStringView pattern, QStringView text, int preferredStart = 0);
};

} // namespace ws
