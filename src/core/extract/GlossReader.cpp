#include "extract/GlossReader.h"

#include <QList>
#include <QString>

namespace ws {

namespace {

bool isSeparator(const TextAnalysis& text, int i)
{
    return text.isPunct(i, u',') || text.isPunct(i, 0xFF0C) || text.isPunct(i, 0x3001) ||
           text.isPunct(i, u';');
}

bool isAbbreviation(const TextAnalysis& text, int first, int end)
{
    // One word, or words glued by hyphens ("CoWoS-L"); 2+ capitals; short.
    int upper = 0;
    int letters = 0;
    for (int t = first; t < end; ++t) {
        const Token& token = text.token(t);
        if (t > first && token.has(Token::SpaceBefore))
            return false;
        if (token.kind == Token::Punct) {
            if (!text.isPunct(t, u'-') && !text.isPunct(t, u'&'))
                return false;
            continue;
        }
        if (token.kind != Token::Word && token.kind != Token::Number)
            return false;
        for (QChar c : text.tokenText(t)) {
            if (c.isLetter()) {
                ++letters;
                if (c.isUpper())
                    ++upper;
            }
        }
    }
    const int length = text.token(end - 1).end - text.token(first).start;
    return upper >= 2 && letters >= 2 && length <= 12;
}

bool isHanPart(const TextAnalysis& text, int first, int end)
{
    for (int t = first; t < end; ++t) {
        if (text.token(t).kind != Token::Han && !text.isPunct(t, 0x00B7))
            return false;
    }
    return end > first;
}

// Whether letters[0..k] can be spelt by the initials of words[0..w] (from the right), each word
// giving its initial and maybe more of its letters in order; minor words may give nothing.
int align(const QList<QString>& words, const QString& letters, int w, int k, int depth)
{
    if (k < 0)
        return w + 1; // first word of the long form
    if (w < 0 || depth > 24)
        return -1;
    const QString& word = words[w];
    static const QStringList minor = {QStringLiteral("of"),  QStringLiteral("and"), QStringLiteral("the"),
                                      QStringLiteral("for"), QStringLiteral("on"),  QStringLiteral("in"),
                                      QStringLiteral("a"),   QStringLiteral("to"),  QStringLiteral("de")};
    // This word gives letters[k-m+1..k]: its initial first, the rest in order inside it.
    for (int m = 1; m <= k + 1 && m <= 3; ++m) {
        const int from = k - m + 1;
        if (word[0] != letters[from])
            continue;
        int pos = 1;
        bool ok = true;
        for (int j = from + 1; j <= k && ok; ++j) {
            pos = int(word.indexOf(letters[j], pos));
            ok = pos >= 0;
            ++pos;
        }
        if (!ok)
            continue;
        const int result = align(words, letters, w - 1, from - 1, depth + 1);
        if (result >= 0)
            return result;
    }
    if (minor.contains(word))
        return align(words, letters, w - 1, k, depth + 1);
    return -1;
}

} // namespace

bool Gloss::hasHan() const
{
    for (const Part& part : parts) {
        if (part.han)
            return true;
    }
    return false;
}

const Gloss::Part* Gloss::abbreviation() const
{
    for (const Part& part : parts) {
        if (!part.han)
            return &part;
    }
    return nullptr;
}

std::optional<Gloss> GlossReader::at(const TextAnalysis& text, int open)
{
    if (!(text.isPunct(open, u'(') || text.isPunct(open, 0xFF08)))
        return std::nullopt;
    Gloss gloss;
    gloss.open = open;
    const int limit = qMin(text.size(), open + 16);
    int partStart = open + 1;
    for (int t = open + 1; t < limit; ++t) {
        const bool close = text.isPunct(t, u')') || text.isPunct(t, 0xFF09);
        if (!close && !isSeparator(text, t))
            continue;
        if (t == partStart)
            return std::nullopt;
        Gloss::Part part{partStart, t, isHanPart(text, partStart, t)};
        if (!part.han && !isAbbreviation(text, partStart, t))
            return std::nullopt;
        gloss.parts.append(part);
        partStart = t + 1;
        if (close) {
            gloss.close = t;
            return gloss;
        }
    }
    return std::nullopt;
}

int GlossReader::longFormStart(const TextAnalysis& text, int end, QStringView abbreviation)
{
    QString letters;
    for (QChar c : abbreviation) {
        if (c.isLetter())
            letters.append(c.toLower());
    }
    if (letters.size() < 2 || end <= 0)
        return -1;
    // The words before `end` in its sentence, hyphenated parts split ("through-silicon").
    const int sentenceFirst = text.sentences()[text.sentenceOf(end - 1)].firstToken;
    QList<QString> words;
    QList<int> wordTokens;
    for (int t = end - 1; t >= sentenceFirst && words.size() < letters.size() + 4; --t) {
        const Token& token = text.token(t);
        if (token.kind == Token::Word) {
            words.prepend(text.tokenText(t).toString().toLower());
            wordTokens.prepend(t);
            continue;
        }
        if (text.isPunct(t, u'-') && !token.has(Token::SpaceBefore))
            continue;
        break;
    }
    if (words.isEmpty())
        return -1;
    const int first = align(words, letters, int(words.size()) - 1, int(letters.size()) - 1, 0);
    return first >= 0 && first < wordTokens.size() ? wordTokens[first] : -1;
}

// Chinese name endings that say what kind of thing is named.
std::optional<EntityType> GlossReader::typeFromHan(QStringView han)
{
    static const QList<std::pair<QString, EntityType>> endings = {
        {QStringLiteral("公司"), EntityType::Company},
        {QStringLiteral("集團"), EntityType::Company},
        {QStringLiteral("集团"), EntityType::Company},
        {QStringLiteral("科技"), EntityType::Company},
        {QStringLiteral("電子"), EntityType::Company},
        {QStringLiteral("电子"), EntityType::Company},
        {QStringLiteral("半導體"), EntityType::Company},
        {QStringLiteral("半导体"), EntityType::Company},
        {QStringLiteral("存儲"), EntityType::Company},
        {QStringLiteral("存储"), EntityType::Company},
        {QStringLiteral("銀行"), EntityType::Company},
        {QStringLiteral("银行"), EntityType::Company},
        {QStringLiteral("控股"), EntityType::Company},
        {QStringLiteral("工業"), EntityType::Company},
        {QStringLiteral("工业"), EntityType::Company},
        {QStringLiteral("公會"), EntityType::Organization},
        {QStringLiteral("公会"), EntityType::Organization},
        {QStringLiteral("協會"), EntityType::Organization},
        {QStringLiteral("协会"), EntityType::Organization},
        {QStringLiteral("大學"), EntityType::Organization},
        {QStringLiteral("大学"), EntityType::Organization},
        {QStringLiteral("委員會"), EntityType::Organization},
        {QStringLiteral("委员会"), EntityType::Organization},
        {QStringLiteral("部"), EntityType::Organization},
        {QStringLiteral("局"), EntityType::Organization},
        {QStringLiteral("署"), EntityType::Organization},
        {QStringLiteral("院"), EntityType::Organization},
        {QStringLiteral("會"), EntityType::Organization},
        {QStringLiteral("市"), EntityType::Place},
        {QStringLiteral("省"), EntityType::Place},
        {QStringLiteral("縣"), EntityType::Place},
        {QStringLiteral("县"), EntityType::Place},
    };
    for (const auto& [ending, type] : endings) {
        if (han.endsWith(ending))
            return type;
    }
    return std::nullopt;
}

} // namespace ws
