#include "text/HanSimplified.h"

#include <unordered_map>
#include <vector>

namespace ws {

namespace {

struct Pair
{
    UChar32 traditional;
    UChar32 simplified;
};

constexpr Pair generatedPairs[] = {
#include "HanSimplifiedTable.inc"
};

// The basic plane by direct index (most Chinese text), the rest by hash.
class Table
{
public:
    Table() : m_bmp(0x10000, 0)
    {
        for (const Pair& pair : generatedPairs) {
            if (pair.traditional <= 0xFFFF)
                m_bmp[size_t(pair.traditional)] = pair.simplified;
            else
                m_beyond.emplace(pair.traditional, pair.simplified);
        }
    }

    UChar32 of(UChar32 c) const
    {
        if (c >= 0 && c <= 0xFFFF) {
            const UChar32 simplified = m_bmp[size_t(c)];
            return simplified ? simplified : c;
        }
        const auto found = m_beyond.find(c);
        return found == m_beyond.end() ? c : found->second;
    }

private:
    std::vector<UChar32> m_bmp;
    std::unordered_map<UChar32, UChar32> m_beyond;
};

} // namespace

UChar32 HanSimplified::of(UChar32 c)
{
    static const Table table;
    return table.of(c);
}

} // namespace ws
