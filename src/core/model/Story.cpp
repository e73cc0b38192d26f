#include "model/Story.h"

#include "model/Sha1.h"
#include "text/Utf16Scan.h"

#include <QVarLengthArray>
#include <algorithm>

namespace ws {

namespace {

// The whitespace a default (non-Unicode) regular expression's \s matches: ids were first made with
// `replace(QRegularExpression("\\s+"), " ")`, and every stored id must stay what it was.
bool isAsciiSpace(char16_t c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); }

bool isUnicodeSpace(char16_t c)
{
    return QChar::isSpace(c);
}

// Writes one character as QString::toUtf8() does (a lone surrogate as '?'); `at` is past it, and is
// moved past its low surrogate when it is the high one of a pair.
inline char* putUtf8(char* out, char16_t c, const char16_t*& at, const char16_t* end)
{
    if (c < 0x80) {
        *out++ = char(c);
    } else if (c < 0x800) {
        *out++ = char(0xC0 | (c >> 6));
        *out++ = char(0x80 | (c & 0x3F));
    } else if (!QChar::isSurrogate(c)) {
        *out++ = char(0xE0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    } else if (QChar::isHighSurrogate(c) && at < end && QChar::isLowSurrogate(*at)) {
        const char32_t u = QChar::surrogateToUcs4(c, *at++);
        *out++ = char(0xF0 | (u >> 18));
        *out++ = char(0x80 | ((u >> 12) & 0x3F));
        *out++ = char(0x80 | ((u >> 6) & 0x3F));
        *out++ = char(0x80 | (u & 0x3F));
    } else {
        *out++ = '?';
    }
    return out;
}

// The text an id is made from, written straight as the UTF-8 that QString::toUtf8() would give, so
// each story's text is walked once and never copied as UTF-16 first. The write position is kept in a
// local while writing: a char store may alias any member, which made the compiler reload them.
class IdText
{
public:
    explicit IdText(qsizetype maxChars) : m_bytes(3 * maxChars), m_end(m_bytes.data()) {}

    // `text` trimmed of Unicode spaces at both ends, each run of characters `collapses` accepts as one
    // space: with isUnicodeSpace that is QString::simplified(); with isAsciiSpace, the body as the
    // first definition collapsed it.
    template <bool (*collapses)(char16_t)> void appendCollapsed(const QString& text)
    {
        const char16_t* at = reinterpret_cast<const char16_t*>(text.constData());
        const char16_t* end = at + text.size();
        while (at < end && QChar::isSpace(*at))
            ++at;
        while (end > at && QChar::isSpace(end[-1]))
            --end;
        char* out = m_end;
        while (at < end) {
            // Most of a story is ASCII words with single spaces: copied in blocks; the block where that
            // stops goes one character at a time.
            at = Utf16Scan::copyAsciiWords(at, end, out);
            const char16_t* const blockEnd = std::min(at + 8, end);
            while (at < blockEnd) {
                const char16_t c = *at++;
                if (c > u' ' && c < 0x80) {
                    *out++ = char(c);
                } else if (collapses(c)) {
                    *out++ = ' ';
                    while (at < end && collapses(*at))
                        ++at;
                } else {
                    out = putUtf8(out, c, at, end);
                }
            }
        }
        m_end = out;
    }

    void append(char c) { *m_end++ = c; }
    void append(const QString& text)
    {
        const char16_t* at = reinterpret_cast<const char16_t*>(text.constData());
        const char16_t* const end = at + text.size();
        char* out = m_end;
        while (at < end) {
            const char16_t c = *at++;
            out = putUtf8(out, c, at, end);
        }
        m_end = out;
    }

    QByteArrayView bytes() const { return QByteArrayView(m_bytes.data(), m_end - m_bytes.data()); }

private:
    QVarLengthArray<char, 16 * 1024> m_bytes;
    char* m_end;
};

} // namespace

QString Story::makeId(const QString& title, const QString& body, const QString& date)
{
    IdText text(title.size() + body.size() + date.size() + 2);
    text.appendCollapsed<isUnicodeSpace>(title);
    text.append('\n');
    text.appendCollapsed<isAsciiSpace>(body);
    if (!date.isEmpty()) {
        text.append('\n');
        text.append(date);
    }
    const Sha1::Digest digest = Sha1::hash(text.bytes());
    static constexpr char hex[] = "0123456789abcdef";
    char id[16];
    for (int i = 0; i < 8; ++i) {
        id[2 * i] = hex[digest[i] >> 4];
        id[2 * i + 1] = hex[digest[i] & 0xF];
    }
    return QString::fromLatin1(id, 16);
}

} // namespace ws
