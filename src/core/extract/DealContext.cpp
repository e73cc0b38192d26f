#include "extract/DealContext.h"

#include "extract/DealCues.h"
#include "extract/DealObjects.h"

#include <QSet>

namespace ws {

namespace {

bool endsWith(QStringView word, const char16_t* suffix)
{
    return word.endsWith(QStringView(suffix), Qt::CaseInsensitive);
}

} // namespace

DealContext::DealContext(const TextAnalysis& text, const MentionIndex& mentions,
                         const QList<MoneyAmount>& amounts)
    : t(text), m(mentions), background(text, mentions, amounts), securities(text), targets(text, mentions)
{
}

QString DealContext::notADeal(const DealTrigger& trigger, int first, int end, int floor) const
{
    if (const QString told = background.reason(trigger, first, end, floor); !told.isEmpty())
        return told;
    if (general(trigger, first, end, floor))
        return QStringLiteral("generic");
    if (holding(trigger, first, floor))
        return QStringLiteral("holding");
    if (passiveSubject(trigger, first, floor) < 0)
        return QStringLiteral("goods");
    const QString scope =
        targets.notParticular(trigger, first, end, t.sentences()[t.sentenceOf(first)].endToken);
    return scope.isEmpty() ? securities.reason(trigger, first, end, floor) : scope;
}

// The word in general, not a deal: "possible acquisitions" (a plural with no "of"), "to acquire and
// operate hotels", "buy low and sell high", "heavy buying".
bool DealContext::general(const DealTrigger& trigger, int first, int end, int floor) const
{
    static const QSet<QString> plurals = {QStringLiteral("acquisitions"), QStringLiteral("mergers"),
                                          QStringLiteral("purchases"),    QStringLiteral("takeovers"),
                                          QStringLiteral("buyouts"),      QStringLiteral("divestitures"),
                                          QStringLiteral("tender offers")};
    static const QSet<QString> gerunds = {QStringLiteral("buying"), QStringLiteral("selling"),
                                          QStringLiteral("purchasing")};
    static const QSet<quint64> objectLinks = {word(u"of"), word(u"for"), word(u"with"), word(u"by")};
    static const quint64 andWord = word(u"and");
    static const quint64 orWord = word(u"or");
    const QString phrase = trigger.phrase.toLower();
    if (plurals.contains(phrase)) {
        if (end >= t.size() || !(objectLinks.contains(t.token(end).hash) || m.at(end) >= 0))
            return true;
        // "acquisitions of companies in areas of its expertise": of no company in particular.
        return end + 1 < t.size() && m.at(end + 1) < 0 && DealCues::isBusinessNoun(t.token(end + 1).hash) &&
               t.tokenText(end + 1).endsWith(u's');
    }
    if (gerunds.contains(phrase) && first - 1 >= floor &&
        DealCues::is(DealCues::MarketModifier, t.token(first - 1).hash))
        return true;
    // "warrants entitling the holder to buy 100 shares", "options to acquire two mln shares": a
    // security that may become shares, not a deal.
    if (trigger.subjectRole == QLatin1String("buyer")) {
        bool entitlement = false;
        for (int k = first - 1; k >= qMax(floor, first - 7) && !t.isPunct(k, u';'); --k)
            entitlement = entitlement || DealCues::is(DealCues::Entitlement, t.token(k).hash);
        for (int k = end;
             entitlement && k < qMin(t.size(), end + 8) && t.sentenceOf(k) == t.sentenceOf(first); ++k) {
            if (DealCues::isBusinessNoun(t.token(k).hash) && !DealCues::isSecurity(t.token(k).hash))
                break;
            if (DealCues::isSecurity(t.token(k).hash))
                return true;
        }
    }
    if (DealObjects::isNoun(trigger) || trigger.subjectRole.isEmpty() ||
        trigger.phrase.contains(QLatin1Char(' ')))
        return false;
    // A verb coordinated with another verb names an activity: "acquire and operate", "make and
    // sell", "acquiring, developing and managing".
    const auto verbLike = [&](int k, bool comma) {
        if (k < floor || k >= t.size() || t.token(k).kind != Token::Word || t.token(k).has(Token::Upper) ||
            m.at(k) >= 0)
            return false;
        const quint64 h = t.token(k).hash;
        const QStringView text = t.tokenText(k);
        if (DealCues::isDeterminer(h) || DealCues::isPreposition(h) || DealCues::isBusinessNoun(h) ||
            DealCues::isSecurity(h) || DealCues::is(DealCues::NotCoordinated, h) || endsWith(text, u"ly") ||
            text.front().isDigit())
            return false;
        return !comma || (endsWith(text, u"ing") && phrase.endsWith(QLatin1String("ing")));
    };
    const int after = end;
    if (after + 1 < t.size() && (t.is(after, andWord) || t.is(after, orWord)) && verbLike(after + 1, false))
        return true;
    if (after + 1 < t.size() && t.isPunct(after, u',') && verbLike(after + 1, true))
        return true;
    // "sell, service and distribute": a list of verbs.
    if (after + 3 < t.size() && t.isPunct(after, u',') && verbLike(after + 1, false) &&
        (t.is(after + 2, andWord) || t.is(after + 2, orWord)) && verbLike(after + 3, false))
        return true;
    if (first - 2 >= floor && (t.is(first - 1, andWord) || t.is(first - 1, orWord)) &&
        verbLike(first - 2, false))
        return true;
    return false;
}

// "Beta, which owns a 20 pct stake in Gamma", "Delta also holds a 50 pct stake", "a group with a 25 pct
// stake": a holding named in passing, not a purchase. ("X said it has a 5.1 pct stake in Y", a
// holding disclosed as news, is read: it reports that a stake was taken.)
bool DealContext::holding(const DealTrigger& trigger, int first, int floor) const
{
    if (trigger.strength != DealTrigger::Weak || !trigger.phrase.startsWith(QLatin1String("stake")))
        return false;
    static const QSet<quint64> adjectives = {
        word(u"pct"),      word(u"percent"),  word(u"per"),      word(u"cent"),        word(u"controlling"),
        word(u"majority"), word(u"minority"), word(u"equity"),   word(u"remaining"),   word(u"small"),
        word(u"large"),    word(u"sizable"),  word(u"sizeable"), word(u"direct"),      word(u"indirect"),
        word(u"voting"),   word(u"combined"), word(u"total"),    word(u"significant"), word(u"substantial"),
        word(u"strategic")};
    // Said of a company named for another reason: "X, which owns", "X also holds", "a group with".
    static const QSet<quint64> markers = {word(u"which"),   word(u"who"),   word(u"that"), word(u"also"),
                                          word(u"already"), word(u"still"), word(u"whose")};
    static const quint64 with = word(u"with");
    for (int k = first - 1; k >= qMax(floor, first - 7); --k) {
        const quint64 h = t.token(k).hash;
        if (DealCues::is(DealCues::OwnershipVerb, h)) {
            int j = k - 1;
            while (j >= floor &&
                   (DealCues::is(DealCues::OwnershipVerb, t.token(j).hash) ||
                    DealCues::is(DealCues::Adverb, t.token(j).hash)) &&
                   !markers.contains(t.token(j).hash))
                --j;
            return h == with || (j >= floor && markers.contains(t.token(j).hash));
        }
        const bool modifier = DealCues::isDeterminer(h) || t.token(k).kind == Token::Number ||
                              adjectives.contains(h) || t.isPunct(k, u'-') || t.isPunct(k, u'.') ||
                              t.isPunct(k, u'/');
        if (!modifier)
            return false;
    }
    return false;
}

// In the passive what changes hands is the subject: "the notes will be sold through underwriters"
// (goods: -1), "three of its banks will be merged into" or "the stake had been acquired from"
// (business: 1). 0 when the trigger is not a passive participle or the subject says neither.
int DealContext::passiveSubject(const DealTrigger& trigger, int first, int floor) const
{
    // "be acquired by", "to be acquired by": the phrase holds its own be form.
    const bool withBe = trigger.phrase.startsWith(QLatin1String("be ")) ||
                        trigger.phrase.startsWith(QLatin1String("to be "));
    if (!DealObjects::isPastTense(trigger) && !withBe)
        return 0;
    int k = first - 1;
    if (!withBe) {
        while (k >= floor && DealCues::is(DealCues::Adverb, t.token(k).hash) &&
               !DealCues::is(DealCues::BeForm, t.token(k).hash))
            --k;
        // "products sold in Europe", "the stocks sold in today's program": a participle after goods.
        if (k == first - 1 && k >= floor && m.at(k) < 0 && DealCues::isSecurity(t.token(k).hash) &&
            !DealCues::isBusinessNoun(t.token(k).hash))
            return -1;
        if (k < floor || !DealCues::is(DealCues::BeForm, t.token(k).hash))
            return 0;
    }
    // Back over the auxiliaries ("will be", "have been", "are being") to the subject's last word.
    static const QSet<quint64> auxiliaries = {word(u"will"),  word(u"would"),  word(u"to"),   word(u"has"),
                                              word(u"have"),  word(u"had"),    word(u"may"),  word(u"can"),
                                              word(u"could"), word(u"should"), word(u"must"), word(u"might")};
    while (k >= floor &&
           (DealCues::is(DealCues::BeForm, t.token(k).hash) ||
            DealCues::is(DealCues::Adverb, t.token(k).hash) || auxiliaries.contains(t.token(k).hash)))
        --k;
    if (k < floor)
        return 0;
    // "The bonds will carry a coupon of 4-3/4 pct and will be sold to investors": the subject of the
    // first verb.
    static const quint64 andWord = word(u"and");
    if (t.is(k, andWord) && k + 1 < first && auxiliaries.contains(t.token(k + 1).hash)) {
        for (int j = k - 1; j > qMax(floor, k - 12); --j) {
            if (auxiliaries.contains(t.token(j).hash) || DealCues::is(DealCues::BeForm, t.token(j).hash)) {
                k = j - 1;
                break;
            }
        }
    }
    // "4.8 mln shares of common stock, which will be sold by": the subject is the noun before "which".
    static const quint64 which = word(u"which");
    static const quint64 that = word(u"that");
    if ((t.is(k, which) || t.is(k, that)) && k - 2 >= floor && t.isPunct(k - 1, u','))
        k -= 2;
    const int mention = m.at(k);
    if (mention >= 0)
        return m.type(mention) == EntityType::Company ? 1 : 0;
    // "including 303,936 to be sold by shareholders": a count of securities; companies are named.
    if (t.token(k).kind == Token::Number || (t.token(k).length() > 0 && t.text()[t.token(k).start].isDigit()))
        return -1;
    if (DealCues::isBusinessNoun(t.token(k).hash))
        return 1;
    return DealCues::isSecurity(t.token(k).hash) ? -1 : 0;
}

} // namespace ws
