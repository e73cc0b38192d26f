#pragma once

#include <QStringView>

namespace ws {

// Scans of UTF-16 text that look at eight units at a time where SSE2 is there (every x86-64): the
// importer walks megabytes of text, and a loop testing one character at a time spent several
// instructions on each. Other targets take the same test one unit at a time.
class Utf16Scan
{
public:
    // The first unit in [at, end) a JSON string cannot hold as it is: its closing quote, a backslash,
    // a control character (below U+0020) or a surrogate; `end` when there is none.
    static const char16_t* toJsonStringStop(const char16_t* at, const char16_t* end);
    // Whether `text` has a control character a story drops: C0 but tab, line feed and carriage
    // return; DEL; C1.
    static bool hasControlCharacter(QStringView text);
    // Copies units from `at` to `out` as bytes, eight at a time, while each eight are printable ASCII
    // (U+0020..U+007F) with no space after a space nor at their end: text a story id collapses the
    // spaces of stays as it is there. Returns where it stopped; `out` is moved past what it wrote.
    static const char16_t* copyAsciiWords(const char16_t* at, const char16_t* end, char*& out);
    static bool isControlCharacter(char16_t c)
    {
        return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7f && c <= 0x9f);
    }
};

} // namespace ws
