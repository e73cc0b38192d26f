#include "extract/ChineseFold.h"

#include <atomic>
#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace ws {

namespace {

constexpr char16_t first = 0x3400;
constexpr char16_t last = 0xFAFF;
// 0 = not computed yet. Two threads computing the same slot store the same value.
std::atomic<char16_t> table[last - first + 1];

icu::Transliterator* traditionalToSimplified()
{
    thread_local std::unique_ptr<icu::Transliterator> instance;
    thread_local bool tried = false;
    if (!tried) {
        tried = true;
        UErrorCode status = U_ZERO_ERROR;
        instance.reset(icu::Transliterator::createInstance(icu::UnicodeString(u"Traditional-Simplified"),
                                                           UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            instance.reset();
    }
    return instance.get();
}

char16_t compute(char16_t c)
{
    icu::Transliterator* transliterator = traditionalToSimplified();
    if (!transliterator)
        return c;
    icu::UnicodeString text(static_cast<UChar>(c));
    transliterator->transliterate(text);
    // Only one-to-one foldings keep offsets aligned; the rare others stay as they are.
    return text.length() == 1 ? char16_t(text.charAt(0)) : c;
}

} // namespace

bool ChineseFold::containsHan(QStringView text)
{
    for (QChar c : text) {
        if (isHan(c.unicode()))
            return true;
    }
    return false;
}

char16_t ChineseFold::fold(char16_t c)
{
    if (!isHan(c))
        return c;
    std::atomic<char16_t>& slot = table[c - first];
    char16_t folded = slot.load(std::memory_order_relaxed);
    if (folded == 0) {
        folded = compute(c);
        slot.store(folded, std::memory_order_relaxed);
    }
    return folded;
}

QString ChineseFold::fold(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar* data = out.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        data[i] = QChar(fold(text[i].unicode()));
    return out;
}

} // namespace ws
