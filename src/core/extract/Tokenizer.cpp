#include "extract/Tokenizer.h"

#include "extract/ChineseFold.h"

#include <array>
#include <vector>

namespace ws {

namespace {

enum CharClass : quint8
{
    Space,
    WordChar,
    HanChar,
    PunctChar
};

constexpr CharClass classifyAscii(char16_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return WordChar;
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v')
        return Space;
    return PunctChar;
}

// What the word loop needs of an ASCII character, by table: its class, its folded form and its
// case. Most of a news story is ASCII, and that loop runs once per character.
struct AsciiChar
{
    char16_t folded = 0;
    CharClass cls = PunctChar;
    bool upper = false;
    quint32 tally = 0; // added up over a word: see Tally
};

// A word's counts of upper-case letters, lower-case letters and characters that are not digits, in
// one number that each character adds to (one add instead of three in the loop over characters).
struct Tally
{
    static constexpr int bits = 10;
    static constexpr quint32 mask = (1u << bits) - 1;
    static constexpr quint32 upper = 1;
    static constexpr quint32 lower = 1u << bits;
    static constexpr quint32 nonDigit = 1u << (2 * bits);
    // Words shorter than this cannot carry one count into the next.
    static constexpr int safeLength = int(mask);
};

constexpr std::array<AsciiChar, 128> asciiChars = [] {
    std::array<AsciiChar, 128> table{};
    for (char16_t c = 0; c < 128; ++c) {
        table[c].cls = classifyAscii(c);
        table[c].upper = c >= 'A' && c <= 'Z';
        const bool lower = c >= 'a' && c <= 'z';
        const bool digit = c >= '0' && c <= '9';
        table[c].tally =
            (table[c].upper ? Tally::upper : 0) | (lower ? Tally::lower : 0) | (digit ? 0 : Tally::nonDigit);
        table[c].folded = table[c].upper ? char16_t(c + 32) : c;
    }
    return table;
}();

inline CharClass classify(char16_t c)
{
    if (c < 128)
        return asciiChars[c].cls;
    if (ChineseFold::isHan(c) || (c >= 0x3040 && c <= 0x30FF))
        return HanChar;
    const QChar ch(c);
    if (ch.isSpace())
        return Space;
    if (ch.isLetterOrNumber() || ch.isMark() || ch.isSurrogate())
        return WordChar;
    return PunctChar;
}

} // namespace

char16_t Tokenizer::foldChar(char16_t c)
{
    if (c < 128)
        return (c >= 'A' && c <= 'Z') ? char16_t(c + 32) : c;
    if (c >= 0x2010 && c <= 0x2015)
        return u'-';
    if (c == 0x2018 || c == 0x2019)
        return u'\'';
    if (c == 0x201C || c == 0x201D)
        return u'"';
    if (c == 0xFF08)
        return u'(';
    if (c == 0xFF09)
        return u')';
    if (c == 0xFF0C || c == 0x3001)
        return u',';
    if (ChineseFold::isHan(c))
        return ChineseFold::fold(c);
    return QChar::toCaseFolded(c);
}

quint64 Tokenizer::hashOf(QStringView text)
{
    quint64 hash = hashSeed;
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        hash = hashStep(hash, c < 128 ? asciiChars[c].folded : foldChar(c));
    }
    return hash;
}

QList<Token> Tokenizer::tokenize(QStringView text)
{
    // Gathered in a buffer the thread keeps, then copied once into a list of the exact size: no
    // list growth and no shared-data checks per token.
    thread_local std::vector<Token> tokens;
    tokens.clear();
    const char16_t* data = reinterpret_cast<const char16_t*>(text.utf16());
    const int n = int(text.size());
    quint8 gapFlags = 0;
    int newlines = 0;
    int lineFirstToken = 0;
    int lineUpper = 0;
    int lineLower = 0;
    auto closeLine = [&](int endToken) {
        // A headline in capitals: most letters upper case, a few words at least.
        if (lineUpper >= 8 && lineLower * 10 < lineUpper) {
            for (int t = lineFirstToken; t < endToken; ++t)
                tokens[size_t(t)].flags |= Token::CapsLine;
        }
        lineFirstToken = endToken;
        lineUpper = lineLower = 0;
    };
    int i = 0;
    while (i < n) {
        const char16_t c = data[i];
        const CharClass cls = classify(c);
        if (cls == Space) {
            gapFlags |= Token::SpaceBefore;
            if (c == '\n') {
                gapFlags |= Token::NewlineBefore;
                if (++newlines >= 2)
                    gapFlags |= Token::ParagraphBefore;
            }
            ++i;
            continue;
        }
        if (gapFlags & Token::NewlineBefore)
            closeLine(int(tokens.size()));
        Token token;
        token.start = i;
        token.flags = gapFlags;
        gapFlags = 0;
        newlines = 0;
        quint64 hash = hashSeed;
        if (cls == WordChar) {
            const bool headUpper = c < 128 ? asciiChars[c].upper : QChar(c).isUpper();
            int upper = 0;
            int lower = 0;
            bool digitsOnly = true;
            // ASCII letters and digits, the bulk of a story, by table alone.
            quint32 tally = 0;
            const int from = i;
            while (i < n && data[i] < 128) {
                const AsciiChar& a = asciiChars[data[i]];
                if (a.cls != WordChar)
                    break;
                tally += a.tally;
                hash = hashStep(hash, a.folded);
                ++i;
            }
            if (i - from < Tally::safeLength) {
                upper = int(tally & Tally::mask);
                lower = int((tally >> Tally::bits) & Tally::mask);
                digitsOnly = (tally >> (2 * Tally::bits)) == 0;
            } else {
                for (int k = from; k < i; ++k) {
                    upper += asciiChars[data[k]].upper;
                    lower += data[k] >= 'a' && data[k] <= 'z';
                    digitsOnly = digitsOnly && data[k] >= '0' && data[k] <= '9';
                }
            }
            // The rest of a word with other characters in it.
            while (i < n) {
                const char16_t w = data[i];
                if (w < 128) {
                    const AsciiChar& a = asciiChars[w];
                    if (a.cls != WordChar)
                        break;
                    upper += a.upper;
                    lower += w >= 'a' && w <= 'z';
                    digitsOnly = digitsOnly && w >= '0' && w <= '9';
                    hash = hashStep(hash, a.folded);
                } else {
                    if (classify(w) != WordChar)
                        break;
                    digitsOnly = false;
                    const QChar q(w);
                    if (q.isUpper())
                        ++upper;
                    else if (q.isLower())
                        ++lower;
                    hash = hashStep(hash, foldChar(w));
                }
                ++i;
            }
            token.kind = digitsOnly ? Token::Number : Token::Word;
            if (headUpper)
                token.flags |= Token::Upper;
            if (upper > 0 && lower == 0)
                token.flags |= Token::AllUpper;
            lineUpper += upper;
            lineLower += lower;
        } else {
            token.kind = cls == HanChar ? Token::Han : Token::Punct;
            hash = hashStep(hash, c < 128 ? asciiChars[c].folded : foldChar(c));
            ++i;
        }
        token.end = i;
        token.hash = hash;
        tokens.push_back(token);
    }
    closeLine(int(tokens.size()));
    return QList<Token>(tokens.cbegin(), tokens.cend());
}

} // namespace ws
