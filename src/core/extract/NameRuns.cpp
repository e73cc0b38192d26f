#include "extract/NameRuns.h"

#include "extract/Lexicon.h"

#include <QHash>
#include <QSet>

namespace ws {

namespace {

// "US-led", "state-owned": the capitalised part before these is not glued to them.
bool isHyphenModifier(quint64 hash)
{
    static const QSet<quint64> words = [] {
        QSet<quint64> set;
        for (const char16_t* w :
             {u"based",         u"led",     u"owned",    u"backed",    u"made",   u"listed",    u"controlled",
              u"run",           u"born",    u"funded",   u"linked",    u"bound",  u"focused",   u"registered",
              u"headquartered", u"related", u"style",    u"level",     u"era",    u"wide",      u"specific",
              u"grade",         u"centric", u"friendly", u"dependent", u"allied", u"aligned",   u"only",
              u"class",         u"like",    u"type",     u"designed",  u"built",  u"developed", u"produced"})
            set.insert(word(w));
        return set;
    }();
    return words.contains(hash);
}

} // namespace

NameRuns::NameRuns(const TextAnalysis& text) : m_text(text)
{
    m_blocked.assign(text.size(), 0);
    m_afterKicker.assign(text.size(), 0);
    m_kicker.assign(text.size(), 0);
    m_byFirst.assign(size_t(text.size()) + 1, -1);
    m_byEnd.assign(size_t(text.size()) + 1, -1);
    markBlocked();
    build();
}

void NameRuns::markBlocked()
{
    const int n = m_text.size();
    // Lines in capitals or title case are headlines: names there are read from the gazetteer and
    // from what the story body establishes, not from capitalisation.
    int lineStart = 0;
    for (int i = 0; i <= n; ++i) {
        if (i < n && (i == 0 || !m_text.token(i).has(Token::NewlineBefore)))
            continue;
        int words = 0;
        int capitalised = 0;
        bool caps = false;
        for (int t = lineStart; t < i; ++t) {
            const Token& token = m_text.token(t);
            caps = caps || token.has(Token::CapsLine);
            if (token.kind != Token::Word || token.length() < 4)
                continue;
            ++words;
            if (token.has(Token::Upper))
                ++capitalised;
        }
        // Title case only counts on a line of its own (the title, a subheading), not on wrapped body
        // lines that happen to hold several names.
        const bool isolated = lineStart == 0 || m_text.token(lineStart).has(Token::ParagraphBefore);
        const bool alone = isolated && (i == n || m_text.token(i).has(Token::ParagraphBefore));
        // A headline has no full stop at its end.
        const bool stopped =
            i > lineStart && m_text.token(i - 1).kind == Token::Punct &&
            (m_text.isPunct(i - 1, u'.') || m_text.isPunct(i - 1, u'!') || m_text.isPunct(i - 1, u'?'));
        const bool headline =
            caps || (alone && !stopped && words >= 3 && capitalised * 5 >= words * 4 && words <= 16);
        if (headline) {
            for (int t = lineStart; t < i; ++t)
                m_blocked[size_t(t)] = 1;
        }
        lineStart = i;
    }
    // Kicker labels: "INDUSTRY LEADER: TSMC aims...", "TARIFF TRADE-OFF: ...".
    for (const Sentence& sentence : m_text.sentences()) {
        int t = sentence.firstToken;
        int words = 0;
        while (t < sentence.endToken) {
            const Token& token = m_text.token(t);
            if (token.kind == Token::Word && token.has(Token::AllUpper) && token.length() >= 2)
                ++words;
            else if (!(m_text.isPunct(t, u'-') || m_text.isPunct(t, u'&') || m_text.isPunct(t, u'\'')))
                break;
            ++t;
        }
        if (words >= 1 && t < sentence.endToken && m_text.isPunct(t, u':') && t + 1 < sentence.endToken) {
            for (int k = sentence.firstToken; k <= t; ++k) {
                m_blocked[size_t(k)] = 1;
                m_kicker[size_t(k)] = 1;
            }
            m_afterKicker[size_t(t + 1)] = 1;
        }
    }
}

bool NameRuns::atSentenceStart(int token) const
{
    return m_afterKicker[token] || m_text.startsSentence(token) ||
           (token > 0 && m_text.token(token).has(Token::ParagraphBefore));
}

int NameRuns::unitEnd(int i) const
{
    const int n = m_text.size();
    if (i >= n || m_blocked[i])
        return -1;
    const Token& head = m_text.token(i);
    if (head.kind != Token::Word || !head.has(Token::Upper))
        return -1;
    auto glued = [&](int t) { return t < n && !m_text.token(t).has(Token::SpaceBefore); };
    // "US$4.9 billion", "NT$": a currency symbol, not a name.
    if (m_text.isGluedDollar(i + 1))
        return -1;
    int end = i + 1;
    // Initials: C.C. / U.S. / J.
    if (head.length() == 1 && m_text.isPunct(end, u'.') && glued(end)) {
        end = i + 2;
        while (end + 1 < n && glued(end) && m_text.token(end).kind == Token::Word &&
               m_text.token(end).length() == 1 && m_text.token(end).has(Token::Upper) &&
               m_text.isPunct(end + 1, u'.') && glued(end + 1))
            end += 2;
        return end;
    }
    while (end + 1 < n && glued(end) && glued(end + 1) && m_text.token(end + 1).kind == Token::Word) {
        const bool hyphen = m_text.isPunct(end, u'-') || m_text.isPunct(end, 0x2010);
        const bool amp = m_text.isPunct(end, u'&');
        const bool apostrophe = (m_text.isPunct(end, u'\'') || m_text.isPunct(end, 0x2019)) &&
                                m_text.token(end + 1).has(Token::Upper);
        if (!(hyphen || amp || apostrophe))
            break;
        if (hyphen && isHyphenModifier(m_text.token(end + 1).hash))
            break;
        // "Problem-plagued Nortel", "Cash-strapped Acme": a participle in small letters describes
        // the name that follows. (No romanised given name ends in "ed": "Kuo Jyh-huei" stays whole.)
        const QStringView part = m_text.tokenText(end + 1);
        if (hyphen && part.size() >= 4 && part.endsWith(u"ed") && !m_text.token(end + 1).has(Token::Upper))
            break;
        end += 2;
    }
    // "Corp." / "Jr." keep their full stop when the sentence goes on.
    if (m_text.isPunct(end, u'.') && glued(end) && end + 1 < n &&
        m_text.sentenceOf(end + 1) == m_text.sentenceOf(i) &&
        Lexicon::contains(Lexicon::Abbreviation, head.hash))
        ++end;
    return end;
}

void NameRuns::build()
{
    const int n = m_text.size();
    std::vector<int> firstUnitOf; // per run: where its units start in m_units
    int i = 0;
    while (i < n) {
        int end = mayStartUnit(i) ? unitEnd(i) : -1;
        if (end < 0 || isDateWord(i)) {
            ++i;
            continue;
        }
        const size_t firstUnit = m_units.size();
        m_units.push_back({i, end});
        const int sentence = m_text.sentenceOf(i);
        while (end < n && m_units.size() - firstUnit < size_t(NameRun::maxUnits)) {
            const Token& next = m_text.token(end);
            if (!next.has(Token::SpaceBefore) || next.has(Token::ParagraphBefore) ||
                m_text.sentenceOf(end) != sentence)
                break;
            int unitStart = end;
            // Connectors: "of", "&", "de", "and" - only when a capitalised word follows.
            if (next.kind != Token::Word || !next.has(Token::Upper)) {
                const bool connector =
                    Lexicon::contains(Lexicon::NameConnector, next.hash) && !next.has(Token::Upper);
                if (!connector)
                    break;
                unitStart = end + 1;
                if (unitStart >= n || !m_text.token(unitStart).has(Token::SpaceBefore))
                    break;
            }
            const int unitStop = unitEnd(unitStart);
            if (unitStop < 0 || isDateWord(unitStart))
                break;
            m_units.push_back({unitStart, unitStop});
            end = unitStop;
        }
        m_byFirst[size_t(i)] = int(firstUnitOf.size());
        m_byEnd[size_t(end)] = int(firstUnitOf.size());
        firstUnitOf.push_back(int(firstUnit));
        i = end;
    }
    // The spans once every unit is in place (the list moves as it grows).
    m_runs.reserve(qsizetype(firstUnitOf.size()));
    for (size_t r = 0; r < firstUnitOf.size(); ++r) {
        const size_t from = size_t(firstUnitOf[r]);
        const size_t to = r + 1 < firstUnitOf.size() ? size_t(firstUnitOf[r + 1]) : m_units.size();
        m_runs.append({std::span<const NameUnit>(m_units.data() + from, to - from)});
    }
}

bool NameRuns::isDateWord(int i) const
{
    const Token& token = m_text.token(i);
    if (Lexicon::contains(Lexicon::Weekday, token.hash))
        return token.length() > 3 || m_text.isPunct(i + 1, u'.') || m_text.isPunct(i + 1, u',');
    if (!Lexicon::contains(Lexicon::Month, token.hash))
        return false;
    // "March" is a month; "May", "June" and "Jun" are months before a day or after "in", else
    // perhaps a name ("Jun Young-hyun").
    static const QSet<quint64> before = [] {
        QSet<quint64> set;
        for (const char16_t* w :
             {u"in", u"on", u"since", u"by", u"until", u"last", u"next", u"this", u"early", u"late", u"mid",
              u"from", u"to", u"of", u"during", u"through", u"before", u"after"})
            set.insert(word(w));
        return set;
    }();
    if (token.length() >= 5 && m_text.tokenText(i) != u"March")
        return true;
    if (i + 1 < m_text.size() && (m_text.token(i + 1).kind == Token::Number || m_text.isPunct(i + 1, u'.')))
        return true;
    return (i > 0 && before.contains(m_text.token(i - 1).hash)) || m_text.tokenText(i) == u"March";
}

int NameRuns::runEndingAt(int end) const
{
    return end >= 0 && end < int(m_byEnd.size()) ? m_byEnd[size_t(end)] : -1;
}

int NameRuns::runStartingAt(int first) const
{
    return first >= 0 && first < int(m_byFirst.size()) ? m_byFirst[size_t(first)] : -1;
}

} // namespace ws
