#include "text/Utf16Scan.h"

#include <bit>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ws {

namespace {

bool isJsonStringStop(char16_t c)
{
    return c < 0x20 || c == u'"' || c == u'\\' || char16_t(c - 0xD800) < 0x800;
}

#ifdef __SSE2__
__m128i load(const char16_t* at)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
}

// Lanes (of 16 bits) at most `limit`, unsigned: SSE2 has no unsigned 16-bit compare, but a saturating
// subtraction leaves zero exactly there.
__m128i atMost(__m128i units, short limit)
{
    return _mm_cmpeq_epi16(_mm_subs_epu16(units, _mm_set1_epi16(limit)), _mm_setzero_si128());
}

__m128i equal(__m128i units, char16_t c)
{
    return _mm_cmpeq_epi16(units, _mm_set1_epi16(short(c)));
}
#endif

} // namespace

const char16_t* Utf16Scan::toJsonStringStop(const char16_t* at, const char16_t* end)
{
#ifdef __SSE2__
    for (; end - at >= 8; at += 8) {
        const __m128i units = load(at);
        const __m128i surrogate =
            equal(_mm_and_si128(units, _mm_set1_epi16(short(0xF800))), char16_t(0xD800));
        const __m128i stops = _mm_or_si128(_mm_or_si128(atMost(units, 0x1f), surrogate),
                                           _mm_or_si128(equal(units, u'"'), equal(units, u'\\')));
        if (const int mask = _mm_movemask_epi8(stops))
            return at + std::countr_zero(unsigned(mask)) / 2;
    }
#endif
    while (at < end && !isJsonStringStop(*at))
        ++at;
    return at;
}

bool Utf16Scan::hasControlCharacter(QStringView text)
{
    const char16_t* at = text.utf16();
    const char16_t* const end = at + text.size();
#ifdef __SSE2__
    for (; end - at >= 8; at += 8) {
        const __m128i units = load(at);
        const __m128i allowed =
            _mm_or_si128(_mm_or_si128(equal(units, u'\t'), equal(units, u'\n')), equal(units, u'\r'));
        const __m128i c0 = _mm_andnot_si128(allowed, atMost(units, 0x1f));
        const __m128i delOrC1 = atMost(_mm_sub_epi16(units, _mm_set1_epi16(0x7f)), 0x9f - 0x7f);
        if (_mm_movemask_epi8(_mm_or_si128(c0, delOrC1)))
            return true;
    }
#endif
    for (; at < end; ++at) {
        if (isControlCharacter(*at))
            return true;
    }
    return false;
}

const char16_t* Utf16Scan::copyAsciiWords(const char16_t* at, const char16_t* end, char*& out)
{
#ifdef __SSE2__
    for (; end - at >= 8; at += 8) {
        const __m128i units = load(at);
        const __m128i printable = atMost(_mm_sub_epi16(units, _mm_set1_epi16(0x20)), 0x7f - 0x20);
        if (_mm_movemask_epi8(printable) != 0xFFFF)
            break;
        const int spaces = _mm_movemask_epi8(equal(units, u' ')); // two bits a unit
        if ((spaces & (spaces >> 2)) != 0 || (spaces & 0xC000) != 0)
            break;
        _mm_storel_epi64(reinterpret_cast<__m128i*>(out), _mm_packus_epi16(units, units));
        out += 8;
    }
#endif
    return at;
}

} // namespace ws
