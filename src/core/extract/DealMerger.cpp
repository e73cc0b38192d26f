#include "extract/DealMerger.h"

#include "extract/DealReference.h"
#include "extract/MentionResolver.h"
#include "extract/TextAnalysis.h"

#include <algorithm>

namespace ws {

bool DealMerger::shareParty(const Deal& a, const Deal& b)
{
    for (const DealParty& x : a.parties) {
        for (const DealParty& y : b.parties) {
            if ((x.entity >= 0 && x.entity == y.entity) ||
                x.name.compare(y.name, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

QList<Deal> DealMerger::merge(QList<DraftDeal>& drafts) const
{
    QList<DraftDeal> joined = joinAdjacent(drafts);
    return withoutReferences(joined);
}

// A deal told over two adjacent sentences is one deal.
QList<DraftDeal> DealMerger::joinAdjacent(QList<DraftDeal>& drafts) const
{
    QList<DraftDeal> merged;
    for (DraftDeal& draft : drafts) {
        bool joined = false;
        for (DraftDeal& previous : merged) {
            // "Acme agrees to buy Beta ... Its CEO said the deal would ...": a deal word next to a
            // deal is that deal, whatever kind the word alone would give.
            const bool sameKind = previous.deal.kind == draft.deal.kind || isGeneric(previous) || isGeneric(draft);
            if (!sameKind || previous.lastSentence + 1 != draft.firstSentence ||
                !shareParty(previous.deal, draft.deal))
                continue;
            if (isGeneric(previous) && !isGeneric(draft)) {
                previous.deal.kind = draft.deal.kind;
                previous.deal.status = draft.deal.status;
            }
            previous.weak = previous.weak && draft.weak;
            for (const DealParty& party : draft.deal.parties) {
                bool known = false;
                for (DealParty& existing : previous.deal.parties) {
                    if (existing.entity == party.entity) {
                        known = true;
                        if (existing.role == QLatin1String("party"))
                            existing.role = party.role;
                    }
                }
                if (!known)
                    previous.deal.parties.append(party);
            }
            if (!previous.deal.amount)
                previous.deal.amount = draft.deal.amount;
            if (previous.deal.time.isEmpty())
                previous.deal.time = draft.deal.time;
            if (previous.deal.place.isEmpty())
                previous.deal.place = draft.deal.place;
            if (previous.deal.status == QLatin1String("announced"))
                previous.deal.status = draft.deal.status;
            previous.deal.evidenceEnd = draft.deal.evidenceEnd;
            previous.deal.evidence = t.text().mid(
                previous.deal.evidenceStart, previous.deal.evidenceEnd - previous.deal.evidenceStart);
            previous.lastSentence = draft.lastSentence;
            joined = true;
            break;
        }
        if (!joined)
            merged.append(draft);
    }
    return merged;
}

// A bare "deal" or "agreement": of the kind of the deal it is next to or refers to.
bool DealMerger::isGeneric(const DraftDeal& d) { return d.weak && d.deal.kind == QLatin1String("contract"); }

// The deal told before that `draft` refers to: the latest of a kind it can be, among whose
// parties are all the companies the reference names; null when there is none.
DraftDeal* DealMerger::referredTo(QList<DraftDeal>& told, const DraftDeal& draft) const
{
    for (auto it = told.rbegin(); it != told.rend(); ++it) {
        if (it->deal.kind != draft.deal.kind && !isGeneric(*it) && !isGeneric(draft))
            continue;
        const bool namesNoOtherCompany =
            std::all_of(draft.deal.parties.cbegin(), draft.deal.parties.cend(), [&](const DealParty& party) {
                return party.entity < 0 || e.entities[party.entity].type != EntityType::Company ||
                       std::any_of(it->deal.parties.cbegin(), it->deal.parties.cend(),
                                   [&](const DealParty& known) { return known.entity == party.entity; });
            });
        if (namesNoOtherCompany)
            return &*it;
    }
    return nullptr;
}

// "Acme agrees to buy Beta ... regulators approved the deal ... its CEO said the deal would expand
// the market to US$28 billion": a later reference to a deal told before is that deal. It may name
// a party's role, and the time of a deal told without one ("the deal is expected to close in
// March"); its other names and its sums belong to what it says about the deal (read over Reuters,
// half the sums such a sentence gives are not the deal's: a price, a market, a rival offer).
QList<Deal> DealMerger::withoutReferences(QList<DraftDeal>& drafts) const
{
    QList<DraftDeal> told;
    for (DraftDeal& draft : drafts) {
        DraftDeal* earlier = reference.refersBack(draft.trigger) ? referredTo(told, draft) : nullptr;
        if (!earlier) {
            told.append(draft);
            continue;
        }
        if (isGeneric(*earlier) && !isGeneric(draft))
            earlier->deal.kind = draft.deal.kind;
        if (earlier->deal.time.isEmpty())
            earlier->deal.time = draft.deal.time;
        for (const DealParty& party : draft.deal.parties) {
            for (DealParty& known : earlier->deal.parties) {
                if (known.entity == party.entity && known.role == QLatin1String("party"))
                    known.role = party.role;
            }
        }
    }
    QList<Deal> deals;
    for (const DraftDeal& draft : told)
        deals.append(draft.deal);
    return deals;
}

} // namespace ws
