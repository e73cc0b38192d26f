#pragma once

#include <unicode/umachine.h>

namespace ws {

// The simplified form of a traditional Chinese character (積 -> 积), as ICU's
// "Traditional-Simplified" transliterator gives it for the character alone. The table is generated
// from the ICU the project builds with (tools/GenerateHanTable.cpp), so no transliterator is created
// at run time: creating one costs tens of milliseconds in every thread that folds Chinese.
class HanSimplified
{
public:
    // `c` itself when it has no simplified form of one character.
    static UChar32 of(UChar32 c);
};

} // namespace ws
