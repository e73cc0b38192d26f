#pragma once

#include <unicode/umachine.h>

namespace ws {

// Folds one character of a CJK run for indexing: compatibility and width forms to their plain form
// (NFKC_Casefold, e.g. halfwidth katakana, compatibility ideographs) and traditional Chinese to
// simplified (ICU's "Traditional-Simplified" transliterator, 積 -> 积). Results are cached for the
// whole process and the transliterator is created once per thread, since creating one is slow.
class HanFolding
{
public:
    static UChar32 fold(UChar32 c);
};

} // namespace ws
