#include "search/TextTokenizer.h"

#include "search/HanFolding.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <unicode/normalizer2.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <vector>

namespace ws {

namespace {

constexpr bool isAsciiAlnumSlow(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// One table lookup per byte in the tokenizer's inner loops.
constexpr std::array<bool, 256> asciiAlnumTable = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[size_t(c)] = isAsciiAlnumSlow(static_cast<unsigned char>(c));
    return table;
}();

constexpr bool isAsciiAlnum(unsigned char c) { return asciiAlnumTable[c]; }

constexpr char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

// Each byte as the ASCII word loop needs it, by one lookup: an ASCII letter or digit folded to lower
// case, 0 for an ASCII separator, 0x80 for any byte of a multi-byte character.
constexpr std::array<unsigned char, 256> asciiFoldTable = [] {
    std::array<unsigned char, 256> table{};
    for (int c = 0; c < 256; ++c) {
        if (c >= 0x80)
            table[size_t(c)] = 0x80;
        else if (isAsciiAlnumSlow(static_cast<unsigned char>(c)))
            table[size_t(c)] = static_cast<unsigned char>(asciiLower(char(c)));
    }
    return table;
}();
constexpr unsigned char asciiSeparator = 0;

// Whether an entry of asciiFoldTable is a folded letter or digit (1..0x7F), in one comparison.
constexpr bool isFoldedAlnum(unsigned char folded)
{
    return unsigned(folded) - 1 < 0x7F;
}

// Eight bytes at a time, as one 64-bit word: most words of a news story fit in one such step.
namespace eightBytes {

constexpr std::uint64_t ones = 0x0101010101010101ull;
constexpr std::uint64_t highBits = ones * 0x80;
// How far the word loop may write past an ASCII word's end.
constexpr int overrun = 8;

// 0x80 in each byte of `x` from lo to hi (every byte of x below 0x80, so no carry crosses bytes).
constexpr std::uint64_t inRange(std::uint64_t x, unsigned lo, unsigned hi)
{
    return (x + ones * (0x80 - lo)) & ~(x + ones * (0x7F - hi)) & highBits;
}

// Folds the ASCII letters and digits at `from` into `to`, writing all eight bytes, and returns how
// many of the eight they are.
inline int foldAsciiWord(const unsigned char* from, char* to)
{
    std::uint64_t bytes;
    std::memcpy(&bytes, from, sizeof bytes);
    const std::uint64_t low = bytes & ~highBits;
    const std::uint64_t upper = inRange(low, 'A', 'Z');
    const std::uint64_t alnum = (upper | inRange(low, 'a', 'z') | inRange(low, '0', '9')) & ~bytes;
    const std::uint64_t folded = bytes | (upper >> 2); // 0x80 >> 2 is the case bit 0x20
    std::memcpy(to, &folded, sizeof folded);
    const std::uint64_t stops = ~alnum & highBits;
    if (!stops)
        return 8;
    // The first byte in memory is the lowest on a little-endian machine.
    constexpr bool little = std::endian::native == std::endian::little;
    return (little ? std::countr_zero(stops) : std::countl_zero(stops)) / 8;
}

} // namespace eightBytes

enum class CharClass : unsigned char
{
    Separator,
    Word,
    Mark,
    Cjk
};

bool isCjk(UChar32 c)
{
    if (c >= 0x4E00 && c <= 0x9FFF)
        return true;
    if (c < 0x1100)
        return false;
    // Script_Extensions, so that ー, 々 and the kana voicing marks join their runs.
    return uscript_hasScript(c, USCRIPT_HAN) || uscript_hasScript(c, USCRIPT_HIRAGANA) ||
           uscript_hasScript(c, USCRIPT_KATAKANA) || uscript_hasScript(c, USCRIPT_HANGUL);
}

CharClass classify(UChar32 c)
{
    if (c < 0x80)
        return isAsciiAlnum(static_cast<unsigned char>(c)) ? CharClass::Word : CharClass::Separator;
    const uint32_t mask = U_GET_GC_MASK(c);
    if (mask & U_GC_M_MASK)
        return CharClass::Mark;
    if (!(mask & (U_GC_L_MASK | U_GC_N_MASK)))
        return CharClass::Separator;
    return isCjk(c) ? CharClass::Cjk : CharClass::Word;
}

// Whether UAX #29 may break between two letters or digits here (dictionary scripts such as Thai, or
// letters of no word class); for Latin, Cyrillic, Greek, Arabic... a run of letters is one word.
bool mayBreakInsideRun(UChar32 c)
{
    if (c < 0x80)
        return false;
    switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER:
    case U_WB_HEBREW_LETTER:
    case U_WB_NUMERIC:
    case U_WB_EXTEND:
    case U_WB_FORMAT:
    case U_WB_EXTENDNUMLET:
    case U_WB_ZWJ:
        return false;
    default:
        return true;
    }
}

// Accents are dropped only where they are accents: on Latin, Greek and Cyrillic letters. In Devanagari
// or Thai a combining mark is a vowel and changes the word.
bool stripsMarks(UScriptCode script)
{
    return script == USCRIPT_LATIN || script == USCRIPT_GREEK || script == USCRIPT_CYRILLIC ||
           script == USCRIPT_COMMON;
}

// Per-thread buffers so that tokenizing allocates only when a buffer grows.
struct Scratch
{
    std::vector<UChar> utf16;
    std::vector<int> byteAt; // byte offset in the input of each UTF-16 unit, plus the end
    std::vector<UChar32> cjk;
    std::vector<int> cjkAt; // UTF-16 index of each code point in cjk, plus the end
    std::string token;
    std::string asciiToken; // the callback tokenizer's ASCII word, folded as it is scanned
    icu::UnicodeString folded;
    icu::UnicodeString decomposed;
    icu::UnicodeString stripped;
    UBreakIterator* words = nullptr;

    Scratch() { token.reserve(256); }
    ~Scratch()
    {
        if (words)
            ubrk_close(words);
    }
    UBreakIterator* wordBreaker()
    {
        if (!words) {
            UErrorCode status = U_ZERO_ERROR;
            words = ubrk_open(UBRK_WORD, "", nullptr, 0, &status);
            if (U_FAILURE(status))
                words = nullptr;
        }
        return words;
    }
};

Scratch& scratch()
{
    thread_local Scratch instance;
    return instance;
}

const icu::Normalizer2* normalizer(int which)
{
    static const icu::Normalizer2* const instances[3] = {
        [] {
            UErrorCode status = U_ZERO_ERROR;
            return icu::Normalizer2::getNFKCCasefoldInstance(status);
        }(),
        [] {
            UErrorCode status = U_ZERO_ERROR;
            return icu::Normalizer2::getNFDInstance(status);
        }(),
        [] {
            UErrorCode status = U_ZERO_ERROR;
            return icu::Normalizer2::getNFCInstance(status);
        }(),
    };
    return instances[which];
}

const icu::Normalizer2* nfkcCasefold()
{
    return normalizer(0);
}
const icu::Normalizer2* nfd()
{
    return normalizer(1);
}
const icu::Normalizer2* nfc()
{
    return normalizer(2);
}

// Case, width and compatibility folding, then accents off: `source` -> s.folded.
void foldLetters(Scratch& s, const icu::UnicodeString& source)
{
    UErrorCode status = U_ZERO_ERROR;
    s.folded.remove();
    nfkcCasefold()->normalize(source, s.folded, status);
    if (U_FAILURE(status)) {
        s.folded = source;
        return;
    }
    bool plain = true;
    for (int i = 0; i < s.folded.length() && plain; ++i)
        plain = s.folded.charAt(i) < 0xC0;
    if (plain)
        return;
    s.decomposed.remove();
    nfd()->normalize(s.folded, s.decomposed, status);
    if (U_FAILURE(status))
        return;
    s.stripped.remove();
    UScriptCode baseScript = USCRIPT_INVALID_CODE;
    bool removed = false;
    for (int i = 0; i < s.decomposed.length();) {
        const UChar32 c = s.decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK) {
            if (baseScript != USCRIPT_INVALID_CODE && stripsMarks(baseScript)) {
                removed = true;
                continue;
            }
        } else {
            UErrorCode scriptStatus = U_ZERO_ERROR;
            baseScript = uscript_getScript(c, &scriptStatus);
        }
        s.stripped.append(c);
    }
    if (!removed)
        return;
    s.folded.remove();
    nfc()->normalize(s.stripped, s.folded, status);
}

// Where the Emitter's tokens go: FTS5's xToken callback, one call per token.
class CallbackOutput
{
public:
    CallbackOutput(void* context, TextTokenizer::Sink sink, std::string& buffer)
        : m_context(context), m_sink(sink), m_buffer(buffer)
    {
    }

    // Room to fold an ASCII token of up to `maxLength` bytes into, handed on by commit().
    char* room(int maxLength)
    {
        if (m_buffer.size() < size_t(maxLength))
            m_buffer.resize(size_t(maxLength));
        return m_buffer.data();
    }
    int commit(int length, int start, int end)
    {
        return m_sink(m_context, 0, m_buffer.data(), length, start, end);
    }
    int emitToken(const char* token, int size, int start, int end)
    {
        return m_sink(m_context, 0, token, size, start, end);
    }

private:
    void* m_context;
    TextTokenizer::Sink m_sink;
    std::string& m_buffer;
};

// Where the Emitter's tokens go: flat arrays, the ASCII tokens folded straight into their place.
class FlatOutput
{
public:
    FlatOutput(TextTokenizer::FlatTokens& out, int textSize) : m_out(out), m_used(int(out.bytes.size()))
    {
        // An ASCII token is as long as its text, so the whole text's size is room for all of them.
        m_out.bytes.resize(size_t(m_used) + size_t(textSize) + eightBytes::overrun);
    }

    char* room(int maxLength)
    {
        // Folding outside ASCII can lengthen a token (CJK bigrams, "ß" to "ss").
        if (m_out.bytes.size() < size_t(m_used) + size_t(maxLength))
            m_out.bytes.resize(2 * (size_t(m_used) + size_t(maxLength)));
        return m_out.bytes.data() + m_used;
    }
    int commit(int length, int start, int end)
    {
        m_out.spans.push_back({m_used, length, start, end});
        m_used += length;
        return 0;
    }
    int emitToken(const char* token, int size, int start, int end)
    {
        std::memcpy(room(size), token, size_t(size));
        return commit(size, start, end);
    }
    void finish() { m_out.bytes.resize(size_t(m_used)); }

private:
    TextTokenizer::FlatTokens& m_out;
    int m_used;
};

template <class Output> class Emitter
{
public:
    Emitter(const char* text, Output& out) : m_text(text), m_out(out), m_s(scratch()) {}

    int run(int size)
    {
        const auto* bytes = reinterpret_cast<const unsigned char*>(m_text);
        int i = 0;
        while (i < size) {
            if (asciiFoldTable[bytes[i]] == asciiSeparator) {
                ++i;
                continue;
            }
            // One pass over an ASCII word: scanned and folded into the output's room together.
            char* folded = m_out.room(size - i + eightBytes::overrun);
            int j = i;
            // Eight bytes at a time while the text has them, then byte by byte.
            int length = 8;
            while (length == 8 && j + 8 <= size) {
                length = eightBytes::foldAsciiWord(bytes + j, folded + (j - i));
                j += length;
            }
            for (; length == 8 && j < size; ++j) {
                const unsigned char c = asciiFoldTable[bytes[j]];
                if (!isFoldedAlnum(c))
                    break;
                folded[j - i] = char(c);
            }
            // (j == i only when bytes[i] starts a multi-byte character.)
            if (j == size || bytes[j] < 0x80) {
                if (const int rc = m_out.commit(j - i, i, j))
                    return rc;
                i = j;
                continue;
            }
            // A run with non-ASCII bytes, up to the next ASCII separator: decode it and go through ICU.
            while (j < size && (static_cast<unsigned char>(m_text[j]) >= 0x80 ||
                                isAsciiAlnum(static_cast<unsigned char>(m_text[j]))))
                ++j;
            if (const int rc = segment(i, j))
                return rc;
            i = j;
        }
        return 0;
    }

private:
    int segment(int start, int end)
    {
        auto& utf16 = m_s.utf16;
        auto& byteAt = m_s.byteAt;
        utf16.clear();
        byteAt.clear();
        const auto* bytes = reinterpret_cast<const uint8_t*>(m_text);
        for (int k = start; k < end;) {
            const int at = k;
            UChar32 c;
            U8_NEXT(bytes, k, end, c);
            if (c < 0)
                c = 0xFFFD; // ill-formed: a separator
            if (U_IS_BMP(c)) {
                utf16.push_back(UChar(c));
                byteAt.push_back(at);
            } else {
                utf16.push_back(U16_LEAD(c));
                utf16.push_back(U16_TRAIL(c));
                byteAt.push_back(at);
                byteAt.push_back(at);
            }
        }
        byteAt.push_back(end);

        const int n = int(utf16.size());
        int p = 0;
        while (p < n) {
            int q = p;
            UChar32 c;
            U16_NEXT(utf16.data(), q, n, c);
            CharClass kind = classify(c);
            if (kind == CharClass::Separator) {
                p = q;
                continue;
            }
            if (kind == CharClass::Mark)
                kind = CharClass::Word;
            bool needsBreaker = kind == CharClass::Word && mayBreakInsideRun(c);
            const int runStart = p;
            p = q;
            while (p < n) {
                q = p;
                U16_NEXT(utf16.data(), q, n, c);
                const CharClass next = classify(c);
                if (next != kind && next != CharClass::Mark)
                    break;
                if (kind == CharClass::Word && !needsBreaker)
                    needsBreaker = mayBreakInsideRun(c);
                p = q;
            }
            const int rc = kind == CharClass::Cjk ? cjkRun(runStart, p) : wordRun(runStart, p, needsBreaker);
            if (rc)
                return rc;
        }
        return 0;
    }

    int wordRun(int start, int end, bool needsBreaker)
    {
        UBreakIterator* breaker = needsBreaker ? m_s.wordBreaker() : nullptr;
        if (!breaker)
            return word(start, end);
        UErrorCode status = U_ZERO_ERROR;
        ubrk_setText(breaker, m_s.utf16.data() + start, end - start, &status);
        if (U_FAILURE(status))
            return word(start, end);
        int from = ubrk_first(breaker);
        for (int to = ubrk_next(breaker); to != UBRK_DONE; from = to, to = ubrk_next(breaker)) {
            if (const int rc = word(start + from, start + to))
                return rc;
        }
        return 0;
    }

    int word(int start, int end)
    {
        const UChar* units = m_s.utf16.data();
        bool ascii = true;
        for (int k = start; k < end && ascii; ++k)
            ascii = units[k] < 0x80;
        std::string& token = m_s.token;
        if (ascii) {
            token.resize(size_t(end - start));
            for (int k = start; k < end; ++k)
                token[size_t(k - start)] = asciiLower(char(units[k]));
        } else {
            foldLetters(m_s, icu::UnicodeString(false, units + start, end - start));
            token.clear();
            m_s.folded.toUTF8String(token);
        }
        if (token.empty())
            return 0;
        return m_out.emitToken(token.data(), int(token.size()), m_s.byteAt[size_t(start)],
                               m_s.byteAt[size_t(end)]);
    }

    int cjkRun(int start, int end)
    {
        auto& chars = m_s.cjk;
        auto& at = m_s.cjkAt;
        chars.clear();
        at.clear();
        const UChar* units = m_s.utf16.data();
        for (int k = start; k < end;) {
            at.push_back(k);
            UChar32 c;
            U16_NEXT(units, k, end, c);
            chars.push_back(HanFolding::fold(c));
        }
        at.push_back(end);
        const size_t count = chars.size();
        const size_t width = count == 1 ? 1 : 2;
        for (size_t k = 0; k + width <= count; ++k) {
            std::string& token = m_s.token;
            token.clear();
            for (size_t w = 0; w < width; ++w) {
                char buffer[U8_MAX_LENGTH];
                int length = 0;
                UBool error = false;
                U8_APPEND(buffer, length, U8_MAX_LENGTH, chars[k + w], error);
                token.append(buffer, size_t(length));
            }
            const int rc = m_out.emitToken(token.data(), int(token.size()), m_s.byteAt[size_t(at[k])],
                                           m_s.byteAt[size_t(at[k + width])]);
            if (rc)
                return rc;
        }
        return 0;
    }

    const char* m_text;
    Output& m_out;
    Scratch& m_s;
};

int collect(void* context, int, const char* token, int size, int start, int end)
{
    static_cast<QList<TextTokenizer::Token>*>(context)->append({QByteArray(token, size), start, end});
    return 0;
}

} // namespace

int TextTokenizer::tokenize(const char* text, int size, void* context, Sink sink)
{
    if (!text || size <= 0)
        return 0;
    CallbackOutput out(context, sink, scratch().asciiToken);
    return Emitter(text, out).run(size);
}

void TextTokenizer::tokenizeInto(const char* text, int size, FlatTokens& out)
{
    if (!text || size <= 0)
        return;
    FlatOutput flat(out, size);
    Emitter(text, flat).run(size);
    flat.finish();
}

QList<TextTokenizer::Token> TextTokenizer::tokens(const QByteArray& utf8)
{
    QList<Token> result;
    tokenize(utf8.constData(), int(utf8.size()), &result, collect);
    return result;
}

QStringList TextTokenizer::words(const QString& text)
{
    QStringList result;
    for (const Token& token : tokens(text.toUtf8()))
        result.append(QString::fromUtf8(token.text));
    return result;
}

QByteArray TextTokenizer::foldKeyUtf8(const char* text, int size)
{
    QByteArray key;
    if (!text || size <= 0)
        return key;
    bool ascii = true;
    for (int k = 0; k < size && ascii; ++k)
        ascii = static_cast<unsigned char>(text[k]) < 0x80;
    if (ascii) {
        key.reserve(size);
        for (int k = 0; k < size; ++k) {
            const auto byte = static_cast<unsigned char>(text[k]);
            if (isAsciiAlnum(byte))
                key.append(asciiLower(char(byte)));
            else if (!key.isEmpty() && !key.endsWith(' '))
                key.append(' ');
        }
        if (key.endsWith(' '))
            key.chop(1);
        return key;
    }
    return foldKey(QString::fromUtf8(text, size)).toUtf8();
}

QString TextTokenizer::foldKey(const QString& text)
{
    Scratch& s = scratch();
    foldLetters(s, icu::UnicodeString(false, reinterpret_cast<const UChar*>(text.utf16()), int(text.size())));
    QString key;
    key.reserve(s.folded.length());
    bool pendingSpace = false;
    for (int i = 0; i < s.folded.length();) {
        UChar32 c = s.folded.char32At(i);
        i += U16_LENGTH(c);
        const CharClass kind = classify(c);
        if (kind == CharClass::Separator) {
            pendingSpace = !key.isEmpty();
            continue;
        }
        if (pendingSpace)
            key.append(QLatin1Char(' '));
        pendingSpace = false;
        if (kind == CharClass::Cjk)
            c = HanFolding::fold(c);
        const char32_t scalar = char32_t(c);
        key.append(QString::fromUcs4(&scalar, 1));
    }
    return key;
}

} // namespace ws
