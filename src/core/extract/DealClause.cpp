#include "extract/DealClause.h"

#include "extract/DealCues.h"

#include <QSet>

namespace ws {

bool DealClause::boundaryBetween(const TextAnalysis& t, int a, int b)
{
    static const QSet<quint64> relatives = {word(u"which"), word(u"who"), word(u"whom"), word(u"whose"),
                                            word(u"where")};
    static const QSet<quint64> conjunctions = {word(u"and"), word(u"but"), word(u"while"), word(u"whereas")};
    // "that" starts a clause when a verb or a modal follows it ("that could give"), not as a
    // determiner ("that stake") or after a saying verb ("said that it will buy", the same deal).
    static const QSet<quint64> clauseThat = {word(u"could"),    word(u"would"), word(u"will"),  word(u"may"),
                                             word(u"might"),    word(u"can"),   word(u"gives"), word(u"give"),
                                             word(u"includes"), word(u"is"),    word(u"was"),   word(u"has")};
    static const quint64 that = word(u"that");
    for (int k = a + 1; k < b; ++k) {
        const quint64 h = t.token(k).hash;
        if (t.isPunct(k, u';') || relatives.contains(h))
            return true;
        if (t.is(k, that) && k + 1 < t.size() && clauseThat.contains(t.token(k + 1).hash))
            return true;
        if (t.isPunct(k, u',') && k + 1 < b && conjunctions.contains(t.token(k + 1).hash))
            return true;
    }
    return false;
}

int DealClause::endOf(const TextAnalysis& t, const Sentence& sentence, int end, int nextDeal)
{
    static const QSet<quint64> conjunctions = {word(u"and"), word(u"but"), word(u"while"), word(u"whereas")};
    int limit = sentence.endToken;
    for (int k = end; k + 1 < nextDeal; ++k) {
        if (t.isPunct(k, u',') && conjunctions.contains(t.token(k + 1).hash))
            limit = k;
    }
    int clauseEnd = end;
    while (clauseEnd < limit && !t.isPunct(clauseEnd, u';'))
        ++clauseEnd;
    return clauseEnd;
}

int DealClause::clauseSubject(const TextAnalysis& t, const MentionIndex& m, int subject, int trigger)
{
    // Words of a verb chain between a subject and its deal verb: "intends to", "said it will", "has agreed
    // to".
    static const QSet<quint64> chain = [] {
        QSet<quint64> set;
        for (const char16_t* w :
             {u"to",      u"will",   u"would", u"could", u"may",   u"might",   u"can",   u"shall",
              u"intends", u"intend", u"plans", u"plan",  u"wants", u"expects", u"hopes", u"agreed",
              u"agrees",  u"is",     u"are",   u"was",   u"has",   u"have",    u"had",   u"also",
              u"said",    u"says",   u"it",    u"then",  u"later", u"seeks",   u"aims"})
            set.insert(word(w));
        return set;
    }();
    if (subject < 0 || !boundaryBetween(t, m.end(subject) - 1, trigger))
        return subject;
    int k = trigger - 1;
    while (k > m.end(subject) && chain.contains(t.token(k).hash))
        --k;
    const int near = m.at(k);
    if (k == trigger - 1 || near < 0 || near == subject || m.type(near) != EntityType::Company ||
        boundaryBetween(t, k, trigger))
        return subject;
    return near;
}

std::optional<MoneyAmount> DealClause::amountFor(const TextAnalysis& t, const Sentence& sentence,
                                                 const QList<MoneyAmount>& amounts, int first)
{
    const int triggerStart = t.token(first).start;
    std::optional<MoneyAmount> before;
    for (const MoneyAmount& amount : amounts) {
        if (amount.start < sentence.start || amount.end > sentence.end)
            continue;
        if (DealCues::isUnitPrice(t.text(), amount.end))
            continue;
        if (amount.start >= triggerStart)
            return amount;
        before = amount;
    }
    if (before && boundaryBetween(t, t.tokenAtOffset(before->end) - 1, first))
        return std::nullopt;
    return before;
}

} // namespace ws
