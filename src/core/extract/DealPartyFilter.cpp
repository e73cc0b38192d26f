#include "extract/DealPartyFilter.h"

#include "extract/DealCues.h"

#include <QSet>

namespace ws {

bool DealPartyFilter::isCredit(int mention) const
{
    const int first = m.first(mention);
    const int end = m.end(mention);
    if (end >= t.size() ||
        !(first == 0 || t.startsSentence(first) || t.token(first).has(Token::NewlineBefore)))
        return false;
    const bool dash = t.token(end).has(Token::SpaceBefore) &&
                      (t.isPunct(end, u'-') || t.isPunct(end, 0x2013) || t.isPunct(end, 0x2014));
    const bool dateline = m.type(mention) == EntityType::Place && t.token(first).has(Token::AllUpper) &&
                          (t.isPunct(end, u'(') || t.isPunct(end, u',') || dash);
    return dash || dateline;
}

bool DealPartyFilter::qualifiesNoun(int mention) const
{
    // Small words after a place that leave it a noun of its own.
    static const QSet<quint64> connectives = [] {
        QSet<quint64> set;
        for (const char16_t* w :
             {u"and",       u"or",      u"but",       u"nor",    u"that",  u"which", u"who",     u"after",
              u"because",   u"since",   u"until",     u"unless", u"if",    u"as",    u"when",    u"while",
              u"amid",      u"despite", u"following", u"last",   u"this",  u"next",  u"earlier", u"later",
              u"yesterday", u"today",   u"will",      u"would",  u"could", u"can",   u"may",     u"might",
              u"should",    u"must",    u"has",       u"have",   u"had",   u"also",  u"itself",  u"said"})
            set.insert(word(w));
        return set;
    }();
    if (m.type(mention) != EntityType::Place)
        return false;
    const int after = m.end(mention);
    if (after >= t.size() || t.token(after).kind != Token::Word || t.token(after).has(Token::Upper) ||
        !t.token(after).has(Token::SpaceBefore))
        return false;
    const quint64 h = t.token(after).hash;
    return !DealCues::is(DealCues::Preposition, h) && !DealCues::is(DealCues::Determiner, h) &&
           !DealCues::is(DealCues::BeForm, h) && !DealCues::is(DealCues::Saying, h) &&
           !connectives.contains(h);
}

bool DealPartyFilter::stopsTrade(const Sentence& sentence, const Deal& deal) const
{
    for (const DealParty& party : deal.parties) {
        if (party.role == QLatin1String("target"))
            return true;
    }
    for (int k = sentence.firstToken; k < sentence.endToken; ++k) {
        const int mention = m.at(k);
        const bool named = mention >= 0 && (m.type(mention) == EntityType::Technology ||
                                            m.type(mention) == EntityType::Product);
        if (named || (mention < 0 && DealCues::is(DealCues::TradeObject, t.token(k).hash)))
            return true;
    }
    return false;
}

} // namespace ws
