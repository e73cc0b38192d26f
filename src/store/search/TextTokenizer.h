#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <string>
#include <vector>

namespace ws {

// The word splitter behind the "wirescope" FTS5 tokenizer, usable without SQLite.
//
// A token is a maximal run of letters, digits and combining marks, cut further by ICU word boundaries
// (which matters for Thai, Lao, Khmer and Burmese), case folded with NFKC_Casefold, with accents removed
// from Latin, Greek and Cyrillic letters. Any other character separates tokens, so "U.S." gives "u" "s"
// and "CoWoS-L" gives "cowos" "l", in documents and queries alike.
//
// Runs of Han, Hiragana, Katakana and Hangul characters give overlapping bigrams (a one-character run
// gives that character), with traditional Chinese folded to simplified, so any substring of two or more
// characters of a CJK run is found as a phrase of bigrams.
//
// Offsets are byte offsets into the UTF-8 input, as FTS5 wants for snippet() and highlight(). Invalid
// UTF-8 never stops the tokenizer: an ill-formed byte separates tokens.
class TextTokenizer
{
public:
    // Called once per token with its folded UTF-8 text and the byte range it came from. The signature
    // is FTS5's xToken (flags is always 0); a non-zero return stops tokenizing and is returned.
    using Sink = int (*)(void* context, int flags, const char* token, int size, int start, int end);

    static int tokenize(const char* text, int size, void* context, Sink sink);

    // Every token of a text in two flat arrays, as TokenRecording keeps a story ahead of its insert.
    struct FlatTokens
    {
        struct Span
        {
            int offset; // into bytes
            int size;
            int start;
            int end;
        };
        std::string bytes; // every token's folded text, one after another
        std::vector<Span> spans;
    };
    // The same tokens as tokenize(), appended to `out` with no call through a pointer per token.
    static void tokenizeInto(const char* text, int size, FlatTokens& out);

    struct Token
    {
        QByteArray text;
        int start = 0;
        int end = 0;
        bool operator==(const Token& other) const = default;
    };
    static QList<Token> tokens(const QByteArray& utf8);
    static QStringList words(const QString& text); // the tokens' text only, for tests and tools

    // A key for comparing names: the same folding as tokens (case, width, accents, traditional to
    // simplified Chinese), with each run of separators made one space. "TSMC" and "tsmc", "台積電" and
    // "台积电", "Škoda" and "skoda" give the same key.
    static QString foldKey(const QString& text);
    static QByteArray foldKeyUtf8(const char* text, int size);
};

} // namespace ws
