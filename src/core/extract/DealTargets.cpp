#include "extract/DealTargets.h"

#include "extract/DealCues.h"
#include "extract/DealObjects.h"

#include <QSet>

namespace ws {

DealTargets::DealTargets(const TextAnalysis& text, const MentionIndex& mentions) : t(text), m(mentions) {}

QString DealTargets::notParticular(const DealTrigger& trigger, int first, int end, int limit) const
{
    Q_UNUSED(first);
    if (kindInGeneral(trigger, end, limit))
        return QStringLiteral("generic");
    if (ownUnits(trigger, end, limit))
        return QStringLiteral("internal");
    return {};
}

// "to acquire operating companies and assets", "purchasing troubled companies", "the acquisition of
// additional facilities": a plural with no article, number or name before it names a kind of
// business. ("sold its units", "bought two banks", "acquired Texas banks" are particular, and so is
// a headline's plural: "CABLEVISION BUYS STATIONS" drops its articles.)
bool DealTargets::kindInGeneral(const DealTrigger& trigger, int end, int limit) const
{
    static const QSet<quint64> kinds = {
        word(u"companies"), word(u"firms"),     word(u"banks"),      word(u"businesses"),
        word(u"stores"),    word(u"chains"),    word(u"hotels"),     word(u"restaurants"),
        word(u"outlets"),   word(u"stations"),  word(u"newspapers"), word(u"mills"),
        word(u"plants"),    word(u"factories"), word(u"facilities"), word(u"hospitals"),
        word(u"theaters"),  word(u"theatres"),  word(u"mines"),      word(u"insurers"),
        word(u"branches"),  word(u"assets"),    word(u"properties"), word(u"subsidiaries"),
        word(u"divisions"), word(u"units"),     word(u"operations"), word(u"concerns"),
        word(u"reserves"),  word(u"offices")};
    // Words that leave the plural general: "additional facilities", "other companies".
    static const QSet<quint64> open = {word(u"additional"), word(u"other"),  word(u"more"),
                                       word(u"further"),    word(u"new"),    word(u"smaller"),
                                       word(u"small"),      word(u"private")};
    static const quint64 of = word(u"of");
    const QString phrase = trigger.phrase;
    const bool ofPhrase = phrase.endsWith(QLatin1String(" of")); // "acquisition of", "sale of"
    if ((phrase.contains(QLatin1Char(' ')) && !ofPhrase) || trigger.subjectRole.isEmpty() ||
        trigger.objectRole.isEmpty() || phrase.endsWith(QLatin1String("ed")) ||
        phrase == QLatin1String("bought") || phrase == QLatin1String("sold"))
        return false;
    int k = end;
    if (DealObjects::isNoun(trigger) && !ofPhrase) {
        if (!t.is(k, of))
            return false;
        ++k;
    }
    for (int words = 0; k < limit && words < 5; ++k, ++words) {
        const Token& token = t.token(k);
        if (token.kind != Token::Word || m.at(k) >= 0 || token.has(Token::Upper) ||
            token.has(Token::CapsLine))
            return false;
        if (kinds.contains(token.hash))
            break;
        if (DealCues::isPreposition(token.hash) ||
            (DealCues::isDeterminer(token.hash) && !open.contains(token.hash)) ||
            DealCues::isBusinessNoun(token.hash) || DealCues::is(DealCues::NumberWord, token.hash) ||
            t.text()[token.start].isDigit())
            return false;
    }
    if (k >= limit || !kinds.contains(t.token(k).hash))
        return false;
    // A named seller makes the deal particular: "bought stations from Beta Corp".
    for (int j = k + 1; j < limit && !t.isPunct(j, u';'); ++j) {
        if (m.at(j) >= 0 && m.type(m.at(j)) == EntityType::Company)
            return false;
    }
    return true;
}

bool DealTargets::unitNoun(int k) const
{
    static const QSet<quint64> units = {word(u"unit"),         word(u"units"),      word(u"subsidiary"),
                                        word(u"subsidiaries"), word(u"division"),   word(u"divisions"),
                                        word(u"affiliate"),    word(u"affiliates"), word(u"operations")};
    // `k` may be just past a name that ends the text.
    return k >= 0 && k < t.size() && units.contains(t.token(k).hash);
}

// "will merge with two other Acme units", "the merger of its two subsidiaries", "to merge its
// Canadian unit into its U.S. unit": a group rearranging what it owns. A company named outside
// that ("merge its unit with Gamma Corp") makes it a deal.
bool DealTargets::ownUnits(const DealTrigger& trigger, int end, int limit) const
{
    static const QSet<quint64> own = {word(u"its"), word(u"their"), word(u"other")};
    if (!trigger.phrase.contains(QLatin1String("merg")) && !trigger.phrase.contains(QLatin1String("combin")))
        return false;
    bool owned = false;
    int clause = end;
    while (clause < limit && !t.isPunct(clause, u';') && !t.isPunct(clause, u',') && clause < end + 16)
        ++clause;
    for (int k = end; k < clause; ++k) {
        const int mention = m.at(k);
        if (mention >= 0) {
            // "two other Acme units": a name qualifying a unit is the group's own.
            const int after = m.end(mention);
            if (m.type(mention) == EntityType::Company && !unitNoun(after) &&
                !(after < clause && unitNoun(after + 1)))
                return false;
            k = after - 1;
            continue;
        }
        // "its two units", "two other Acme units", "MERGES TWO UNITS".
        if (own.contains(t.token(k).hash) || DealCues::is(DealCues::NumberWord, t.token(k).hash)) {
            for (int j = k + 1; j < qMin(clause, k + 5); ++j)
                owned = owned || unitNoun(j);
        }
    }
    return owned;
}

} // namespace ws
