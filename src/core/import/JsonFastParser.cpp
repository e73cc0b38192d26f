#include "import/JsonFastParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVarLengthArray>

#include <limits>

namespace ws {

namespace {

constexpr int maxDepth = 64; // deeper documents go to QJsonDocument (nesting limit 1024)

class Reader
{
public:
    explicit Reader(QStringView text) : m_at(text.data()), m_end(text.data() + text.size()) {}

    std::optional<QJsonValue> document()
    {
        skipSpace();
        if (m_at == m_end || (*m_at != u'{' && *m_at != u'['))
            return std::nullopt;
        std::optional<QJsonValue> value = this->value(0);
        skipSpace();
        if (!value || m_at != m_end)
            return std::nullopt;
        return value;
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

    std::optional<QJsonValue> value(int depth)
    {
        skipSpace();
        if (m_at == m_end)
            return std::nullopt;
        switch (m_at->unicode()) {
        case u'{':
            return object(depth + 1);
        case u'[':
            return array(depth + 1);
        case u'"': {
            std::optional<QString> text = string();
            return text ? std::optional<QJsonValue>(QJsonValue(*text)) : std::nullopt;
        }
        case u't':
            return consume(QLatin1StringView("true")) ? std::optional<QJsonValue>(QJsonValue(true)) : std::nullopt;
        case u'f':
            return consume(QLatin1StringView("false")) ? std::optional<QJsonValue>(QJsonValue(false)) : std::nullopt;
        case u'n':
            return consume(QLatin1StringView("null")) ? std::optional<QJsonValue>(QJsonValue(QJsonValue::Null))
                                                      : std::nullopt;
        default:
            return integer();
        }
    }

    // Only -?(0|[1-9][0-9]*) that fits in a qint64; anything with a fraction or exponent is left to Qt.
    std::optional<QJsonValue> integer()
    {
        const bool negative = *m_at == u'-';
        if (negative)
            ++m_at;
        if (m_at == m_end || *m_at < u'0' || *m_at > u'9')
            return std::nullopt;
        if (*m_at == u'0' && m_at + 1 < m_end && m_at[1] >= u'0' && m_at[1] <= u'9')
            return std::nullopt;
        quint64 magnitude = 0;
        for (; m_at < m_end && *m_at >= u'0' && *m_at <= u'9'; ++m_at) {
            if (magnitude > (std::numeric_limits<quint64>::max() - 9) / 10)
                return std::nullopt;
            magnitude = magnitude * 10 + (m_at->unicode() - u'0');
        }
        if (m_at < m_end && (*m_at == u'.' || *m_at == u'e' || *m_at == u'E'))
            return std::nullopt;
        constexpr quint64 limit = quint64(std::numeric_limits<qint64>::max());
        if (magnitude > limit + (negative ? 1 : 0))
            return std::nullopt;
        const qint64 number = negative ? qint64(0 - magnitude) : qint64(magnitude);
        return QJsonValue(number);
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

    std::optional<QString> string()
    {
        ++m_at; // the opening quote
        const QChar* runStart = m_at;
        QString text;
        bool copied = false; // whether `text` holds the string so far (after an escape)
        for (;;) {
            while (m_at < m_end && *m_at != u'"' && *m_at != u'\\') {
                const char16_t c = m_at->unicode();
                if (c < 0x20)
                    return std::nullopt;
                if (QChar::isSurrogate(c)) {
                    if (!QChar::isHighSurrogate(c) || m_at + 1 == m_end || !QChar::isLowSurrogate(m_at[1].unicode()))
                        return std::nullopt;
                    ++m_at;
                }
                ++m_at;
            }
            if (m_at == m_end)
                return std::nullopt;
            if (*m_at == u'"') {
                if (!copied) {
                    const QString whole(runStart, m_at - runStart);
                    ++m_at;
                    return whole;
                }
                text.append(runStart, m_at - runStart);
                ++m_at;
                return text;
            }
            // An escape: keep what came before it, then decode it.
            text.append(runStart, m_at - runStart);
            copied = true;
            ++m_at;
            if (m_at == m_end)
                return std::nullopt;
            const char16_t escape = (m_at++)->unicode();
            if (const char16_t plain = simpleEscape(escape)) {
                text.append(QChar(plain));
            } else if (escape != u'u' || !appendUnicodeEscape(text)) {
                return std::nullopt;
            }
            runStart = m_at;
        }
    }

    std::optional<QJsonValue> object(int depth)
    {
        if (depth > maxDepth)
            return std::nullopt;
        ++m_at; // {
        QJsonObject object;
        QVarLengthArray<QString, 16> keys;
        skipSpace();
        if (m_at < m_end && *m_at == u'}') {
            ++m_at;
            return QJsonValue(object);
        }
        for (;;) {
            skipSpace();
            if (m_at == m_end || *m_at != u'"')
                return std::nullopt;
            std::optional<QString> key = string();
            if (!key)
                return std::nullopt;
            for (const QString& seen : keys) {
                if (seen == *key)
                    return std::nullopt; // Qt decides which duplicate wins
            }
            keys.append(*key);
            skipSpace();
            if (m_at == m_end || *m_at != u':')
                return std::nullopt;
            ++m_at;
            std::optional<QJsonValue> member = value(depth);
            if (!member)
                return std::nullopt;
            object.insert(*key, *member);
            skipSpace();
            if (m_at == m_end)
                return std::nullopt;
            if (*m_at == u'}') {
                ++m_at;
                return QJsonValue(object);
            }
            if (*m_at != u',')
                return std::nullopt;
            ++m_at;
        }
    }

    std::optional<QJsonValue> array(int depth)
    {
        if (depth > maxDepth)
            return std::nullopt;
        ++m_at; // [
        QJsonArray array;
        skipSpace();
        if (m_at < m_end && *m_at == u']') {
            ++m_at;
            return QJsonValue(array);
        }
        for (;;) {
            std::optional<QJsonValue> element = value(depth);
            if (!element)
                return std::nullopt;
            array.append(*element);
            skipSpace();
            if (m_at == m_end)
                return std::nullopt;
            if (*m_at == u']') {
                ++m_at;
                return QJsonValue(array);
            }
            if (*m_at != u',')
                return std::nullopt;
            ++m_at;
        }
    }

    const QChar* m_at;
    const QChar* m_end;
};

} // namespace

std::optional<QJsonValue> JsonFastParser::parse(QStringView text) { return Reader(text).document(); }

} // namespace ws
