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

namespace {

// What a word adds up as it is read: its case counts, whether it is all digits, its hash.
struct WordCounts
{
    int upper = 0;
    int lower = 0;
    bool digitsOnly = true;
    quint64 hash = Tokenizer::hashSeed;
};

// The rest of a word from its first character outside ASCII on, to the index after it. Out of line:
// most words are ASCII, and the loop over them keeps its registers.
Q_NEVER_INLINE int finishWord(const char16_t* data, int i, int n, WordCounts& word)
{
    while (i < n) {
        const char16_t w = data[i];
        if (w < 128) {
            const AsciiChar& a = asciiChars[w];
            if (a.cls != WordChar)
                break;
            word.upper += a.upper;
            word.lower += w >= 'a' && w <= 'z';
            word.digitsOnly = word.digitsOnly && w >= '0' && w <= '9';
            word.hash = Tokenizer::hashStep(word.hash, a.folded);
        } else {
            if (classify(w) != WordChar)
                break;
            word.digitsOnly = false;
            const QChar q(w);
            if (q.isUpper())
                ++word.upper;
            else if (q.isLower())
                ++word.lower;
            word.hash = Tokenizer::hashStep(word.hash, Tokenizer::foldChar(w));
        }
        ++i;
    }
    return i;
}

} // namespace

QList<Token> Tokenizer::tokenize(QStringView text)
{
    const char16_t* data = reinterpret_cast<const char16_t*>(text.utf16());
    const int n = int(text.size());
    // Written into a buffer the thread keeps, then copied once into a list of the exact size: no
    // list growth and no shared-data checks per token. It only grows: a text has at most a token
    // per character.
    thread_local std::vector<Token> buffer;
    if (buffer.size() < size_t(n))
        buffer.resize(size_t(n));
    Token* const tokens = buffer.data();
    int count = 0;
    quint8 gapFlags = 0;
    int newlines = 0;
    int lineFirstToken = 0;
    int lineUpper = 0;
    int lineLower = 0;
    auto closeLine = [&](int endToken) {
        // A headline in capitals: most letters upper case, a few words at least.
        if (lineUpper >= 8 && lineLower * 10 < lineUpper) {
            for (int t = lineFirstToken; t < endToken; ++t)
                tokens[t].flags |= Token::CapsLine;
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
            closeLine(count);
        Token& token = tokens[count++];
        token.start = i;
        token.flags = gapFlags;
        gapFlags = 0;
        newlines = 0;
        if (cls == WordChar) {
            const bool headUpper = c < 128 ? asciiChars[c].upper : QChar(c).isUpper();
            // ASCII letters and digits, the bulk of a story, by table alone.
            WordCounts word;
            quint64 hash = hashSeed;
            quint32 tally = 0;
            const int from = i;
            // By pointer: the loop then keeps one counter, not an index and an address.
            const char16_t* at = data + i;
            const char16_t* const end = data + n;
            while (at != end && *at < 128) {
                const AsciiChar& a = asciiChars[*at];
                if (a.cls != WordChar)
                    break;
                tally += a.tally;
                hash = hashStep(hash, a.folded);
                ++at;
            }
            i = int(at - data);
            word.hash = hash;
            if (i - from < Tally::safeLength) {
                word.upper = int(tally & Tally::mask);
                word.lower = int((tally >> Tally::bits) & Tally::mask);
                word.digitsOnly = (tally >> (2 * Tally::bits)) == 0;
            } else {
                for (int k = from; k < i; ++k) {
                    word.upper += asciiChars[data[k]].upper;
                    word.lower += data[k] >= 'a' && data[k] <= 'z';
                    word.digitsOnly = word.digitsOnly && data[k] >= '0' && data[k] <= '9';
                }
            }
            if (i < n && data[i] >= 128)
                i = finishWord(data, i, n, word);
            token.kind = word.digitsOnly ? Token::Number : Token::Word;
            if (headUpper)
                token.flags |= Token::Upper;
            if (word.upper > 0 && word.lower == 0)
                token.flags |= Token::AllUpper;
            lineUpper += word.upper;
            lineLower += word.lower;
            token.hash = word.hash;
        } else {
            token.kind = cls == HanChar ? Token::Han : Token::Punct;
            token.hash = hashStep(hashSeed, c < 128 ? asciiChars[c].folded : foldChar(c));
            ++i;
        }
        token.end = i;
    }
    closeLine(count);
    return QList<Token>(tokens, tokens + count);
}

} // namespace ws
