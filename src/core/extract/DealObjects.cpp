#include "extract/DealObjects.h"

#include "extract/DealCues.h"
#include "extract/Lexicon.h"

#include <QSet>

namespace ws {

DealObjects::DealObjects(const TextAnalysis& text, const MentionIndex& mentions) : t(text), m(mentions) {}

// What an acquisition word acts on must be something companies buy and sell: a company, a unit,
// a stake. Securities and goods are traded, not acquired ("sells 100 mln dlrs of notes", "buy
// back its shares", "bought 500,000 tonnes"), unless they are a stake in another company.
bool DealObjects::businessObject(const DealTrigger& trigger, int first, int end, int limit) const
{
    static const quint64 its = word(u"its");
    static const quint64 their = word(u"their");
    static const quint64 own = word(u"own");
    static const quint64 of = word(u"of");
    static const quint64 in = word(u"in");
    static const quint64 to = word(u"to");
    const bool sale = trigger.subjectRole == QLatin1String("seller");
    for (int k = end; k < qMin(limit, end + 12); ++k) {
        const quint64 h = t.token(k).hash;
        if (t.isPunct(k, u';') ||
            (t.isPunct(k, u'.') && (k + 1 >= limit || t.token(k + 1).has(Token::SpaceBefore))))
            break;
        // "the division's products": a noun before a possessive only modifies the object.
        const bool possessed = t.isPunct(k + 1, u'\'') || t.isPunct(k + 1, 0x2019);
        if (DealCues::isBusinessNoun(h) && !possessed)
            return true;
        const int mention = m.at(k);
        // "sold to Tencent": the buyer, not what is sold.
        const bool party = k - 1 >= end && m.at(k - 1) != mention && DealCues::isPreposition(t.token(k - 1).hash) &&
                           !t.is(k - 1, of) && !t.is(k - 1, in);
        if (mention >= 0 && !party &&
            (m.type(mention) == EntityType::Company || m.type(mention) == EntityType::Organization)) {
            // "Tylan shares" is a stake; "Boeing 747s" and "Ford Tempos" are goods.
            const int after = m.end(mention);
            if (after < limit && !t.token(after).has(Token::SpaceBefore))
                return true;
            if (after < limit && DealCues::isSecurity(t.token(after).hash))
                return true;
            if (after < limit &&
                (t.token(after).kind == Token::Number || t.text()[t.token(after).start].isDigit() ||
                 (t.token(after).has(Token::Upper) && m.at(after) < 0)))
                return false;
            return true;
        }
        if (DealCues::isSecurity(h)) {
            if (k > 0 && (t.is(k - 1, its) || t.is(k - 1, their) || t.is(k - 1, own)) && !sale)
                return false;
            // "shares of Cyclops", "stock in Cyclops": a stake; "sold ... shares to Sedio": a
            // stake changes hands.
            for (int j = k + 1; j < qMin(limit, k + 12); ++j) {
                const bool link = t.is(j, of) || t.is(j, in) || (sale && t.is(j, to));
                if (!link || j + 1 >= limit)
                    continue;
                const int owner = m.soonAfter(j + 1, limit, 3);
                if (owner >= 0 && m.type(owner) == EntityType::Company)
                    return true;
            }
            return false;
        }
    }
    // A noun trigger after its object: "the Cyclops acquisition", "Cyclops's sale".
    if (!isNoun(trigger))
        return false;
    for (int k = first - 1; k >= qMax(0, first - 3); --k) {
        // "CELANESE <CZ> ACQUISITION": a ticker marks a company.
        if (t.isPunct(k, u'>') && k >= 2 && (t.isPunct(k - 2, u'<') || t.isPunct(k - 3, u'<')))
            return true;
        if (DealCues::isBusinessNoun(t.token(k).hash) ||
            (m.at(k) >= 0 && m.type(m.at(k)) == EntityType::Company))
            return true;
        const bool possessive = t.isPunct(k, u'\'') || t.isPunct(k, 0x2019) || t.tokenText(k) == u"s";
        if (!possessive)
            break;
    }
    return false;
}

bool DealObjects::isNoun(const DealTrigger& trigger)
{
    static const QStringList nouns = {
        QStringLiteral("acquisition"), QStringLiteral("takeover"), QStringLiteral("merger"),
        QStringLiteral("buyout"),      QStringLiteral("purchase"), QStringLiteral("sale"),
        QStringLiteral("stake"),       QStringLiteral("bid"),      QStringLiteral("offer"),
        QStringLiteral("divestiture"), QStringLiteral("disposal")};
    for (const QString& noun : nouns) {
        if (trigger.phrase.contains(noun) && !trigger.phrase.startsWith(QLatin1String("purchased")))
            return true;
    }
    return false;
}

// A wire headline in capitals: "PITTSTON AGREES TO ACQUIRE WTC INTERNATIONAL". Its names are
// often not recognised (no case to go by), so the words before the verb and after it stand for
// the parties, by text.
bool DealObjects::isHeadline(const Sentence& sentence) const
{
    for (int k = sentence.firstToken; k < sentence.endToken; ++k) {
        if (!t.token(k).has(Token::CapsLine))
            return false;
    }
    return sentence.endToken > sentence.firstToken;
}

// The words of a name from token `from`: [from, end) in the returned pair, end == from when none.
std::pair<int, int> DealObjects::headlineName(int from, int limit, bool subject) const
{
    static const QSet<quint64> stops = [] {
        QSet<quint64> set;
        for (const char16_t* w :
             {u"says",    u"said",    u"sees",       u"to",       u"agrees",  u"agreed",    u"plans",
              u"plan",    u"seeks",   u"makes",      u"making",   u"has",     u"have",      u"had",
              u"is",      u"are",     u"was",        u"will",     u"may",     u"considers", u"in",
              u"unit",    u"units",   u"sets",       u"gets",     u"wins",    u"completes", u"ends",
              u"extends", u"rejects", u"raises",     u"ups",      u"cuts",    u"boosts",    u"lowers",
              u"offers",  u"for",     u"of",         u"on",       u"at",      u"by",        u"with",
              u"from",    u"its",     u"it",         u"not",      u"holders", u"stake",     u"shares",
              u"share",   u"group",   u"talks",      u"bid",      u"offer",   u"and",       u"the",
              u"a",       u"an",      u"into",       u"after",    u"over",    u"up",        u"sale",
              u"merger",  u"buys",    u"sells",      u"acquires", u"buy",     u"sell",      u"acquire",
              u"mln",     u"billion", u"two",        u"three",    u"four",    u"five",      u"six",
              u"seven",   u"eight",   u"nine",       u"ten",      u"one",     u"pct",       u"dlrs",
              u"dlr",     u"unit's",  u"subsidiary", u"division", u"assets"})
            set.insert(word(w));
        return set;
    }();
    int k = from;
    if (!subject) {
        while (k < limit && DealCues::isDeterminer(t.token(k).hash))
            ++k;
    }
    const int first = k;
    while (k < limit && t.token(k).kind == Token::Word && !stops.contains(t.token(k).hash) &&
           !DealCues::isSecurity(t.token(k).hash) && m.at(k) < 0 &&
           !(k == first && t.token(k).kind == Token::Number))
        ++k;
    if (k == first || !t.text()[t.token(first).start].isLetter())
        return {first, first};
    // "SELLS JORDAN TWO CARGOES OF SUGAR": goods, not a company.
    for (int j = k; j < qMin(limit, k + 3) && !DealCues::isPreposition(t.token(j).hash); ++j) {
        if (DealCues::isSecurity(t.token(j).hash))
            return {first, first};
    }
    return {first, k};
}

// Whether headline words name a company: they hold a company word (CORP, BANK, GROUP), or the
// story names a company starting with the same word, or the story is a headline alone.
bool DealObjects::headlineCompany(std::pair<int, int> span) const
{
    if (span.second <= span.first)
        return false;
    for (int k = span.first; k < span.second; ++k) {
        const quint64 h = t.token(k).hash;
        if (Lexicon::contains(Lexicon::LegalSuffix, h) || Lexicon::contains(Lexicon::CompanyHead, h) ||
            DealCues::isBusinessNoun(h))
            return true;
    }
    const QStringView head = t.tokenText(span.first);
    for (const ExtractedEntity& entity : m.story().entities) {
        if (entity.type == EntityType::Company && entity.name.startsWith(head, Qt::CaseInsensitive) &&
            (entity.name.size() == head.size() || !entity.name[head.size()].isLetterOrNumber()))
            return true;
    }
    int words = 0;
    for (int k = 0; k < t.size(); ++k)
        words += !t.token(k).has(Token::CapsLine) && t.token(k).kind == Token::Word;
    return words < 6;
}

} // namespace ws
