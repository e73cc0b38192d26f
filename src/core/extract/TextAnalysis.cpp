#include "extract/TextAnalysis.h"

#include <algorithm>

namespace ws {

TextAnalysis::TextAnalysis(QString text) : m_text(std::move(text))
{
    m_tokens = Tokenizer::tokenize(m_text);
    m_sentences = SentenceSplitter::split(m_text, m_tokens);
    m_sentenceOf.assign(m_tokens.size(), 0);
    for (int s = 0; s < m_sentences.size(); ++s) {
        for (int t = m_sentences[s].firstToken; t < m_sentences[s].endToken; ++t)
            m_sentenceOf[t] = s;
    }
}

int TextAnalysis::sentenceAtOffset(int offset) const
{
    const auto it = std::upper_bound(m_sentences.cbegin(), m_sentences.cend(), offset,
                                     [](int value, const Sentence& s) { return value < s.start; });
    return it == m_sentences.cbegin() ? 0 : int(it - m_sentences.cbegin()) - 1;
}

int TextAnalysis::tokenAtOffset(int offset) const
{
    const auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), offset,
                                     [](const Token& t, int value) { return t.start < value; });
    return int(it - m_tokens.cbegin());
}

QString TextAnalysis::spanText(int first, int end) const
{
    // Most spans are written with single spaces already: one copy of the text, not one append
    // per token.
    bool singleSpaced = true;
    for (int i = first + 1; i < end && singleSpaced; ++i) {
        const int gap = m_tokens[i].start - m_tokens[i - 1].end;
        singleSpaced = gap == 0 || (gap == 1 && m_text[m_tokens[i - 1].end] == QLatin1Char(' '));
    }
    if (singleSpaced && first < end)
        return span(first, end).toString();
    QString out;
    for (int i = first; i < end; ++i) {
        if (i > first && m_tokens[i].has(Token::SpaceBefore))
            out.append(QLatin1Char(' '));
        out.append(tokenText(i));
    }
    return out;
}

bool TextAnalysis::startsSentence(int i) const
{
    const int first = m_sentences[m_sentenceOf[i]].firstToken;
    for (int t = first; t < i; ++t) {
        const Token& token = m_tokens[t];
        if (token.kind != Token::Punct)
            return false;
    }
    return true;
}

} // namespace ws
