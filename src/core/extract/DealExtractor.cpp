#include "extract/DealExtractor.h"

#include "extract/DealClause.h"
#include "extract/DealContext.h"
#include "extract/DealCues.h"
#include "extract/DealMerger.h"
#include "extract/DealObjects.h"
#include "extract/DealPartyFilter.h"
#include "extract/DealReference.h"
#include "extract/Lexicon.h"
#include "extract/MentionIndex.h"
#include "extract/TimeExpression.h"

#include <QVarLengthArray>
#include <algorithm>

namespace ws {

namespace {

bool isGovernmentKind(const QString& kind)
{
    return kind == QLatin1String("sanction") || kind == QLatin1String("tariff") ||
           kind == QLatin1String("subsidy");
}

bool hasMoney(const QString& kind)
{
    return kind != QLatin1String("sanction") && kind != QLatin1String("tariff");
}

struct TriggerHit
{
    const DealTrigger* trigger = nullptr;
    int first = 0;
    int end = 0;
};

// The deal words of a sentence: a few at most, kept inline.
using TriggerHits = QVarLengthArray<TriggerHit, 8>;
// The drafts of a sentence, one per kind of deal: one or two, kept inline.
using SentenceDrafts = QVarLengthArray<DraftDeal, 2>;

class Reader
{
public:
    Reader(const TextAnalysis& text, const StoryEntities& entities, const QList<MoneyAmount>& amounts,
           const std::vector<char>& blocked, const DealLexicon& lexicon)
        : t(text), e(entities), amounts(amounts), blocked(blocked), lexicon(lexicon), index(text, entities),
          objects(text, index), context(text, index, amounts), reference(text, index),
          merger(text, entities, reference), parties(text, index)
    {
    }

    QList<Deal> run()
    {
        QList<DraftDeal> drafts;
        for (int s = 0; s < t.sentences().size(); ++s)
            readSentence(s, drafts);
        return merger.merge(drafts);
    }

private:
    const TextAnalysis& t;
    const StoryEntities& e;
    const QList<MoneyAmount>& amounts;
    const std::vector<char>& blocked;
    const DealLexicon& lexicon;
    const MentionIndex index;
    const DealObjects objects;
    const DealContext context;
    const DealReference reference;
    const DealMerger merger;
    const DealPartyFilter parties;

    EntityType typeOf(int mention) const { return index.type(mention); }
    bool isPartyType(int mention) const
    {
        const EntityType type = typeOf(mention);
        return (type == EntityType::Company || type == EntityType::Organization ||
                type == EntityType::Person || type == EntityType::Place) &&
               !parties.isCredit(mention);
    }
    int mentionFirst(int m) const { return index.first(m); }
    int mentionEnd(int m) const { return index.end(m); }
    int mentionSoonAfter(int from, int limit, int reach) const { return index.soonAfter(from, limit, reach); }

    // The word before a mention, skipping determiners and possessives: a preposition there means the
    // mention is not the clause subject ("shares of X", "according to X").
    bool afterPreposition(int m, int floor) const
    {
        int k = mentionFirst(m) - 1;
        while (k >= floor &&
               (DealCues::isDeterminer(t.token(k).hash) || t.token(k).kind == Token::Punct ||
                (t.token(k).kind == Token::Word && t.token(k).length() <= 1) || (index.at(k) >= 0))) {
            if (t.isPunct(k, u',') || t.isPunct(k, u'(') || t.isPunct(k, u';'))
                break;
            --k;
        }
        return k >= floor && DealCues::isPreposition(t.token(k).hash);
    }

    bool insideBrackets(int token, int floor) const
    {
        int depth = 0;
        for (int k = floor; k < token; ++k) {
            if (t.isPunct(k, u'(') || t.isPunct(k, 0xFF08))
                ++depth;
            else if ((t.isPunct(k, u')') || t.isPunct(k, 0xFF09)) && depth > 0)
                --depth;
        }
        return depth > 0;
    }

    // Every deal word of the sentence, weak ones included.
    TriggerHits dealWordsOf(const Sentence& sentence) const
    {
        TriggerHits hits;
        for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
            if ((!blocked.empty() && blocked[i]) || index.at(i) >= 0 || t.token(i).kind == Token::Punct)
                continue;
            int end = i;
            const DealTrigger* trigger = lexicon.match(t.text(), t.tokens(), i, &end);
            if (!trigger || end > sentence.endToken)
                continue;
            if (trigger->kind != QLatin1String("none") && !negated({trigger, i, end}, sentence.firstToken) &&
                !inBackground({trigger, i, end}, sentence.firstToken))
                hits.append({trigger, i, end});
            i = end - 1;
        }
        return hits;
    }

    // The deal words that tell deals: a weak word ("deal", "agreement") gives way to a stronger one.
    TriggerHits triggersOf(const TriggerHits& hits, const Sentence& sentence) const
    {
        bool strong = false;
        bool onlyInvestment = true; // every strong word is an investment word
        for (const TriggerHit& hit : hits) {
            if (hit.trigger->strength != DealTrigger::Weak) {
                strong = true;
                onlyInvestment = onlyInvestment && hit.trigger->kind == QLatin1String("investment");
            }
        }
        const bool investment = strong && onlyInvestment;
        TriggerHits kept;
        for (const TriggerHit& hit : hits) {
            // "invested 8 mln dlrs for a 9.8 pct stake in GTX": a stake in a company changes hands
            // (read below as the acquisition of a stake, not an investment).
            const bool stake = investment && hit.trigger->kind == QLatin1String("acquisition");
            if (strong && hit.trigger->strength == DealTrigger::Weak && !stake)
                continue;
            // "raise 10.8 billion yuan", "raised US$500 million": the sum is what is raised, so it
            // follows closely, with no other deal word between ("raised tariffs on US$18 billion").
            if (hit.trigger->strength == DealTrigger::NeedsAmount) {
                int limit = qMin(sentence.endToken, hit.end + 6);
                for (const TriggerHit& other : hits) {
                    if (other.first >= hit.end && other.first < limit)
                        limit = other.first;
                }
                if (limit <= hit.end || !amountAfter(t.token(hit.first).start, t.token(limit - 1).end))
                    continue;
            }
            kept.append(hit);
        }
        return kept;
    }

    // Whether a sum of money starts in [from, to).
    bool amountAfter(int from, int to) const
    {
        for (const MoneyAmount& amount : amounts) {
            if (amount.start >= from && amount.start < to)
                return true;
        }
        return false;
    }

    // The clause subject: the first party-like mention before the trigger that no preposition
    // governs and that is not in brackets.
    int subjectOf(const Sentence& sentence, int trigger) const
    {
        int lastChoice = -1;
        for (int k = sentence.firstToken; k < trigger; ++k) {
            const int m = index.at(k);
            if (m < 0 || mentionFirst(m) != k)
                continue;
            if (!isPartyType(m) || insideBrackets(k, sentence.firstToken) ||
                afterPreposition(m, sentence.firstToken))
                continue;
            if (typeOf(m) != EntityType::Place)
                return m;
            if (lastChoice < 0)
                lastChoice = m;
        }
        return lastChoice;
    }

    // The most recent company before token `before` (for "it", "the company").
    int antecedent(int before) const
    {
        for (int m = int(e.mentions.size()) - 1; m >= 0; --m) {
            if (mentionFirst(m) < before && typeOf(m) == EntityType::Company)
                return m;
        }
        return -1;
    }

    // Whether the story gives this person a business title: "CEO Jensen Huang", "Jun Young-hyun,
    // vice chairman", "Dan Ives, an analyst at".
    bool speaksForBusiness(int entity) const
    {
        for (int m = 0; m < e.mentions.size(); ++m) {
            if (e.mentions[m].entity != entity)
                continue;
            const auto [first, end] = e.mentionTokens[m];
            for (int k = qMax(0, first - 3); k < first; ++k) {
                if (DealCues::isBusinessTitle(t.token(k).hash))
                    return true;
            }
            // An apposition only: "Trump met Nvidia CEO Jensen Huang" gives Trump no title.
            if (end < t.tokens().size() && t.isPunct(end, u',')) {
                for (int k = end + 1; k < qMin(int(t.tokens().size()), end + 4); ++k) {
                    if (DealCues::isBusinessTitle(t.token(k).hash))
                        return true;
                }
            }
        }
        return false;
    }

    void addParty(DraftDeal& draft, int mention, QString role) const
    {
        if (mention < 0 || role.isEmpty())
            return;
        const int entity = e.mentions[mention].entity;
        const EntityType type = e.entities[entity].type;
        const bool government = isGovernmentKind(draft.deal.kind);
        if (!government && type == EntityType::Place) {
            if (draft.deal.place.isEmpty())
                draft.deal.place = e.entities[entity].name;
            return;
        }
        if (type == EntityType::Technology || type == EntityType::Product)
            return;
        // What changes hands in an acquisition is a company; bodies and people only buy or sell.
        if (draft.deal.kind == QLatin1String("acquisition") && type != EntityType::Company &&
            role != QLatin1String("buyer") && role != QLatin1String("seller"))
            return;
        // An executive or analyst quoted on a sanction does not impose it.
        if (government && type == EntityType::Person && role == QLatin1String("government") &&
            speaksForBusiness(entity))
            return;
        if (government) {
            const bool body =
                type == EntityType::Place || type == EntityType::Person || type == EntityType::Organization;
            if (role == QLatin1String("government") && !body)
                role = QStringLiteral("target");
        }
        for (DealParty& party : draft.deal.parties) {
            if (party.entity == entity) {
                if (party.role == QLatin1String("party"))
                    party.role = role;
                return;
            }
        }
        draft.deal.parties.append({entity, e.entities[entity].name, role});
        draft.partyMentions.append(mention);
    }

    void readHeadlineParties(DraftDeal& draft, const Sentence& sentence, const TriggerHit& hit) const
    {
        const DealTrigger& trigger = *hit.trigger;
        auto addText = [&](std::pair<int, int> span, const QString& role) {
            if (span.second <= span.first || role.isEmpty())
                return;
            const QString name = t.spanText(span.first, span.second);
            for (const DealParty& party : std::as_const(draft.deal.parties)) {
                if (party.name.compare(name, Qt::CaseInsensitive) == 0 || party.role == role)
                    return;
            }
            draft.deal.parties.append({-1, name, role});
        };
        if (index.at(sentence.firstToken) < 0 && !trigger.subjectRole.isEmpty())
            addText(objects.headlineName(sentence.firstToken, hit.first, true), trigger.subjectRole);
        const std::pair<int, int> object = objects.headlineName(hit.end, sentence.endToken, false);
        if (!trigger.objectRole.isEmpty() && index.at(qMin(hit.end, t.size() - 1)) < 0 &&
            (trigger.kind != QLatin1String("acquisition") || objects.headlineCompany(object)))
            addText(object, trigger.objectRole);
        for (int k = hit.end; k + 1 < sentence.endToken; ++k) {
            const QString* role = trigger.roleAfter(t.token(k).hash, t.tokenText(k));
            if (role && index.at(k + 1) < 0)
                addText(objects.headlineName(k + 1, sentence.endToken, false), *role);
        }
    }

    // Where the clause of `hit` ends (DealClause::endOf), given the deal words of its sentence.
    int clauseEndOf(const Sentence& sentence, const TriggerHit& hit, const TriggerHits& hits) const
    {
        int nextDeal = sentence.endToken;
        for (const TriggerHit& other : hits) {
            if (other.first >= hit.end && other.first < nextDeal)
                nextDeal = other.first;
        }
        return DealClause::endOf(t, sentence, hit.end, nextDeal);
    }

    int clauseEndAt(const Sentence& sentence, const DraftDeal& draft, const TriggerHits& dealWords) const
    {
        for (const TriggerHit& hit : dealWords) {
            if (hit.first == draft.trigger)
                return clauseEndOf(sentence, hit, dealWords);
        }
        return sentence.endToken;
    }

    void readParties(DraftDeal& draft, const Sentence& sentence, const TriggerHit& hit, int clauseEnd) const
    {
        const DealTrigger& trigger = *hit.trigger;
        int subject = DealClause::clauseSubject(t, index, subjectOf(sentence, hit.first), hit.first);
        if (subject < 0 && !trigger.subjectRole.isEmpty()) {
            const int pronoun =
                DealCues::pronounSubjectBefore(t, qMax(sentence.firstToken, hit.first - 8), hit.first);
            if (pronoun >= 0)
                subject = antecedent(pronoun);
        }
        addParty(draft, subject, trigger.subjectRole);
        // "US President Joe Biden", "US Commerce Department": the country acts through them.
        if (subject >= 0 && isGovernmentKind(trigger.kind)) {
            for (int k = mentionFirst(subject) - 1; k >= sentence.firstToken; --k) {
                const int m = index.at(k);
                if (m >= 0 && typeOf(m) == EntityType::Place) {
                    addParty(draft, m, QStringLiteral("government"));
                    break;
                }
                const bool title =
                    t.token(k).kind == Token::Word && Lexicon::contains(Lexicon::Title, t.token(k).hash);
                if (m < 0 && !title && !t.isPunct(k, u'-'))
                    break;
            }
        }
        // Prepositional roles: "from X", "to X", "with X", "against X".
        for (int k = hit.end; k < qMin(clauseEnd, hit.end + 16); ++k) {
            if (t.token(k).kind != Token::Word || index.at(k) >= 0)
                continue;
            const QString* role = trigger.roleAfter(t.token(k).hash, t.tokenText(k));
            if (!role)
                continue;
            const int m = mentionSoonAfter(k + 1, clauseEnd, 4);
            if (m >= 0 && isPartyType(m) && !parties.qualifiesNoun(m))
                addParty(draft, m, *role);
        }
        // A phrase that ends in its preposition ("acquired by", "stake in"): what follows has its role.
        if (const std::optional<QString>& role = trigger.lastWordRole) {
            const int m = mentionSoonAfter(hit.end, clauseEnd, 4);
            if (m >= 0 && isPartyType(m) && !parties.qualifiesNoun(m))
                addParty(draft, m, *role);
        }
        // The object: the first mention after the trigger that no preposition governs.
        if (!trigger.objectRole.isEmpty()) {
            for (int k = hit.end; k < qMin(clauseEnd, hit.end + 12); ++k) {
                if (t.isPunct(k, u','))
                    break;
                const int m = index.at(k);
                if (m < 0 || mentionFirst(m) != k || !isPartyType(m))
                    continue;
                if (!afterPreposition(m, hit.end) && !insideBrackets(k, hit.end))
                    addParty(draft, m, trigger.objectRole);
                break;
            }
        }
    }

    bool negated(const TriggerHit& hit, int floor) const
    {
        for (int k = hit.first - 1; k >= qMax(floor, hit.first - 3); --k) {
            if (DealCues::isNegation(t.token(k).hash) || t.tokenText(k) == u"t") // "didn't"
                return true;
        }
        return false;
    }

    // A sanction or tariff already in force, mentioned as the setting of another event ("despite US
    // sanctions", "given tensions over export controls"), is not a new measure.
    bool inBackground(const TriggerHit& hit, int floor) const
    {
        if (hit.trigger->kind != QLatin1String("sanction") && hit.trigger->kind != QLatin1String("tariff"))
            return false;
        for (int k = hit.first - 1; k >= qMax(floor, hit.first - 4); --k) {
            if (DealCues::isBackground(t.token(k).hash))
                return true;
        }
        return false;
    }

    // "UMC and GlobalFoundries are in talks to merge": a merger's other company is the second of
    // two companies that are its subject. The mention of that company, or -1.
    int mergerPartner(const Sentence& sentence, const TriggerHit& hit) const
    {
        static const quint64 andWord = word(u"and");
        if (!hit.trigger->phrase.startsWith(QLatin1String("merg"), Qt::CaseInsensitive) ||
            hit.trigger->phrase.contains(QLatin1Char(' ')))
            return -1;
        const int subject = subjectOf(sentence, hit.first);
        if (subject < 0 || typeOf(subject) != EntityType::Company || !t.is(mentionEnd(subject), andWord))
            return -1;
        const int partner = index.at(mentionEnd(subject) + 1);
        if (partner < 0 || mentionFirst(partner) != mentionEnd(subject) + 1 ||
            typeOf(partner) != EntityType::Company || mentionEnd(partner) > hit.first)
            return -1;
        return partner;
    }

    // "Acme completed the sale of four mln shares of Acme common stock": a company selling or
    // buying its own shares makes an offering or a buyback, not an acquisition.
    bool ownShares(const Sentence& sentence, const TriggerHit& hit, int& stakeOwner) const
    {
        objects.businessObject(*hit.trigger, hit.first, hit.end, sentence.endToken, &stakeOwner);
        if (stakeOwner < 0)
            return false;
        int subject = subjectOf(sentence, hit.first);
        if (subject < 0) {
            const int pronoun =
                DealCues::pronounSubjectBefore(t, qMax(sentence.firstToken, hit.first - 8), hit.first);
            if (pronoun >= 0)
                subject = antecedent(pronoun);
        }
        return subject >= 0 && e.mentions[subject].entity == e.mentions[stakeOwner].entity;
    }

    // Appends the deals the sentence tells to `out`.
    void readSentence(int s, QList<DraftDeal>& out)
    {
        const Sentence& sentence = t.sentences()[s];
        // A table footnote ("NOTE: prior qtr excludes ... sale of unit") explains figures; it does
        // not report a deal.
        if (t.tokenText(sentence.firstToken).compare(u"note", Qt::CaseInsensitive) == 0 &&
            t.isPunct(sentence.firstToken + 1, u':'))
            return;
        const TriggerHits dealWords = dealWordsOf(sentence);
        const TriggerHits hits = triggersOf(dealWords, sentence);
        SentenceDrafts drafts; // one per kind of deal
        const auto draftOfKind = [&drafts](const QString& kind) {
            const auto found = std::find_if(drafts.cbegin(), drafts.cend(), [&kind](const DraftDeal& draft) {
                return draft.deal.kind == kind;
            });
            return found == drafts.cend() ? -1 : int(found - drafts.cbegin());
        };
        for (const TriggerHit& hit : hits) {
            const QString& kind = hit.trigger->kind;
            const bool headline = objects.isHeadline(sentence);
            if (kind == QLatin1String("acquisition") &&
                !context.notADeal(*hit.trigger, hit.first, hit.end, sentence.firstToken).isEmpty())
                continue;
            int stakeOwner = -1;
            if (kind == QLatin1String("acquisition") && ownShares(sentence, hit, stakeOwner))
                continue;
            const int partner = mergerPartner(sentence, hit);
            if (kind == QLatin1String("acquisition") && partner < 0 &&
                !objects.businessObject(*hit.trigger, hit.first, hit.end, sentence.endToken, &stakeOwner) &&
                context.passiveSubject(*hit.trigger, hit.first, sentence.firstToken) <= 0 &&
                !(headline &&
                  objects.headlineCompany(objects.headlineName(hit.end, sentence.endToken, false))))
                continue;
            int index = draftOfKind(kind);
            if (index < 0) {
                DraftDeal draft;
                draft.deal.kind = kind;
                draft.firstSentence = draft.lastSentence = s;
                draft.trigger = hit.first;
                draft.deal.evidenceStart = sentence.start;
                draft.deal.evidenceEnd = sentence.end;
                draft.deal.evidence = t.text().mid(sentence.start, sentence.end - sentence.start);
                QString status = DealCues::status(t, qMax(sentence.firstToken, hit.first - 14), hit.first,
                                                  hit.end, sentence.endToken);
                if (status.isEmpty())
                    status = hit.trigger->status;
                draft.deal.status = status.isEmpty() ? QStringLiteral("announced") : status;
                if (hasMoney(kind))
                    draft.deal.amount = DealClause::amountFor(t, sentence, amounts, hit.first);
                index = int(drafts.size());
                drafts.append(std::move(draft));
            }
            drafts[index].weak = drafts[index].weak && hit.trigger->strength == DealTrigger::Weak;
            drafts[index].needsTarget =
                drafts[index].needsTarget && hit.trigger->strength == DealTrigger::NeedsTarget;
            readParties(drafts[index], sentence, hit, clauseEndOf(sentence, hit, dealWords));
            if (partner >= 0) {
                // Two companies merging are parties alike; neither buys the other.
                for (DealParty& party : drafts[index].deal.parties) {
                    if (party.role == QLatin1String("buyer"))
                        party.role = QStringLiteral("party");
                }
                addParty(drafts[index], partner, QStringLiteral("party"));
            }
            if (headline)
                readHeadlineParties(drafts[index], sentence, hit);
        }
        // A stake bought with an investment is one deal, the acquisition of the stake; an investment
        // told in another clause ("Nvidia will invest in OpenAI, and ... give OpenAI a stake in AMD")
        // is a deal of its own.
        int stakeTrigger = -1;
        for (const DraftDeal& draft : std::as_const(drafts)) {
            if (draft.deal.kind == QLatin1String("acquisition"))
                stakeTrigger = draft.trigger;
        }
        for (DraftDeal& draft : drafts) {
            if (stakeTrigger >= 0 && draft.deal.kind == QLatin1String("investment") &&
                !DealClause::boundaryBetween(t, qMin(draft.trigger, stakeTrigger), qMax(draft.trigger, stakeTrigger)))
                continue;
            // Other companies named in the sentence take part ("one of the parties involved"); in a
            // subsidy they are who receives it ("will give Intel US$8.5 billion in subsidies").
            // In a sanction or tariff the companies of its clause are whom it hits ("added 140
            // entities, including Naura Technology Group Co and Piotech Inc, to its entity list").
            const int clauseEnd = clauseEndAt(sentence, draft, dealWords);
            if (draft.deal.kind == QLatin1String("sanction") || draft.deal.kind == QLatin1String("tariff")) {
                for (int k = sentence.firstToken; k < clauseEnd; ++k) {
                    const int m = index.at(k);
                    if (m >= 0 && mentionFirst(m) == k && typeOf(m) == EntityType::Company &&
                        !parties.isCredit(m))
                        addParty(draft, m, QStringLiteral("target"));
                }
            } else if (draft.deal.kind == QLatin1String("subsidy")) {
                for (int k = sentence.firstToken; k < sentence.endToken; ++k) {
                    const int m = index.at(k);
                    if (m >= 0 && mentionFirst(m) == k && typeOf(m) == EntityType::Company)
                        addParty(draft, m, QStringLiteral("target"));
                }
            } else if (!isGovernmentKind(draft.deal.kind)) {
                // Not past the clause: "..., and an agreement with AMD" names another deal's party.
                for (int k = sentence.firstToken; k < clauseEnd; ++k) {
                    const int m = index.at(k);
                    if (m >= 0 && mentionFirst(m) == k && typeOf(m) == EntityType::Company &&
                        !takesPartElsewhere(drafts, draft, m))
                        addParty(draft, m, QStringLiteral("party"));
                }
            }
            if (draft.deal.place.isEmpty())
                draft.deal.place = placeIn(sentence, draft);
            bool company = false;
            for (const DealParty& party : std::as_const(draft.deal.parties))
                company = company || party.entity < 0 || e.entities[party.entity].type == EntityType::Company;
            if (draft.deal.kind == QLatin1String("acquisition") && !company)
                continue;
            if (draft.deal.parties.isEmpty())
                continue;
            if (draft.needsTarget && !parties.stopsTrade(sentence, draft.deal))
                continue;
            // Read last: the time expression is a regular expression.
            draft.deal.time = TimeExpression::firstIn(draft.deal.evidence);
            out.append(draft);
        }
    }

    // "Nvidia will invest in OpenAI, and OpenAI could get a stake in AMD": a company with a role in
    // another deal of the sentence, told in another clause, is no party of this one.
    bool takesPartElsewhere(const SentenceDrafts& drafts, const DraftDeal& draft, int mention) const
    {
        const int entity = e.mentions[mention].entity;
        for (const DraftDeal& other : drafts) {
            if (&other == &draft)
                continue;
            for (const DealParty& party : other.deal.parties) {
                if (party.entity == entity && party.role != QLatin1String("party") &&
                    DealClause::boundaryBetween(t, qMin(mentionFirst(mention), draft.trigger),
                                                qMax(mentionFirst(mention), draft.trigger)))
                    return true;
            }
        }
        return false;
    }

    QString placeIn(const Sentence& sentence, const DraftDeal& draft) const
    {
        static const quint64 in = word(u"in");
        static const quint64 at = word(u"at");
        static const quint64 near = word(u"near");
        for (int k = sentence.firstToken + 1; k < sentence.endToken; ++k) {
            const int m = index.at(k);
            if (m < 0 || mentionFirst(m) != k || typeOf(m) != EntityType::Place ||
                draft.partyMentions.contains(m))
                continue;
            const quint64 before = t.token(k - 1).hash;
            if (before == in || before == at || before == near)
                return e.entities[e.mentions[m].entity].name;
        }
        return {};
    }
};

} // namespace

DealExtractor::DealExtractor(std::shared_ptr<const DealLexicon> lexicon) : m_lexicon(std::move(lexicon)) {}

QList<Deal> DealExtractor::extract(const TextAnalysis& text, const StoryEntities& entities,
                                   const QList<MoneyAmount>& amounts, const std::vector<char>& blocked) const
{
    return Reader(text, entities, amounts, blocked, *m_lexicon).run();
}

} // namespace ws
