#include "extract/DealObjectWords.h"

#include "extract/DealCues.h"

#include <QSet>

namespace ws {

DealObjectWords::DealObjectWords(const TextAnalysis& text, const MentionIndex& mentions)
    : t(text), m(mentions)
{
}

// Whether the word at k only qualifies a noun of the other class within the next few words: a
// business word before securities ("13 pct notes", "equity capital"), with `business`, or goods
// before a business word ("oil and gas operations", "financial services unit").
bool DealObjectWords::qualifies(int k, int limit, bool business) const
{
    static const quint64 andWord = word(u"and");
    // "oil and natural gas reserves", "contracts and certain related assets": goods may reach further.
    for (int j = k + 1; j < qMin(limit, k + (business ? 4 : 6)); ++j) {
        const Token& token = t.token(j);
        if (token.kind == Token::Punct ? !t.isPunct(j, u'-')
                                       : (DealCues::isPreposition(token.hash) || m.at(j) >= 0))
            return false;
        if (business ? (DealCues::isSecurity(token.hash) && !DealCues::is(DealCues::Currency, token.hash))
                     : DealCues::isBusinessNoun(token.hash))
            return true;
        if (token.kind == Token::Word && !t.is(j, andWord) && business &&
            (DealCues::isBusinessNoun(token.hash) || DealCues::isDeterminer(token.hash)))
            return false;
    }
    return false;
}

// "its newest line of tools" is goods; "a line of business", or a line alone, is a business.
bool DealObjectWords::goodsLine(int k) const
{
    static const quint64 line = word(u"line");
    static const quint64 of = word(u"of");
    return t.is(k, line) && t.is(k + 1, of) && k + 2 < t.size() && m.at(k + 2) < 0 &&
           !DealCues::isBusinessNoun(t.token(k + 2).hash);
}

// Where what a deal word acts on has ended: "it sold 96,649, up 6.3 pct" (a change follows),
// "agreed to buy some oxygenators following project completion" (a framing word starts another
// phrase).
bool DealObjectWords::endsObject(int k, int end, int limit) const
{
    static const quint64 up = word(u"up");
    static const quint64 down = word(u"down");
    static const quint64 finance = word(u"finance");
    if ((t.is(k, up) || t.is(k, down)) && k + 1 < limit &&
        (t.token(k + 1).kind == Token::Number || t.text()[t.token(k + 1).start].isDigit()))
        return true;
    // "a 50 pct stake, but a company spokeswoman", "in the project, which is a sister plant":
    // another clause.
    static const QSet<quint64> clauses = {word(u"but"),     word(u"while"), word(u"although"),
                                          word(u"whereas"), word(u"which"), word(u"who")};
    if (k > end && t.isPunct(k - 1, u',') && clauses.contains(t.token(k).hash))
        return true;
    // ("to finance" is a purpose, read elsewhere: "sold to finance" names no object.)
    return k > end && DealCues::is(DealCues::Framing, t.token(k).hash) && !t.is(k, finance) &&
           !t.token(k).has(Token::Upper); // "its Iberia Fund stake": a name
}

// "36 pct of its supplies", "ten pct of its output": a share of goods, not of a company.
bool DealObjectWords::shareOfGoods(int k, int limit) const
{
    static const quint64 pct = word(u"pct");
    static const quint64 percent = word(u"percent");
    static const quint64 of = word(u"of");
    static const QSet<quint64> flows = {
        word(u"supplies"),    word(u"needs"),    word(u"requirements"), word(u"output"),  word(u"production"),
        word(u"sales"),       word(u"revenues"), word(u"revenue"),      word(u"imports"), word(u"exports"),
        word(u"consumption"), word(u"market"),   word(u"purchases"),    word(u"capacity")};
    if (!(t.is(k, pct) || t.is(k, percent)) || !t.is(k + 1, of))
        return false;
    int j = k + 2;
    while (j < limit && DealCues::isDeterminer(t.token(j).hash))
        ++j;
    if (j >= limit || m.at(j) >= 0)
        return false;
    const quint64 h = t.token(j).hash;
    return flows.contains(h) || (DealCues::isSecurity(h) && !DealCues::isBusinessNoun(h) && !isEquityWord(h));
}

// "25,000 new bearer shares", "new common stock": shares issued, not a holding changing hands.
bool DealObjectWords::newIssue(int k) const
{
    static const quint64 newWord = word(u"new");
    for (int j = k - 1; j >= qMax(0, k - 3); --j) {
        if (t.is(j, newWord))
            return true;
        if (t.token(j).kind != Token::Word || DealCues::isPreposition(t.token(j).hash))
            break;
    }
    return false;
}

// Shares and stock are a stake in their issuer; notes, debentures and warrants are not.
bool DealObjectWords::isDebt(quint64 hash)
{
    static const QSet<quint64> debt = {word(u"notes"),        word(u"note"),        word(u"bonds"),
                                       word(u"bond"),         word(u"debentures"),  word(u"debenture"),
                                       word(u"loans"),        word(u"loan"),        word(u"debt"),
                                       word(u"paper"),        word(u"eurobond"),    word(u"eurobonds"),
                                       word(u"certificates"), word(u"receivables"), word(u"mortgages")};
    return debt.contains(hash) || DealCues::is(DealCues::Entitlement, hash);
}

bool DealObjectWords::isEquityWord(quint64 hash)
{
    static const QSet<quint64> equity = {word(u"shares"), word(u"share"),      word(u"stock"),
                                         word(u"stocks"), word(u"common"),     word(u"preferred"),
                                         word(u"equity"), word(u"securities"), word(u"capital")};
    return equity.contains(hash);
}

// "24 units, each consisting of 40,000 common shares" (shares and warrants sold together),
// "1,200,000 units", "116 mln units": units of an offering or goods counted, not business units.
bool DealObjectWords::securityUnits(int k) const
{
    static const quint64 units = word(u"units");
    static const QSet<quint64> made = {word(u"each"), word(u"consisting"), word(u"comprising"),
                                       word(u"representing"), word(u"priced")};
    if (!t.is(k, units))
        return false;
    static const QSet<quint64> large = {word(u"mln"), word(u"million"), word(u"billion"), word(u"bln")};
    const QStringView count = t.tokenText(k - 1); // empty for the first token
    if (k > 0 && ((count.size() >= 2 && count.front().isDigit()) || large.contains(t.token(k - 1).hash)))
        return true;
    const int next = t.isPunct(k + 1, u',') ? k + 2 : k + 1;
    return next < t.size() && made.contains(t.token(next).hash);
}

// The token after a ticker ("ACME <ACM> computer products"), or k when none starts there.
int DealObjectWords::pastTicker(int k, int limit) const
{
    if (!t.isPunct(k, u'<'))
        return k;
    for (int j = k + 1; j < qMin(limit, k + 5); ++j) {
        if (t.isPunct(j, u'>'))
            return j + 1;
    }
    return k;
}

// After "Beta's": its stock or a unit is a stake or a business; its fleet or products are goods.
bool DealObjectWords::ownedGoods(int from, int limit) const
{
    for (int j = from; j < qMin(limit, from + 14); ++j) {
        const quint64 h = t.token(j).hash;
        if (goodsLine(j))
            return true;
        if (isEquityWord(h) || DealCues::isBusinessNoun(h) || DealCues::isPreposition(h))
            return false;
        if (DealCues::isSecurity(h) && m.at(j) < 0 && !qualifies(j, limit, false))
            return true;
        if (t.token(j).kind == Token::Punct && !t.isPunct(j, u'\'') && !t.isPunct(j, 0x2019) &&
            !t.isPunct(j, u'-'))
            break;
    }
    return false;
}

} // namespace ws
