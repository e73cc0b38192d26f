#include "extract/DealSecurities.h"

#include "extract/DealCues.h"

#include <QSet>

namespace ws {

namespace {

// Who takes securities in an offering, or the offering itself.
bool offeringWord(const TextAnalysis& t, int k)
{
    static const QSet<quint64> words = {word(u"underwriter"), word(u"underwriters"), word(u"underwriting"),
                                        word(u"offering"),    word(u"offerings"),    word(u"placement"),
                                        word(u"placements"),  word(u"flotation"),    word(u"syndicate")};
    // ("sold to the public" is left alone: a state selling a company to the public privatises it.)
    return words.contains(t.token(k).hash);
}

} // namespace

DealSecurities::DealSecurities(const TextAnalysis& text) : t(text) {}

QString DealSecurities::reason(const DealTrigger& trigger, int first, int end, int floor) const
{
    if (offering(trigger, first, end, floor))
        return QStringLiteral("offering");
    if (rightsCondition(first, floor))
        return QStringLiteral("rights plan");
    if (stockPrice(trigger, end))
        return QStringLiteral("stock price");
    return {};
}

// "to be sold through underwriters", "will be sold in offerings led by",
// "sold privately 24 units", "underwriters have an option to buy": securities placed with
// investors, not a company changing hands. (An offering named before the deal word, "proceeds of
// the offering will be used to buy Beta", leaves the deal alone.)
bool DealSecurities::offering(const DealTrigger& trigger, int first, int end, int floor) const
{
    static const quint64 privately = word(u"privately");
    static const quint64 publicly = word(u"publicly");
    static const quint64 held = word(u"held");
    static const quint64 owned = word(u"owned");
    // "sold privately", not "acquire privately-held Beta".
    const auto placed = [&](int k) {
        return (t.is(k, privately) || t.is(k, publicly)) && !t.isPunct(k + 1, u'-') && !t.is(k + 1, held) &&
               !t.is(k + 1, owned);
    };
    if (placed(end) || placed(first - 1))
        return true;
    static const QSet<quint64> sides = {word(u"to"), word(u"through"), word(u"by"), word(u"in"),
                                        word(u"via")};
    const int sentence = t.sentenceOf(first);
    for (int k = first + 1;
         k < qMin(t.size(), end + 12) && t.sentenceOf(k) == sentence && !t.isPunct(k, u';'); ++k) {
        if (!sides.contains(t.token(k).hash))
            continue;
        for (int j = k + 1; j < qMin(t.size(), k + 4) && t.token(j).kind == Token::Word; ++j) {
            if (offeringWord(t, j))
                return true;
        }
    }
    // "underwriters have an option to buy": the underwriters take up the offering.
    static const quint64 underwriters = word(u"underwriters");
    static const quint64 underwriter = word(u"underwriter");
    if (trigger.subjectRole != QLatin1String("buyer"))
        return false;
    for (int k = first - 1; k >= qMax(floor, first - 6); --k) {
        if (!t.is(k, underwriters) && !t.is(k, underwriter))
            continue;
        int j = k - 1;
        while (j >= floor && DealCues::isDeterminer(t.token(j).hash))
            --j;
        // "the proceeds of the underwriters": not who buys.
        if (j < floor || !DealCues::isPreposition(t.token(j).hash))
            return true;
    }
    return false;
}

// "The rights will be exercisable only if a person or group acquires 20 pct", "the rights may be
// exercised ten days following the acquisition of 20 pct": the event a rights plan guards against,
// not a deal.
bool DealSecurities::rightsCondition(int first, int floor) const
{
    static const QSet<quint64> rights = {word(u"rights"), word(u"warrants")};
    static const QSet<quint64> conditions = {word(u"if"),       word(u"unless"),    word(u"should"),
                                             word(u"upon"),     word(u"following"), word(u"after"),
                                             word(u"before"),   word(u"until"),     word(u"when"),
                                             word(u"whenever"), word(u"once")};
    bool condition = false;
    for (int k = first - 1; k >= floor; --k) {
        condition = condition || conditions.contains(t.token(k).hash);
        if (rights.contains(t.token(k).hash))
            return condition;
    }
    return false;
}

// "the stock is selling at 48 pct of its asset value", "shares were trading at about 20": a price.
bool DealSecurities::stockPrice(const DealTrigger& trigger, int end) const
{
    static const quint64 at = word(u"at");
    static const QSet<quint64> approximately = {word(u"about"),   word(u"around"), word(u"nearly"),
                                                word(u"roughly"), word(u"a"),      word(u"an"),
                                                word(u"over"),    word(u"under"),  word(u"between")};
    if (trigger.subjectRole != QLatin1String("seller") || trigger.phrase.contains(QLatin1Char(' ')) ||
        !t.is(end, at) || end + 1 >= t.size())
        return false;
    const Token& next = t.token(end + 1);
    return next.kind == Token::Number || t.text()[next.start].isDigit() || approximately.contains(next.hash);
}

} // namespace ws
