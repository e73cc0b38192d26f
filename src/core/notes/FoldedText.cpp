#include "notes/FoldedText.h"

#include <algorithm>

namespace ws {

namespace {

char32_t foldPunctuation(char32_t c)
{
    switch (c) {
    case 0x2018: // ‘ ’ ‚ ′
    case 0x2019:
    case 0x201A:
    case 0x2032:
        return U'\'';
    case 0x201C: // “ ” „ ″
    case 0x201D:
    case 0x201E:
    case 0x2033:
        return U'"';
    case 0x2010: // hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
        return U'-';
    default:
        return c;
    }
}

} // namespace

FoldedText::FoldedText(const QString& text, bool trim)
{
    m_text.reserve(text.size());
    m_start.reserve(text.size());
    m_end.reserve(text.size());
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            int j = i + 1;
            while (j < n && text.at(j).isSpace())
                ++j;
            append(QLatin1Char(' '), i, j);
            i = j;
            continue;
        }
        char32_t code = c.unicode();
        int width = 1;
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            width = 2;
        }
        const char32_t folded = foldPunctuation(QChar::toCaseFolded(code));
        if (QChar::requiresSurrogates(folded)) {
            append(QChar(QChar::highSurrogate(folded)), i, i + width);
            append(QChar(QChar::lowSurrogate(folded)), i, i + width);
        } else {
            append(QChar(char16_t(folded)), i, i + width);
        }
        i += width;
    }
    if (trim) {
        int from = 0;
        int to = int(m_text.size());
        while (from < to && m_text.at(from) == QLatin1Char(' '))
            ++from;
        while (to > from && m_text.at(to - 1) == QLatin1Char(' '))
            --to;
        m_text = m_text.mid(from, to - from);
        m_start = m_start.mid(from, to - from);
        m_end = m_end.mid(from, to - from);
    }
}

void FoldedText::append(QChar folded, int start, int end)
{
    m_text.append(folded);
    m_start.append(start);
    m_end.append(end);
}

int FoldedText::foldedPosition(int original) const
{
    return int(std::lower_bound(m_start.cbegin(), m_start.cend(), original) - m_start.cbegin());
}

} // namespace ws
