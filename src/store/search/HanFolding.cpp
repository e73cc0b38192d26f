#include "search/HanFolding.h"

#include "text/HanSimplified.h"

#include <atomic>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unordered_map>

namespace ws {

namespace {

// The CJK Unified Ideographs with Extension A: where nearly all traditional characters are.
constexpr UChar32 tableFirst = 0x3400;
constexpr UChar32 tableLast = 0x9FFF;
// 0 means "not computed yet"; computing twice in two threads gives the same value, so relaxed is enough.
std::atomic<UChar32> table[tableLast - tableFirst + 1];

UChar32 singleCodePoint(const icu::UnicodeString& text, UChar32 fallback)
{
    if (text.isEmpty() || text.countChar32() != 1)
        return fallback;
    return text.char32At(0);
}

UChar32 compute(UChar32 c)
{
    UChar32 folded = c;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_SUCCESS(status) && !nfkc->isInert(c)) {
        icu::UnicodeString normalized;
        nfkc->normalize(icu::UnicodeString(c), normalized, status);
        if (U_SUCCESS(status))
            folded = singleCodePoint(normalized, c);
    }
    if ((folded >= tableFirst && folded <= tableLast) || folded >= 0x20000 ||
        (folded >= 0xF900 && folded <= 0xFAFF))
        folded = HanSimplified::of(folded);
    return folded;
}

} // namespace

UChar32 HanFolding::fold(UChar32 c)
{
    if (c >= tableFirst && c <= tableLast) {
        std::atomic<UChar32>& slot = table[c - tableFirst];
        UChar32 folded = slot.load(std::memory_order_relaxed);
        if (folded == 0) {
            folded = compute(c);
            slot.store(folded, std::memory_order_relaxed);
        }
        return folded;
    }
    // Kana and Hangul are mostly already folded; the rest (rarer ideographs) go through a small cache.
    if (c < 0x20000 && !(c >= 0xF900 && c <= 0xFAFF)) {
        UErrorCode status = U_ZERO_ERROR;
        static const icu::Normalizer2* const nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status);
        if (nfkc && nfkc->isInert(c))
            return c;
    }
    thread_local std::unordered_map<UChar32, UChar32> cache;
    const auto found = cache.find(c);
    if (found != cache.end())
        return found->second;
    const UChar32 folded = compute(c);
    cache.emplace(c, folded);
    return folded;
}

} // namespace ws
