#include "extract/DealReference.h"

#include "extract/DealCues.h"
#include "extract/MentionIndex.h"
#include "extract/Tokenizer.h"

#include <algorithm>
#include <array>

namespace ws {

namespace {

// Grammar, not vocabulary: the words that make a noun phrase point back at something told before.
bool isDefinite(quint64 hash)
{
    static const std::array<quint64, 7> words = {
        Tokenizer::hashOf(u"the"), Tokenizer::hashOf(u"this"), Tokenizer::hashOf(u"that"),
        Tokenizer::hashOf(u"these"), Tokenizer::hashOf(u"its"), Tokenizer::hashOf(u"their"),
        Tokenizer::hashOf(u"such")};
    return std::find(words.begin(), words.end(), hash) != words.end();
}

} // namespace

bool DealReference::modifiesTheDeal(int k) const
{
    const Token& token = t.token(k);
    if (token.kind == Token::Number || m.at(k) >= 0)
        return true; // "the US$35 billion deal", "the AWS deal"
    if (token.kind == Token::Punct) {
        const QChar c = t.text()[token.start];
        // Sums and names: "US$", "Nvidia-Intel", "Nvidia's", "1.5".
        return c == u'$' || c == u'€' || c == u'¥' || c == u'£' || c == u'-' || c == u'\'' || c == u'’' ||
               c == u'.';
    }
    if (token.kind != Token::Word)
        return false;
    // Currency prefixes ("US", "NT", "HK") and the possessive's "s".
    if ((token.has(Token::AllUpper) && token.length() <= 3) || (token.length() == 1 && k > 0 && t.isPunct(k - 1, u'\'')))
        return true;
    return DealCues::is(DealCues::Modifier, token.hash) || DealCues::is(DealCues::NumberWord, token.hash);
}

bool DealReference::refersBack(int trigger) const
{
    constexpr int reach = 8; // "the roughly US$ 35 billion all-cash" and the like
    const int sentenceStart = t.sentences()[t.sentenceOf(trigger)].firstToken;
    for (int k = trigger - 1; k >= sentenceStart && k >= trigger - reach; --k) {
        if (t.token(k).kind == Token::Word && isDefinite(t.token(k).hash))
            return true;
        if (!modifiesTheDeal(k))
            return false;
    }
    return false;
}

} // namespace ws
