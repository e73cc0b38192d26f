#pragma once

#include <QString>
#include <QStringView>

namespace ws {

// Folds traditional Chinese characters to simplified ones (台積電 -> 台积电) one UTF-16 unit at a
// time, so folded text keeps the offsets of the original (the mapping is ICU's: HanSimplified).
class ChineseFold
{
public:
    static bool isHan(char16_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF); }
    static bool containsHan(QStringView text);
    static char16_t fold(char16_t c);
    static QString fold(QStringView text);
};

} // namespace ws
