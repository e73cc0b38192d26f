#include "import/JsonFastParser.h"

#include "text/Utf16Scan.h"

#include <limits>

namespace ws {

namespace {

constexpr int maxDepth = 64; // deeper documents go to QJsonDocument (nesting limit 1024)

class Reader
{
public:
    explicit Reader(QStringView text) : m_at(text.data()), m_end(text.data() + text.size()) {}

    std::optional<JsonNode> document()
    {
        skipSpace();
        if (m_at == m_end || (*m_at != u'{' && *m_at != u'['))
            return std::nullopt;
        JsonNode node;
        const bool read = value(0, node);
        skipSpace();
        if (!read || m_at != m_end)
            return std::nullopt;
        return node;
    }

private:
    void skipSpace()
    {
        while (m_at < m_end && (*m_at == u' ' || *m_at == u'\t' || *m_at == u'\n' || *m_at == u'\r'))
            ++m_at;
    }

    bool consume(QLatin1StringView word)
    {
        if (m_end - m_at < word.size())
            return false;
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (m_at[i] != QLatin1Char(word[i]))
                return false;
        }
        m_at += word.size();
        return true;
    }

    // Reads a value into `out` (a fresh node); false when it is not one this reader takes.
    bool value(int depth, JsonNode& out)
    {
        skipSpace();
        if (m_at == m_end)
            return false;
        switch (m_at->unicode()) {
        case u'{':
            out.type = JsonNode::Type::Object;
            return object(depth + 1, out);
        case u'[':
            out.type = JsonNode::Type::Array;
            return array(depth + 1, out);
        case u'"':
            out.type = JsonNode::Type::String;
            return string(out.text);
        case u't':
            out.type = JsonNode::Type::Bool;
            out.boolean = true;
            return consume(QLatin1StringView("true"));
        case u'f':
            out.type = JsonNode::Type::Bool;
            return consume(QLatin1StringView("false"));
        case u'n':
            return consume(QLatin1StringView("null"));
        default:
            out.type = JsonNode::Type::Number;
            return integer(out.number);
        }
    }

    // Only -?(0|[1-9][0-9]*) that fits in a qint64; anything with a fraction or exponent is left to Qt.
    // Qt keeps such a number as a qint64 and reads it as double(number), as this does.
    bool integer(double& out)
    {
        const bool negative = *m_at == u'-';
        if (negative)
            ++m_at;
        if (m_at == m_end || *m_at < u'0' || *m_at > u'9')
            return false;
        if (*m_at == u'0' && m_at + 1 < m_end && m_at[1] >= u'0' && m_at[1] <= u'9')
            return false;
        quint64 magnitude = 0;
        for (; m_at < m_end && *m_at >= u'0' && *m_at <= u'9'; ++m_at) {
            if (magnitude > (std::numeric_limits<quint64>::max() - 9) / 10)
                return false;
            magnitude = magnitude * 10 + (m_at->unicode() - u'0');
        }
        if (m_at < m_end && (*m_at == u'.' || *m_at == u'e' || *m_at == u'E'))
            return false;
        constexpr quint64 limit = quint64(std::numeric_limits<qint64>::max());
        if (magnitude > limit + (negative ? 1 : 0))
            return false;
        const qint64 number = negative ? qint64(0 - magnitude) : qint64(magnitude);
        out = double(number);
        return true;
    }

    static int hexDigit(char16_t c)
    {
        if (c >= u'0' && c <= u'9')
            return c - u'0';
        if (c >= u'a' && c <= u'f')
            return c - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c - u'A' + 10;
        return -1;
    }

    // \uXXXX after the backslash and 'u'; -1 when malformed.
    int hexUnit()
    {
        if (m_end - m_at < 4)
            return -1;
        int unit = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexDigit(m_at[i].unicode());
            if (digit < 0)
                return -1;
            unit = unit * 16 + digit;
        }
        m_at += 4;
        return unit;
    }

    // The character of a one-letter escape (\n, \", ...), or 0.
    static char16_t simpleEscape(char16_t escape)
    {
        switch (escape) {
        case u'"':
        case u'\\':
        case u'/':
            return escape;
        case u'b':
            return u'\b';
        case u'f':
            return u'\f';
        case u'n':
            return u'\n';
        case u'r':
            return u'\r';
        case u't':
            return u'\t';
        default:
            return 0;
        }
    }

    // \uXXXX (after the 'u'), a surrogate pair as two escapes; false when malformed or lone.
    bool appendUnicodeEscape(QString& text)
    {
        const int unit = hexUnit();
        if (unit < 0 || QChar::isLowSurrogate(char16_t(unit)))
            return false;
        text.append(QChar(char16_t(unit)));
        if (!QChar::isHighSurrogate(char16_t(unit)))
            return true;
        if (m_end - m_at < 2 || m_at[0] != u'\\' || m_at[1] != u'u')
            return false;
        m_at += 2;
        const int low = hexUnit();
        if (low < 0 || !QChar::isLowSurrogate(char16_t(low)))
            return false;
        text.append(QChar(char16_t(low)));
        return true;
    }

    // A string from its opening quote, into `out`.
    bool string(QString& out)
    {
        ++m_at; // the opening quote
        const QChar* runStart = m_at;
        bool copied = false; // whether `out` holds the string so far (after an escape)
        for (;;) {
            m_at = reinterpret_cast<const QChar*>(Utf16Scan::toJsonStringStop(
                reinterpret_cast<const char16_t*>(m_at), reinterpret_cast<const char16_t*>(m_end)));
            if (m_at == m_end)
                return false;
            const char16_t stop = m_at->unicode();
            if (stop < 0x20)
                return false;
            if (QChar::isSurrogate(stop)) {
                if (!QChar::isHighSurrogate(stop) || m_at + 1 == m_end ||
                    !QChar::isLowSurrogate(m_at[1].unicode()))
                    return false;
                m_at += 2;
                continue;
            }
            if (stop == u'"') {
                if (!copied)
                    out = QString(runStart, m_at - runStart);
                else
                    out.append(runStart, m_at - runStart);
                ++m_at;
                return true;
            }
            // An escape: keep what came before it, then decode it.
            out.append(runStart, m_at - runStart);
            copied = true;
            ++m_at;
            if (m_at == m_end)
                return false;
            const char16_t escape = (m_at++)->unicode();
            if (const char16_t plain = simpleEscape(escape)) {
                out.append(QChar(plain));
            } else if (escape != u'u' || !appendUnicodeEscape(out)) {
                return false;
            }
            runStart = m_at;
        }
    }

    // An object's members, in QJsonObject's order; duplicate keys are left to Qt, which decides which wins.
    bool object(int depth, JsonNode& out)
    {
        if (depth > maxDepth)
            return false;
        ++m_at; // {
        skipSpace();
        if (m_at < m_end && *m_at == u'}') {
            ++m_at;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_at == m_end || *m_at != u'"')
                return false;
            JsonNode::Member& member = out.members.emplace_back();
            if (!string(member.key))
                return false;
            for (auto seen = out.members.begin(); seen + 1 != out.members.end(); ++seen) {
                if (seen->key == member.key)
                    return false;
            }
            skipSpace();
            if (m_at == m_end || *m_at != u':')
                return false;
            ++m_at;
            if (!value(depth, member.value))
                return false;
            skipSpace();
            if (m_at == m_end)
                return false;
            if (*m_at == u'}') {
                ++m_at;
                out.sortMembers();
                return true;
            }
            if (*m_at != u',')
                return false;
            ++m_at;
        }
    }

    bool array(int depth, JsonNode& out)
    {
        if (depth > maxDepth)
            return false;
        ++m_at; // [
        skipSpace();
        if (m_at < m_end && *m_at == u']') {
            ++m_at;
            return true;
        }
        for (;;) {
            if (!value(depth, out.items.emplace_back()))
                return false;
            skipSpace();
            if (m_at == m_end)
                return false;
            if (*m_at == u']') {
                ++m_at;
                return true;
            }
            if (*m_at != u',')
                return false;
            ++m_at;
        }
    }

    const QChar* m_at;
    const QChar* m_end;
};

} // namespace

std::optional<JsonNode> JsonFastParser::parse(QStringView text)
{
    return Reader(text).document();
}

} // namespace ws
