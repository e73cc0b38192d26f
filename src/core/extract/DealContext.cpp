#include "extract/DealContext.h"

#include "extract/DealCues.h"
#include "extract/DealObjects.h"
#include "extract/Lexicon.h"

namespace ws {

namespace {

bool endsWith(QStringView word, const char16_t* suffix)
{
    return word.endsWith(QStringView(suffix), Qt::CaseInsensitive);
}

// The trigger is a participle or past tense: "acquired", "sold", "bought by".
bool pastTense(const DealTrigger& trigger)
{
    static const QStringList past = {QStringLiteral("acquired"),  QStringLiteral("bought"),
                                     QStringLiteral("purchased"), QStringLiteral("sold"),
                                     QStringLiteral("taken"),     QStringLiteral("divested"),
                                     QStringLiteral("merged")};
    return past.contains(trigger.phrase.section(QLatin1Char(' '), 0, 0).toLower());
}

} // namespace

DealContext::DealContext(const TextAnalysis& text, const MentionIndex& mentions,
                         const QList<MoneyAmount>& amounts)
    : t(text), m(mentions), amounts(amounts), securities(text), targets(text, mentions)
{
}

QString DealContext::notADeal(const DealTrigger& trigger, int first, int end, int floor) const
{
    if (namedInPassing(trigger, first, end, floor) || describesCompany(trigger, first, end, floor))
        return QStringLiteral("background");
    if (history(trigger, first, end, floor))
        return QStringLiteral("history");
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

bool DealContext::inAmount(int token) const
{
    const int start = t.token(token).start;
    for (const MoneyAmount& amount : amounts) {
        if (start >= amount.start && start < amount.end)
            return true;
    }
    return false;
}

bool DealContext::possessiveMark(int token) const
{
    return t.isPunct(token, u'\'') || t.isPunct(token, 0x2019) ||
           (t.tokenText(token).compare(u"s", Qt::CaseInsensitive) == 0 &&
            (t.isPunct(token - 1, u'\'') || t.isPunct(token - 1, 0x2019)));
}

// Walks back from token k over the words that may stand between a preposition and a deal noun
// ("from the previously announced 50 mln dlr sale"), or, with `amounts`, between a figure noun and
// its preposition ("a gain of 5 mln dlrs, or 20 cts a share, on"). Returns the first other token.
int DealContext::skipBack(int k, int floor, bool amountWords) const
{
    static const quint64 that = word(u"that");
    while (k >= floor) {
        const Token& token = t.token(k);
        // "that" may be a conjunction: "charges that Allied's acquisition of ...".
        const bool skip =
            (DealCues::isDeterminer(token.hash) && !t.is(k, that)) || possessiveMark(k) ||
            t.isPunct(k, u'-') || token.kind == Token::Number || m.at(k) >= 0 || inAmount(k) ||
            possessiveMark(k + 1) || // "the companies' merger", "Loral's acquisition"
            DealCues::is(DealCues::Modifier, token.hash) ||
            (amountWords && (DealCues::is(DealCues::AmountWord, token.hash) || t.isPunct(k, u','))) ||
            (token.kind == Token::Word && token.length() > 0 &&
             t.text()[token.start].isDigit()); // "1986", "4th"
        if (!skip)
            return k;
        --k;
    }
    return k;
}

// "a gain of 5 mln dlrs on the sale of its unit", "as a result of its acquisition of", "financing
// costs of the AccuRay acquisition", "1986 net excludes the sale of": the deal explains a figure.
bool DealContext::namedInPassing(const DealTrigger& trigger, int first, int end, int floor) const
{
    Q_UNUSED(end);
    // "cited the firm's tender offer to acquire Conrac": a verb after a deal noun is read where the
    // noun stands.
    const int noun = dealNounBefore(trigger, first, floor);
    if (noun >= 0)
        return framedBefore(noun, floor, true);
    // "the cost of buying Enron": a gerund after a figure is named like a noun. ("raised its stake
    // after buying 14,135 shares" reports the purchase.)
    const bool gerund = trigger.phrase.endsWith(QLatin1String("ing"));
    if (!DealObjects::isNoun(trigger) && !trigger.phrase.startsWith(QLatin1String("sale")) && !gerund)
        return false;
    return framedBefore(first, floor, !gerund);
}

// The first token of "tender offer", "definitive agreement", ... when the verb trigger at `first`
// completes it with "to" ("agreement to acquire"), or -1.
int DealContext::dealNounBefore(const DealTrigger& trigger, int first, int floor) const
{
    static const quint64 to = word(u"to");
    static const QSet<quint64> qualifiers = {word(u"tender"),      word(u"definitive"), word(u"takeover"),
                                             word(u"merger"),      word(u"formal"),     word(u"tentative"),
                                             word(u"preliminary"), word(u"revised"),    word(u"sweetened"),
                                             word(u"unsolicited"), word(u"firm")};
    if (DealObjects::isNoun(trigger) || trigger.subjectRole.isEmpty() || !t.is(first - 1, to))
        return -1;
    int k = first - 2;
    bool noun = false;
    while (k >= floor && (DealCues::is(DealCues::DealNoun, t.token(k).hash) ||
                          qualifiers.contains(t.token(k).hash) || DealCues::is(DealCues::Modifier, t.token(k).hash))) {
        noun = noun || DealCues::is(DealCues::DealNoun, t.token(k).hash);
        --k;
    }
    return noun ? k + 1 : -1;
}

// Whether the deal phrase starting at token `first` explains a figure or another event: "a gain
// of 5 mln dlrs on", "as a result of its", "financing costs of the", "net excludes the",
// "following its", "S and P cited the" (the last two with `framingWords`).
bool DealContext::framedBefore(int first, int floor, bool framingWords) const
{
    const int k = skipBack(first - 1, floor, false);
    if (k < floor)
        return false;
    const quint64 h = t.token(k).hash;
    if (framingWords && (DealCues::is(DealCues::AccountingVerb, h) || DealCues::is(DealCues::Framing, h)))
        return true;
    // "Extraordinary credit (sale of share in Berisford)": a figure explained in brackets.
    if (t.isPunct(k, u'(')) {
        const int before = skipBack(k - 1, floor, true);
        return before >= floor && DealCues::is(DealCues::ResultNoun, t.token(before).hash);
    }
    if (!DealCues::isPreposition(h))
        return false;
    const int before = skipBack(k - 1, floor, true);
    return before >= floor && (DealCues::is(DealCues::ResultNoun, t.token(before).hash) ||
                               DealCues::is(DealCues::FramingNoun, t.token(before).hash));
}

// Whether token k is a year ("1986", "2023").
bool DealContext::year(int k) const
{
    if (k < 0 || k >= t.size() || t.token(k).length() != 4)
        return false;
    const QStringView text = t.tokenText(k);
    return (text.startsWith(u"19") || text.startsWith(u"20")) && text[2].isDigit() && text[3].isDigit();
}

// A deal dated in an earlier year is history told as background: "Allied's 1981 acquisition of
// Fisher", "Olivetti acquired Triumph Adler from VW last year", "which it bought two years ago",
// "sold in 1985". A deal of this year ("acquired in January", "agreed yesterday") is news.
bool DealContext::history(const DealTrigger& trigger, int first, int end, int floor) const
{
    static const quint64 last = word(u"last");
    static const quint64 ago = word(u"ago");
    static const quint64 yearWord = word(u"year");
    static const QSet<quint64> dating = {word(u"in"), word(u"since"), word(u"during"), word(u"of"),
                                         word(u"from")};
    if (DealObjects::isNoun(trigger)) {
        for (int k = first - 1; k >= floor && k >= first - 5; --k) {
            if (year(k))
                return true;
            const Token& token = t.token(k);
            if (!(DealCues::isDeterminer(token.hash) || possessiveMark(k) || m.at(k) >= 0 ||
                  t.isPunct(k, u',') || DealCues::is(DealCues::Modifier, token.hash)))
                break;
        }
        return datedAfterObject(first, end, floor);
    }
    if (!pastTense(trigger))
        return false;
    int clauseEnd = end;
    while (clauseEnd < t.size() && t.sentenceOf(clauseEnd) == t.sentenceOf(first) &&
           !t.isPunct(clauseEnd, u';'))
        ++clauseEnd;
    for (int k = qMax(floor, first - 6); k < qMin(clauseEnd, end + 14); ++k) {
        if (t.is(k, ago) || (t.is(k, last) && t.is(k + 1, yearWord)))
            return true;
        // "in 1985", "in October 1986", "in October, 1986".
        if (year(k)) {
            int j = k - 1;
            while (j > floor && (Lexicon::contains(Lexicon::Month, t.token(j).hash) || t.isPunct(j, u',') ||
                                 t.token(j).kind == Token::Number))
                --j;
            if (dating.contains(t.token(j).hash))
                return true;
        }
    }
    return false;
}

// "Texaco's purchase of Getty Oil Co in 1984", "the acquisition of McNeil Corp in August 1986": a
// year right after the noun's object dates the deal. Not a deal planned or weighed ("will complete
// the purchase of Beta in 1988"), nor a year further on ("of Beta, with sales of 5 mln dlrs in 1986").
bool DealContext::datedAfterObject(int first, int end, int floor) const
{
    static const quint64 of = word(u"of");
    static const quint64 in = word(u"in");
    static const quint64 andWord = word(u"and");
    int k = end;
    if (t.is(k, of))
        ++k;
    else if (!t.is(end - 1, of))
        return false;
    const int limit = t.sentences()[t.sentenceOf(first)].endToken;
    for (int words = 0; k < limit && words < 10 && !t.is(k, in); ++k, ++words) {
        const Token& token = t.token(k);
        const bool objectWord = m.at(k) >= 0 || DealCues::isDeterminer(token.hash) || possessiveMark(k) ||
                                t.isPunct(k, u'<') || t.isPunct(k, u'>') || t.is(k, andWord) ||
                                (m.at(k - 1) >= 0 && t.isPunct(k - 1, u'<')) || DealCues::isBusinessNoun(token.hash);
        if (!objectWord)
            return false;
    }
    if (!t.is(k, in))
        return false;
    int j = k + 1;
    while (j < limit && (Lexicon::contains(Lexicon::Month, t.token(j).hash) || t.isPunct(j, u',')))
        ++j;
    if (!year(j))
        return false;
    const QString status = DealCues::status(t, qMax(floor, first - 14), first, end, limit);
    return status != QLatin1String("planned") && status != QLatin1String("considered");
}

// "recently-acquired Ozark", "its newly acquired unit", "Permian Corp, acquired by the company in
// 1985,": the deal says what a company is. (A relative clause, "Glidden, which ICI bought last
// November", often carries the news itself, so it is read.)
bool DealContext::describesCompany(const DealTrigger& trigger, int first, int end, int floor) const
{
    Q_UNUSED(end);
    if (!pastTense(trigger))
        return false;
    static const quint64 recently = word(u"recently");
    static const quint64 newly = word(u"newly");
    static const quint64 previously = word(u"previously");
    int k = first - 1;
    if (t.isPunct(k, u'-'))
        --k;
    const bool adverb = t.is(k, recently) || t.is(k, newly) || t.is(k, previously);
    if (adverb) {
        // "recently-acquired", "its newly acquired": an adjective, not a verb.
        if (t.isPunct(first - 1, u'-') || (k - 1 >= floor && DealCues::isDeterminer(t.token(k - 1).hash)))
            return true;
        --k;
    }
    // "Permian Corp, acquired by ...": a participle in apposition to a company.
    if (k > floor && t.isPunct(k, u',') && m.at(k - 1) >= 0 && m.type(m.at(k - 1)) == EntityType::Company &&
        trigger.phrase.endsWith(QLatin1String(" by")))
        return true;
    return false;
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

// "IBM, which owns a 20 pct stake in Intel", "GTE also holds a 50 pct stake", "a group with a 25 pct
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
    if (!pastTense(trigger) && !withBe)
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
