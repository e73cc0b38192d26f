#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace ws {

// A word, number, single Chinese/Japanese character or punctuation mark of a story text.
struct Token
{
    enum Kind : quint8
    {
        Word,
        Number,
        Han,
        Punct
    };
    enum Flag : quint8
    {
        SpaceBefore = 1,     // whitespace between the previous token and this one
        NewlineBefore = 2,   // a line break in that whitespace
        ParagraphBefore = 4, // a blank line in that whitespace
        Upper = 8,           // starts with an upper-case letter
        AllUpper = 16,       // has letters, none of them lower case
        CapsLine = 32,       // on a line written in capitals (a wire headline)
    };
    int start = 0;
    int end = 0;
    quint64 hash = 0; // of the text folded for matching: case, traditional Chinese, dash and quote forms
    Kind kind = Word;
    quint8 flags = 0;

    bool has(Flag flag) const { return flags & flag; }
    int length() const { return end - start; }
};

} // namespace ws

// Plain data: lists of tokens copy and grow by memcpy.
Q_DECLARE_TYPEINFO(ws::Token, Q_PRIMITIVE_TYPE);

namespace ws {

// Splits text into tokens in one pass. Words are runs of letters, digits and marks; each Chinese
// or Japanese character is a token of its own (those scripts have no spaces); every other
// non-space character is a punctuation token.
class Tokenizer
{
public:
    static QList<Token> tokenize(QStringView text);
    // The hash a token of this text gets (the text must be one token).
    static quint64 hashOf(QStringView text);
    // The folded form of one character as hashed: lower case, simplified Chinese, '-' for dashes,
    // '\'' and '"' for curly quotes.
    static char16_t foldChar(char16_t c);
    static constexpr quint64 hashSeed = 14695981039346656037ull;
    static constexpr quint64 hashStep(quint64 hash, char16_t c) { return (hash ^ c) * 1099511628211ull; }
};

} // namespace ws
