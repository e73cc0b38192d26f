#include "extract/TimeExpression.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace ws {

namespace {

// Every alternative starts with one of the words of `wordsByRole` marked Starts (or "earl...",
// "late...", or any word before "years ago"), and holds, within its first five words, one marked
// Anchor or a year: firstPossibleStart() relies on it, so a new alternative must keep it true.
QString patternText()
{
    static const QString month = QStringLiteral(
        "(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)");
    return QStringLiteral(
               "\\b(?:"
               "(?:earlier|later|early|late)?\\s*(?:this|last|next|that) (?:week|month|year|quarter|decade|"
               "spring|summer|autumn|fall|winter)"
               "|(?:in|by|from|since|until|before|after|during) (?:early |late |mid-|mid |the end of )?") +
           month +
           QStringLiteral("(?: \\d{1,2})?(?:,? \\d{4})?"
                          "|(?:in|by|from|since|until|before|after|during) (?:early |late |mid-|mid )?\\d{4}"
                          "|(?:early|mid|late)-\\d{4}"
                          "|(?:on )?") +
           month +
           QStringLiteral(" \\d{1,2}(?:, \\d{4})?"
                          "|yesterday|today|tomorrow|tonight"
                          "|(?:on |last |next )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                          "|(?:in|by|during) the (?:first|second|third|fourth|final|last) (?:quarter|half)"
                          "(?: of (?:this|next|last) year| of \\d{4})?"
                          "|(?:\\w+|\\d+) (?:years|months|weeks|days) ago"
                          "|(?:within|over|in) the (?:next|coming|past) (?:\\w+ )?(?:years|months|weeks|days)"
                          ")\\b");
}

// The pattern, as searched for anywhere in a sentence.
const QRegularExpression& pattern()
{
    static const QRegularExpression expression(patternText(), QRegularExpression::CaseInsensitiveOption);
    return expression;
}

enum Role : quint8
{
    Starts = 1,  // a match may start at the word: "in", "on", "last", "March", "today"...
    Anchor = 2,  // every match holds one of these (or a year): "week", "March", "Monday", "today"...
    AgoUnit = 4, // "years", "months", "weeks", "days": "three years ago" starts at the word before
};

// The pattern's words by what they are to it, lower case.
constexpr std::pair<quint8, std::string_view> wordsByRole[] = {
    {Starts, "after before by during from in mid on over since until within last next that this"},
    {Starts | Anchor, "yesterday today tomorrow tonight monday tuesday wednesday thursday friday saturday "
                      "sunday january february march april may june july august september october november "
                      "december jan feb mar apr jun jul aug sep sept oct nov dec"},
    {Anchor, "week month year quarter decade spring summer autumn fall winter half"},
    {Anchor | AgoUnit, "years months weeks days"}};

// A word of up to nine ASCII characters, lower case, seven bits a character: one number to compare.
constexpr int longestWord = 9; // "september"
constexpr quint64 packed(std::string_view word)
{
    quint64 key = 0;
    for (char c : word)
        key = key << 7 | quint8(c);
    return key;
}

// The words of wordsByRole by their packed form, open-addressed: one probe for most words of a
// sentence.
class RoleTable
{
public:
    RoleTable()
    {
        for (const auto& [roles, list] : wordsByRole) {
            for (size_t at = 0; at < list.size();) {
                const size_t space = std::min(list.find(' ', at), list.size());
                const quint64 key = packed(list.substr(at, space - at));
                quint32 slot = start(key);
                while (m_slots[slot].key)
                    slot = (slot + 1) & mask;
                m_slots[slot] = {key, roles};
                at = space + 1;
            }
        }
    }

    quint8 rolesOf(quint64 key) const
    {
        for (quint32 slot = start(key);; slot = (slot + 1) & mask) {
            if (m_slots[slot].key == key || !m_slots[slot].key)
                return m_slots[slot].roles;
        }
    }

private:
    static constexpr quint32 size = 256; // a power of two, well above the words listed
    static constexpr quint32 mask = size - 1;
    static quint32 start(quint64 key) { return quint32((key * 0x9E3779B97F4A7C15ull) >> 56) & mask; }
    struct Slot
    {
        quint64 key = 0; // 0: an empty slot (no word packs to 0)
        quint8 roles = 0;
    };
    std::array<Slot, size> m_slots{};
};

// Each ASCII character in lower case when it is a word character as the pattern's \w and \b read
// it (no Unicode properties: letters, digits, '_'), else 0. By table: the scan reads every character.
constexpr std::array<char, 128> wordChars = [] {
    std::array<char, 128> chars{};
    for (int c = 0; c < 128; ++c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')
            chars[c] = char(c);
        else if (c >= 'A' && c <= 'Z')
            chars[c] = char(c + 32);
    }
    return chars;
}();

bool isYear(const char16_t* word)
{
    return std::all_of(word, word + 4, [](char16_t c) { return c >= u'0' && c <= u'9'; });
}

// Whether a text holds a character outside ASCII that the pattern, matching regardless of case,
// reads as an ASCII letter: "ſ" (long s) as "s", "K" (Kelvin sign) as "k". No other one can be part of
// a match: without Unicode properties, \w, \d, \s and \b know ASCII only, so an em dash, a curly
// quote or an accented letter only separates words.
bool hasLetterAlias(const char16_t* text, int size)
{
    return std::any_of(text, text + size, [](char16_t c) { return c == 0x017F || c == 0x212A; });
}

// The character as a word character of the pattern (see wordChars), 0 for any other.
char wordCharOf(char16_t c)
{
    return c < 128 ? wordChars[c] : 0;
}

constexpr int noStart = -1;
constexpr int cannotTell = -2;

// Where in a sentence the first match of pattern() may start: noStart when none may, cannotTell in
// text with a character whose case folding only the pattern knows ("ſ" matches "s"). A place the
// pattern then fails at costs a longer search; a place left out would lose a match, so every rule
// here keeps all of them. One is left out on purpose: "\s*" lets a match begin at the spaces after
// a word ("agreed  this week"), but the word after them starts the same match, whose answer is
// trimmed. Reads up to the first such place only.
int firstPossibleStart(QStringView sentence)
{
    static const RoleTable table;
    static constexpr quint64 earl = packed("earl");
    static constexpr quint64 late = packed("late");
    const char16_t* s = sentence.utf16();
    const int size = int(sentence.size());
    if (hasLetterAlias(s, size))
        return cannotTell;
    struct Run
    {
        int start;
        int end;
        quint8 roles;
    };
    // Every match holds an anchor by its fifth word ("within the next two years"): the last five
    // words read, word r at recent[r % 5].
    constexpr int window = 5;
    std::array<Run, window> recent{};
    int count = 0;
    for (int i = 0; i < size;) {
        if (!wordCharOf(s[i])) {
            ++i;
            continue;
        }
        const int start = i;
        quint64 key = 0; // of the first nine characters: longer words have no role
        for (char c; i < size && (c = wordCharOf(s[i])); ++i)
            key = i - start < longestWord ? key << 7 | quint8(c) : key;
        const int length = i - start;
        quint8 roles = length <= longestWord ? table.rolesOf(key) : 0;
        const quint64 prefix = length >= 4 ? key >> 7 * (qMin(length, longestWord) - 4) : 0;
        if (prefix == earl || prefix == late) // "earlier this week", "early-2026", "later this year"
            roles |= Starts;
        if (length == 4 && isYear(s + start))
            roles |= Anchor;
        const int current = count++;
        recent[current % window] = {start, i, roles};
        if (!(roles & Anchor))
            continue;
        // The words this anchor may end a match from, earliest first: one that starts matches, or
        // one before "years ago" (known once the word after it has been read).
        for (int r = qMax(0, current - (window - 1)); r <= current; ++r) {
            const Run& run = recent[r % window];
            const Run& next = recent[(r + 1) % window];
            const bool beforeAgo =
                r < current && (next.roles & AgoUnit) && next.start == run.end + 1 && s[run.end] == u' ';
            if ((run.roles & Starts) || beforeAgo)
                return run.start;
        }
    }
    return noStart;
}

QString matched(const QRegularExpressionMatch& match)
{
    return match.hasMatch() ? match.captured(0).trimmed() : QString();
}

} // namespace

QString TimeExpression::firstIn(QStringView sentence)
{
    const int start = firstPossibleStart(sentence);
    if (start == cannotTell)
        return firstInBySearch(sentence);
    if (start == noStart)
        return {};
    // No match starts before the first place one may start: one search from there, where trying
    // each place in turn costs a call of the pattern each.
    return matched(pattern().match(sentence, start));
}

QString TimeExpression::firstInBySearch(QStringView sentence)
{
    return matched(pattern().match(sentence));
}

} // namespace ws
