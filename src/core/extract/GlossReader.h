#pragma once

#include "extract/TextAnalysis.h"
#include "model/EntityType.h"

#include <QList>
#include <optional>

namespace ws {

// What a bracket after a name says about it: "(CXMT, 長鑫存儲)", "(台積電)", "(TSV)".
struct Gloss
{
    struct Part
    {
        int first = 0; // token range, end exclusive
        int end = 0;
        bool han = false; // a Chinese name; otherwise an abbreviation
    };
    int open = 0;  // token of "("
    int close = 0; // token of ")"
    QList<Part> parts;
    bool hasHan() const;
    // The first abbreviation part, or nullptr.
    const Part* abbreviation() const;
};

class GlossReader
{
public:
    // The gloss opening at token `open`, when every part of it is a Chinese name or an abbreviation
    // (tickers such as "(NASDAQ: NVDA)" and prose in brackets are not glosses).
    static std::optional<Gloss> at(const TextAnalysis& text, int open);
    // Where the words that `abbreviation` abbreviates start, for words ending just before token
    // `end`: "through-silicon via (TSV)", "chip-on-wafer-on-substrate (CoWoS)", "extreme ultraviolet
    // (EUV)". Returns -1 when the initials do not fit.
    static int longFormStart(const TextAnalysis& text, int end, QStringView abbreviation);
    // What a Chinese name's ending says it names: 公司, 科技 a company; 協會, 部, 大學 an
    // organization; 市, 省 a place.
    static std::optional<EntityType> typeFromHan(QStringView han);
};

} // namespace ws
