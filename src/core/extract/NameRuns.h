#pragma once

#include "extract/TextAnalysis.h"

#include <QHash>
#include <QList>
#include <span>
#include <vector>

namespace ws {

// One capitalised word of a name: "Nvidia", "C.C.", "Young-hyun", "AT&T", "Corp.".
struct NameUnit
{
    int first = 0; // token range, end exclusive
    int end = 0;
};

// Capitalised words in a row, joined by spaces or by connectors (of, &, de, and):
// "Taiwan Association of Machinery Industry", "US President Joe Biden".
struct NameRun
{
    static constexpr int maxUnits = 12;
    std::span<const NameUnit> units; // in the one list of units of its NameRuns: no allocation per run
    int first() const { return units.front().first; }
    int end() const { return units.back().end; }
};

} // namespace ws

Q_DECLARE_TYPEINFO(ws::NameRun, Q_PRIMITIVE_TYPE);

namespace ws {

// Finds the capitalised runs of a text, and marks the tokens no name pattern should read: kicker
// labels ("INDUSTRY LEADER:"), lines in capitals or in title case (headlines).
class NameRuns
{
public:
    explicit NameRuns(const TextAnalysis& text);
    // Not copied: its runs point into its list of units.
    NameRuns(const NameRuns&) = delete;
    NameRuns& operator=(const NameRuns&) = delete;

    const QList<NameRun>& runs() const { return m_runs; }
    bool blocked(int token) const { return m_blocked[size_t(token)]; }
    // Kicker labels only ("INDUSTRY LEADER:"), for readers that do use headlines.
    const std::vector<char>& kickers() const { return m_kicker; }
    // True at a sentence start, or right after a kicker label.
    bool atSentenceStart(int token) const;
    // The end token of the unit starting at token i, or -1.
    int unitEnd(int i) const;
    // The run that ends exactly at token `end` (exclusive), or -1.
    int runEndingAt(int end) const;
    int runStartingAt(int first) const;
    // A month or weekday here ("March", "Jun. 5", "in May", "Monday"), not a name ("Jun Young-hyun").
    bool isDateWord(int token) const;

private:
    void markBlocked();
    void build();
    // What unitEnd() asks first, inline: most tokens are no capitalised word and start no unit.
    bool mayStartUnit(int i) const
    {
        const Token& token = m_text.token(i);
        return token.kind == Token::Word && token.has(Token::Upper) && !m_blocked[size_t(i)];
    }

    const TextAnalysis& m_text;
    std::vector<char> m_blocked; // per token (bytes: read at every token, unlike packed bits)
    std::vector<char> m_afterKicker;
    std::vector<char> m_kicker;
    std::vector<NameUnit> m_units; // of every run, in order
    QList<NameRun> m_runs;
    std::vector<int> m_byFirst; // first token -> run, -1 for none (per token: cheaper than a hash)
    std::vector<int> m_byEnd;   // end token -> run, -1 for none
};

} // namespace ws
