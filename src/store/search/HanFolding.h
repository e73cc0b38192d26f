#pragma once

#include <unicode/umachine.h>

namespace ws {

// Folds one character of a CJK run for indexing: compatibility and width forms to their plain form
// (NFKC_Casefold, e.g. halfwidth katakana, compatibility ideographs) and traditional Chinese to
// simplified (ICU's "Traditional-Simplified" mapping, 積 -> 积, from HanSimplified). Results are
// cached for the whole process.
class HanFolding
{
public:
    static UChar32 fold(UChar32 c);
};

} // namespace ws
