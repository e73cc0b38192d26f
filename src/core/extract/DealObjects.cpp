#include "extract/DealObjects.h"

#include "extract/DealCues.h"
#include "extract/DealObjectWords.h"
#include "extract/Lexicon.h"

#include <QSet>

namespace ws {

DealObjects::DealObjects(const TextAnalysis& text, const MentionIndex& mentions)
    : t(text), m(mentions), words(text, mentions)
{
}

// What an acquisition word acts on must be something companies buy and sell: a company, a unit,
// a stake. Securities and goods are traded, not acquired ("sells 100 mln dlrs of notes", "buy
// back its shares", "bought 500,000 tonnes"), unless they are a stake in another company.
bool DealObjects::businessObject(const DealTrigger& trigger, int first, int end, int limit,
                                 int* stakeOwner) const
{
    static const quint64 its = word(u"its");
    static const quint64 their = word(u"their");
    static const quint64 own = word(u"own");
    static const quint64 of = word(u"of");
    static const quint64 in = word(u"in");
    static const quint64 to = word(u"to");
    static const quint64 a = word(u"a");
    static const quint64 an = word(u"an");
    static const quint64 worth = word(u"worth");
    const bool sale = trigger.subjectRole == QLatin1String("seller");
    static const QStringList companyWords = {QStringLiteral("merg"), QStringLiteral("takeover"),
                                             QStringLiteral("buyout"), QStringLiteral("tender offer"),
                                             QStringLiteral("acquisition")};
    bool corporate = false;
    for (const QString& w : companyWords)
        corporate = corporate || trigger.phrase.contains(w, Qt::CaseInsensitive);
    int k = objectStart(trigger, end, limit);
    for (; k < qMin(limit, end + 12); ++k) {
        const quint64 h = t.token(k).hash;
        if (t.isPunct(k, u';') ||
            (t.isPunct(k, u'.') && (k + 1 >= limit || t.token(k + 1).has(Token::SpaceBefore))) ||
            DealCues::is(DealCues::Saying, h) || words.endsObject(k, end, limit))
            break;
        // "sold to Tencent Holdings", "sold to the new joint venture", "bought from a subsidiary of
        // Delta", "sold through dealers": the other side, not what is sold. A merger or a takeover
        // is of companies whichever side the name is on ("merger talks with Beta").
        if (partyPreposition(trigger, k)) {
            const int phraseEnd = partyPhraseEnd(k + 1, limit);
            for (int j = k + 1; j < phraseEnd && corporate; ++j) {
                if ((m.at(j) >= 0 && m.type(m.at(j)) == EntityType::Company) ||
                    (m.at(j) < 0 && DealCues::isBusinessNoun(t.token(j).hash)))
                    return true;
            }
            k = phraseEnd - 1;
            continue;
        }
        // "a 25 pct stake worth five mln krone in Beta": a value, not what is bought.
        if (t.is(k, worth))
            continue;
        const int mention = m.at(k);
        // "sell its fab": the technology word is the business sold.
        const bool businessWord = mention >= 0 && m.type(mention) == EntityType::Technology &&
                                  m.end(mention) == k + 1 && DealCues::isBusinessNoun(h);
        if (mention >= 0 && !businessWord) {
            int after = m.end(mention);
            // "Acme Electric Corp <ACM>": a ticker repeats the name before it.
            if (t.isPunct(k - 1, u'<') && t.isPunct(after, u'>') && m.at(k - 2) >= 0) {
                k = after;
                continue;
            }
            // "..., Morgan Stanley said", "..., one U.S. Bank source noted": who speaks, not what
            // changes hands.
            if (t.isPunct(k - 1, u',') || (t.isPunct(k - 2, u',') && t.token(k - 1).kind == Token::Word &&
                                           !t.token(k - 1).has(Token::Upper))) {
                const int verb = after < limit && !t.token(after).has(Token::Upper) &&
                                         !DealCues::is(DealCues::Saying, t.token(after).hash)
                                     ? after + 1
                                     : after;
                if (verb < limit && DealCues::is(DealCues::Saying, t.token(verb).hash))
                    break;
            }
            // "a Zeta supercomputer", "a Boeing 747": a product of the company, not the company.
            const bool product = k - 1 >= end && (t.is(k - 1, a) || t.is(k - 1, an));
            if (product ||
                (m.type(mention) != EntityType::Company && m.type(mention) != EntityType::Organization)) {
                k = after - 1;
                continue;
            }
            // "Zeta-compatible computers": the name only qualifies what follows.
            if (t.isPunct(after, u'-') && !t.token(after).has(Token::SpaceBefore)) {
                k = after;
                continue;
            }
            // "its Falcon line of telephone systems": a product line named for the company.
            if (words.goodsLine(after))
                return false;
            // "Beta's unit", "Beta's stock": what the company owns; "Kappa Air's 747 fleet": goods.
            if (t.isPunct(after, u'\'') || t.isPunct(after, 0x2019))
                return !words.ownedGoods(after + 1, limit);
            // "Beta shares" is a stake; "Boeing 747s", "Zeta sedans", "ACME <ACM> computer products" are goods.
            // (A ticker between: "ACME <ACM> computer products"; a name read with its ticker's "<T".)
            const int goods = t.isPunct(after, u'>') ? after + 1 : words.pastTicker(after, limit);
            if (goods < limit && DealCues::isSecurity(t.token(goods).hash))
                return !words.ownedGoods(goods, limit);
            if (after < limit && !t.token(after).has(Token::SpaceBefore))
                return true;
            if (after < limit &&
                (t.token(after).kind == Token::Number || t.text()[t.token(after).start].isDigit() ||
                 (t.token(after).has(Token::Upper) && m.at(after) < 0)))
                return false;
            return true;
        }
        // "the division's products": a noun before a possessive only modifies the object.
        const bool possessed = t.isPunct(k + 1, u'\'') || t.isPunct(k + 1, 0x2019);
        // "13 pct subordinated notes", "equity capital": a word qualifying securities. "its newest
        // line of tools" is goods; "a line of business" or a line alone is a business.
        // "..., the company said": the speaker.
        if (DealCues::isBusinessNoun(h) && k + 1 < limit &&
            DealCues::is(DealCues::Saying, t.token(k + 1).hash))
            break;
        if (DealCues::isBusinessNoun(h) && !possessed && !words.goodsLine(k) &&
            !words.qualifies(k, limit, true) && !words.securityUnits(k) && !words.shareOfGoods(k, limit))
            return true;
        // "its oil and gas operations", "financial services unit": goods qualifying a business.
        if (DealCues::isSecurity(h) && !words.qualifies(k, limit, false)) {
            if (k > 0 && (t.is(k - 1, its) || t.is(k - 1, their) || t.is(k - 1, own)) && !sale)
                return false;
            // "shares of Gamma", "stock in Gamma": a stake; "sold ... shares to Sigma": a
            // stake changes hands (a sum of money is not a stake).
            const bool money = DealCues::is(DealCues::Currency, h);
            // "30 mln dlrs of debentures": what the sum buys is the object.
            if (money && t.is(k + 1, of) && k + 2 < limit && m.at(k + 2) < 0 &&
                DealCues::isSecurity(t.token(k + 2).hash)) {
                ++k;
                continue;
            }
            // "debentures in Lambda", "warrants exercisable into shares of Theta": debt and
            // entitlements are no stake, whoever issued them; nor are new shares, issued to raise
            // money ("the sale of 25,000 new bearer shares of Omega").
            if (DealObjectWords::isDebt(h) || words.newIssue(k) ||
                (!money && !DealObjectWords::isEquityWord(h)))
                return false;
            for (int j = k + 1; j < qMin(limit, k + (money ? 3 : 12)); ++j) {
                const bool link = t.is(j, of) || t.is(j, in) || (sale && !money && t.is(j, to));
                if (!link || j + 1 >= limit)
                    continue;
                const int owner = m.soonAfter(j + 1, limit, 3);
                if (owner >= 0 && m.type(owner) == EntityType::Company) {
                    if (stakeOwner)
                        *stakeOwner = owner;
                    return true;
                }
            }
            return false;
        }
    }
    // A relative clause whose object is the name before it: "Glidden Corp, which Beta bought last month".
    static const quint64 which = word(u"which");
    for (int k = first - 1; k >= qMax(1, first - 5); --k) {
        if (t.isPunct(k, u',') || t.isPunct(k, u';'))
            break;
        if (t.is(k, which) && t.isPunct(k - 1, u',')) {
            const int before = m.at(k - 2);
            return (before >= 0 && m.type(before) == EntityType::Company) ||
                   (k >= 2 && DealCues::isBusinessNoun(t.token(k - 2).hash));
        }
    }
    // A noun trigger after its object: "the Gamma acquisition", "Gamma's sale"; a participle after
    // it: "the fourth municipal system acquired by Energen".
    const bool participle = trigger.objectRole.isEmpty() && trigger.subjectRole == QLatin1String("target");
    if (!isNoun(trigger) && !participle)
        return false;
    for (int k = first - 1; k >= qMax(0, first - 8); --k) {
        // "Acme Corp's 1.5 billion dlr takeover offer": back over the sum.
        if (t.token(k).kind == Token::Number || DealCues::is(DealCues::Modifier, t.token(k).hash) ||
            DealCues::is(DealCues::NumberWord, t.token(k).hash))
            continue;
        // "ACME <ACM> ACQUISITION": a ticker marks a company.
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

// A preposition that introduces the other side of a deal or a circumstance, not what changes hands:
// "to" after a sale, "from" after a purchase, "by", "through", "at", "under". "of" and "in" lead to
// what is bought ("shares of Beta", "a stake in Beta").
bool DealObjects::partyPreposition(const DealTrigger& trigger, int k) const
{
    static const quint64 of = word(u"of");
    static const quint64 in = word(u"in");
    static const quint64 to = word(u"to");
    static const quint64 up = word(u"up");
    // "over five pct", "about 20 pct", "up to three mln shares", "30 to 40 pct": a quantity.
    // ("under" leads a circumstance unless a number follows: "sell them under its brand".)
    static const QSet<quint64> quantities = {word(u"over"),         word(u"about"), word(u"around"),
                                             word(u"than"),         word(u"as"),    word(u"nearly"),
                                             word(u"approximately")};
    if (t.token(k).kind != Token::Word || !DealCues::isPreposition(t.token(k).hash) || t.is(k, of) ||
        t.is(k, in) || quantities.contains(t.token(k).hash) || (t.is(k, to) && t.is(k - 1, up)))
        return false;
    if (k + 1 < t.size() &&
        (t.token(k + 1).kind == Token::Number || t.text()[t.token(k + 1).start].isDigit() ||
         DealCues::is(DealCues::NumberWord, t.token(k + 1).hash)))
        return false;
    const QString* role = trigger.roleAfter(t.token(k).hash, t.tokenText(k));
    return !role || *role != QLatin1String("target");
}

// The end of the phrase a party preposition leads ("to a subsidiary of Delta Co", "to
// International Tours Inc, a Epsilon unit,"): the next punctuation or preposition other than
// "of", past an apposition that describes the party.
int DealObjects::partyPhraseEnd(int from, int limit) const
{
    static const quint64 of = word(u"of");
    const auto boundary = [&](int j) {
        const Token& token = t.token(j);
        if (m.at(j) >= 0)
            return false;
        // "to <Socanav Inc>": the brackets of a wire name are part of the party.
        if (token.kind == Token::Punct)
            return !t.isPunct(j, u'-') && !t.isPunct(j, u'\'') && !t.isPunct(j, 0x2019) &&
                   !t.isPunct(j, u'&') && !t.isPunct(j, u'<') && !t.isPunct(j, u'>');
        return DealCues::isPreposition(token.hash) && !t.is(j, of);
    };
    int j = from;
    while (j < limit && !boundary(j))
        ++j;
    if (j + 1 < limit && t.isPunct(j, u',') && DealCues::isDeterminer(t.token(j + 1).hash)) {
        for (j += 2; j < limit && !t.isPunct(j, u',') && !t.isPunct(j, u';'); ++j) {
        }
    }
    return j;
}

// Where the object of a trigger starts. A noun ("the acquisition", "the purchase") takes its object
// through a preposition or a name ("acquisition of Beta", "merger agreement with Beta", "purchase
// Beta"); "the purchase equals 5.2 pct of its shares" or "the purchase will take the fleet to 28"
// give it none, so the object is looked for before the noun only ("the Gamma acquisition").
int DealObjects::objectStart(const DealTrigger& trigger, int end, int limit) const
{
    static const QSet<quint64> links = {word(u"of"),      word(u"for"),  word(u"from"), word(u"by"),
                                        word(u"with"),    word(u"to"),   word(u"in"),   word(u"into"),
                                        word(u"between"), word(u"among")};
    if (!trigger.phrase.startsWith(QLatin1String("purchase"), Qt::CaseInsensitive) ||
        trigger.phrase.contains(QLatin1Char(' ')))
        return end;
    int k = end;
    while (k < limit && DealCues::is(DealCues::DealNoun, t.token(k).hash))
        ++k;
    if (k >= limit)
        return limit;
    const Token& token = t.token(k);
    const bool object = links.contains(token.hash) || m.at(k) >= 0 || DealCues::isBusinessNoun(token.hash) ||
                        DealCues::isSecurity(token.hash) || DealCues::isDeterminer(token.hash) ||
                        token.kind == Token::Number || t.text()[token.start].isDigit() ||
                        token.has(Token::CapsLine);
    return object ? end : limit;
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

bool DealObjects::isPastTense(const DealTrigger& trigger)
{
    static const QStringList past = {QStringLiteral("acquired"),  QStringLiteral("bought"),
                                     QStringLiteral("purchased"), QStringLiteral("sold"),
                                     QStringLiteral("taken"),     QStringLiteral("divested"),
                                     QStringLiteral("merged")};
    return past.contains(trigger.phrase.section(QLatin1Char(' '), 0, 0).toLower());
}

// A wire headline in capitals: "ACME AGREES TO ACQUIRE BETA INTERNATIONAL". Its names are
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
