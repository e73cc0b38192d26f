#include "extract/SentenceSplitter.h"

#include "extract/Lexicon.h"

namespace ws {

namespace {

bool isClosing(char16_t c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == 0x201D || c == 0x2019 || c == 0x300D ||
           c == 0x300F || c == 0xFF09;
}

bool isSingleLetter(QStringView text, const Token& token)
{
    return token.kind == Token::Word && token.length() == 1 && text[token.start].isLetter();
}

// Whether a full stop at token `dot` ends the sentence, given the token after it (and its closers).
bool stopEndsSentence(QStringView text, const QList<Token>& tokens, int dot, int next)
{
    const Token& after = tokens[next];
    if (!after.has(Token::SpaceBefore) && after.kind != Token::Han)
        return false; // 17.1, U.S, www.x.com
    const QChar head = text[after.start];
    const bool startsLikeSentence = head.isUpper() || head.isDigit() || after.kind == Token::Han ||
                                    head == u'"' || head == QChar(0x201C) || head == u'(' || head == u'\'';
    if (!startsLikeSentence)
        return false;
    if (dot == 0)
        return true;
    const Token& before = tokens[dot - 1];
    if (before.end != tokens[dot].start)
        return true;
    const bool starter = Lexicon::contains(Lexicon::SentenceStart, after.hash) && head.isUpper();
    if (isSingleLetter(text, before)) {
        // "C.C. Wei" and "J. Smith" go on; "the U.S. The" ends.
        const bool multiInitial = dot >= 3 && tokens[dot - 2].kind == Token::Punct &&
                                  text[tokens[dot - 2].start] == u'.' &&
                                  isSingleLetter(text, tokens[dot - 3]);
        return multiInitial && starter;
    }
    if (Lexicon::contains(Lexicon::Abbreviation, before.hash)) {
        const bool canEnd = Lexicon::contains(Lexicon::LegalSuffix, before.hash) ||
                            text.mid(before.start, before.length()) == u"Jr";
        return canEnd && starter;
    }
    return true;
}

// A short line without closing punctuation before a capitalised line is a sentence of its own
// (a photo credit, a dateline, a table row), not the first part of a wrapped sentence.
bool shortLineEnds(QStringView text, const QList<Token>& tokens, int i)
{
    const Token& token = tokens[i];
    if (!token.has(Token::NewlineBefore) || !text[token.start].isUpper())
        return false;
    const Token& previous = tokens[i - 1];
    if (previous.kind == Token::Punct) {
        const QChar c = text[previous.start];
        if (c == u',' || c == u'(' || c == u'-' || c == u'&' || c == u'/')
            return false;
    } else if (Lexicon::contains(Lexicon::NameConnector, previous.hash)) {
        return false;
    }
    const qsizetype lineEnd = text.lastIndexOf(u'\n', token.start - 1);
    const qsizetype lineStart = lineEnd > 0 ? text.lastIndexOf(u'\n', lineEnd - 1) + 1 : 0;
    return lineEnd >= 0 && text.mid(lineStart, lineEnd - lineStart).trimmed().size() < 45;
}

// "Photo: AFP Huang was in central Taiwan": a credit run into the text still ends before it.
bool afterPhotoCredit(QStringView text, const QList<Token>& tokens, int i, int first)
{
    if (i < 3 || i - 3 < first || !tokens[i].has(Token::SpaceBefore) || !tokens[i].has(Token::Upper))
        return false;
    const Token& credit = tokens[i - 1];
    const QStringView label = text.mid(tokens[i - 3].start, tokens[i - 3].length());
    return credit.kind == Token::Word && credit.has(Token::AllUpper) && credit.length() >= 2 &&
           tokens[i - 2].kind == Token::Punct && text[tokens[i - 2].start] == u':' &&
           (label == u"Photo" || label == u"Photos" || label == u"PHOTO");
}

} // namespace

QList<Sentence> SentenceSplitter::split(QStringView text, const QList<Token>& tokens)
{
    QList<Sentence> sentences;
    const int n = int(tokens.size());
    int first = 0;
    auto close = [&](int endToken) {
        if (endToken <= first)
            return;
        sentences.append({tokens[first].start, tokens[endToken - 1].end, first, endToken});
        first = endToken;
    };
    for (int i = 0; i < n; ++i) {
        const Token& token = tokens[i];
        if (i > first && (token.has(Token::ParagraphBefore) || shortLineEnds(text, tokens, i) ||
                          afterPhotoCredit(text, tokens, i, first)))
            close(i);
        if (token.kind != Token::Punct)
            continue;
        const char16_t c = text[token.start].unicode();
        const bool chineseStop = c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
        if (c != u'.' && c != u'!' && c != u'?' && !chineseStop)
            continue;
        int next = i + 1;
        while (next < n && tokens[next].kind == Token::Punct && !tokens[next].has(Token::SpaceBefore) &&
               (isClosing(text[tokens[next].start].unicode()) || text[tokens[next].start] == u'.'))
            ++next;
        if (next >= n)
            break;
        if (chineseStop || (c != u'.' && tokens[next].has(Token::SpaceBefore)) ||
            (c == u'.' && stopEndsSentence(text, tokens, i, next))) {
            close(next);
            i = next - 1;
        }
    }
    close(n);
    return sentences;
}

} // namespace ws
