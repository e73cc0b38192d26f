#pragma once

#include "extract/SentenceSplitter.h"
#include "extract/Tokenizer.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <vector>

namespace ws {

// A story text read once into tokens and sentences, shared by every recognizer.
class TextAnalysis
{
public:
    explicit TextAnalysis(QString text);

    const QString& text() const { return m_text; }
    const QList<Token>& tokens() const { return m_tokens; }
    const QList<Sentence>& sentences() const { return m_sentences; }
    int size() const { return int(m_tokens.size()); }
    const Token& token(int i) const
    {
#ifdef WIRESCOPE_CHECKED_INDEXES
        // Sanitizer and fuzz builds: a read just past the last token lands in the list's spare
        // capacity, where AddressSanitizer cannot see it.
        if (i < 0 || i >= size())
            qFatal("TextAnalysis::token(%d) outside its %d tokens", i, size());
#endif
        return m_tokens[i];
    }
    int sentenceOf(int token) const { return m_sentenceOf[token]; }
    // The sentence holding character offset `offset`.
    int sentenceAtOffset(int offset) const;
    // The first token starting at or after `offset`.
    int tokenAtOffset(int offset) const;

    // Empty outside the tokens, like isPunct() and is(): "the word after" the last one is none.
    QStringView tokenText(int i) const
    {
        if (i < 0 || i >= size())
            return {};
        return QStringView(m_text).mid(m_tokens[i].start, m_tokens[i].length());
    }
    QStringView span(int first, int end) const
    {
        return QStringView(m_text).mid(m_tokens[first].start, m_tokens[end - 1].end - m_tokens[first].start);
    }
    // The span with runs of whitespace (line breaks of wrapped wire copy) made single spaces.
    QString spanText(int first, int end) const;
    bool isPunct(int i, char16_t c) const
    {
        return i >= 0 && i < size() && m_tokens[i].kind == Token::Punct &&
               m_text[m_tokens[i].start] == QChar(c);
    }
    bool is(int i, quint64 hash) const { return i >= 0 && i < size() && m_tokens[i].hash == hash; }
    // A dollar sign glued to the word before it: "US$", "NT$", "HK$" are currencies, not names.
    bool isGluedDollar(int i) const
    {
        return i > 0 && i < size() && !m_tokens[i].has(Token::SpaceBefore) &&
               (isPunct(i, u'$') || isPunct(i, 0xFF04));
    }
    // True when token i starts its sentence, or follows only an opening quote or bracket there.
    bool startsSentence(int i) const;

private:
    QString m_text;
    QList<Token> m_tokens;
    QList<Sentence> m_sentences;
    std::vector<int> m_sentenceOf;
};

// Hash of a lower-case word, computed once: `static const quint64 h = word(u"said");`.
inline quint64 word(QStringView text)
{
    return Tokenizer::hashOf(text);
}

} // namespace ws
