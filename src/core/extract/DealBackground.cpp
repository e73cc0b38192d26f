#include "extract/DealBackground.h"

#include "extract/DealCues.h"
#include "extract/DealObjects.h"
#include "extract/Lexicon.h"

#include <QSet>

namespace ws {

DealBackground::DealBackground(const TextAnalysis& text, const MentionIndex& mentions,
                               const QList<MoneyAmount>& amounts)
    : t(text), m(mentions), amounts(amounts)
{
}

QString DealBackground::reason(const DealTrigger& trigger, int first, int end, int floor) const
{
    if (namedInPassing(trigger, first, floor) || describesCompany(trigger, first, floor))
        return QStringLiteral("background");
    if (datedEarlier(trigger, first, end, floor))
        return QStringLiteral("history");
    return {};
}

bool DealBackground::inAmount(int token) const
{
    const int start = t.token(token).start;
    for (const MoneyAmount& amount : amounts) {
        if (start >= amount.start && start < amount.end)
            return true;
    }
    return false;
}

bool DealBackground::possessiveMark(int token) const
{
    return t.isPunct(token, u'\'') || t.isPunct(token, 0x2019) ||
           (t.tokenText(token).compare(u"s", Qt::CaseInsensitive) == 0 &&
            (t.isPunct(token - 1, u'\'') || t.isPunct(token - 1, 0x2019)));
}

// Walks back from token k over the words that may stand between a preposition and a deal noun
// ("from the previously announced 50 mln dlr sale"), or, with `amounts`, between a figure noun and
// its preposition ("a gain of 5 mln dlrs, or 20 cts a share, on"). Returns the first other token.
int DealBackground::skipBack(int k, int floor, bool amountWords) const
{
    static const quint64 that = word(u"that");
    while (k >= floor) {
        const Token& token = t.token(k);
        // "that" may be a conjunction: "charges that Beta's acquisition of ...".
        const bool skip =
            (DealCues::isDeterminer(token.hash) && !t.is(k, that)) || possessiveMark(k) ||
            t.isPunct(k, u'-') || token.kind == Token::Number || m.at(k) >= 0 || inAmount(k) ||
            possessiveMark(k + 1) || // "the companies' merger", "Beta's acquisition"
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
// costs of the Gamma acquisition", "1986 net excludes the sale of": the deal explains a figure.
bool DealBackground::namedInPassing(const DealTrigger& trigger, int first, int floor) const
{
    // "cited the firm's tender offer to acquire Gamma": a verb after a deal noun is read where the
    // noun stands.
    const int noun = dealNounBefore(trigger, first, floor);
    if (noun >= 0)
        return framedBefore(noun, floor, true);
    // "the cost of buying Gamma": a gerund after a figure is named like a noun. ("raised its stake
    // after buying 14,135 shares" reports the purchase.)
    const bool gerund = trigger.phrase.endsWith(QLatin1String("ing"));
    if (!DealObjects::isNoun(trigger) && !trigger.phrase.startsWith(QLatin1String("sale")) && !gerund)
        return false;
    return framedBefore(first, floor, !gerund);
}

// The first token of "tender offer", "definitive agreement", ... when the verb trigger at `first`
// completes it with "to" ("agreement to acquire"), or -1.
int DealBackground::dealNounBefore(const DealTrigger& trigger, int first, int floor) const
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
    while (k >= floor &&
           (DealCues::is(DealCues::DealNoun, t.token(k).hash) || qualifiers.contains(t.token(k).hash) ||
            DealCues::is(DealCues::Modifier, t.token(k).hash))) {
        noun = noun || DealCues::is(DealCues::DealNoun, t.token(k).hash);
        --k;
    }
    return noun ? k + 1 : -1;
}

// Whether the deal phrase starting at token `first` explains a figure or another event: "a gain
// of 5 mln dlrs on", "as a result of its", "financing costs of the", "net excludes the",
// "following its", "S and P cited the" (the last two with `framingWords`).
bool DealBackground::framedBefore(int first, int floor, bool framingWords) const
{
    const int k = skipBack(first - 1, floor, false);
    if (k < floor)
        return false;
    const quint64 h = t.token(k).hash;
    if (framingWords && (DealCues::is(DealCues::AccountingVerb, h) || DealCues::is(DealCues::Framing, h)))
        return true;
    // "Extraordinary credit (sale of share in Gamma)": a figure explained in brackets.
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

// "recently-acquired Gamma", "its newly acquired unit", "Gamma Corp, acquired by the company in
// 1985,": the deal says what a company is. (A relative clause, "Gamma, which Beta bought last
// November", often carries the news itself, so it is read.)
bool DealBackground::describesCompany(const DealTrigger& trigger, int first, int floor) const
{
    if (!DealObjects::isPastTense(trigger))
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
    // "Gamma Corp, acquired by ...": a participle in apposition to a company.
    if (k > floor && t.isPunct(k, u',') && m.at(k - 1) >= 0 && m.type(m.at(k - 1)) == EntityType::Company &&
        trigger.phrase.endsWith(QLatin1String(" by")))
        return true;
    return false;
}

// Whether token k is a year ("1986", "2023").
bool DealBackground::year(int k) const
{
    if (k < 0 || k >= t.size() || t.token(k).length() != 4)
        return false;
    const QStringView text = t.tokenText(k);
    return (text.startsWith(u"19") || text.startsWith(u"20")) && text[2].isDigit() && text[3].isDigit();
}

// A deal dated in an earlier year is history told as background: "Beta's 1981 acquisition of
// Gamma", "Beta acquired Gamma from Delta last year", "which it bought two years ago",
// "sold in 1985". A deal of this year ("acquired in January", "agreed yesterday") is news.
bool DealBackground::datedEarlier(const DealTrigger& trigger, int first, int end, int floor) const
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
    if (!DealObjects::isPastTense(trigger))
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

// "Beta's purchase of Gamma Oil Co in 1984", "the acquisition of Gamma Corp in August 1986": a
// year right after the noun's object dates the deal. Not a deal planned or weighed ("will complete
// the purchase of Beta in 1988"), nor a year further on ("of Beta, with sales of 5 mln dlrs in 1986").
bool DealBackground::datedAfterObject(int first, int end, int floor) const
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
                                (m.at(k - 1) >= 0 && t.isPunct(k - 1, u'<')) ||
                                DealCues::isBusinessNoun(token.hash);
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

} // namespace ws
