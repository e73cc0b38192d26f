#include "extract/DealExtractor.h"

#include "extract/DealCues.h"
#include "extract/Lexicon.h"

#include <QHash>
#include <QSet>

namespace ws {

namespace {

bool isGovernmentKind(const QString& kind)
{
    return kind == QLatin1String("sanction") || kind == QLatin1String("tariff") || kind == QLatin1String("subsidy");
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

struct DraftDeal
{
    Deal deal;
    int firstSentence = 0;
    int lastSentence = 0;
    QList<int> partyMentions;
};

class Reader
{
public:
    Reader(const TextAnalysis& text, const StoryEntities& entities, const QList<MoneyAmount>& amounts,
           const std::vector<bool>& blocked, const DealLexicon& lexicon)
        : t(text), e(entities), amounts(amounts), blocked(blocked), lexicon(lexicon)
    {
        mentionAt.assign(t.size(), -1);
        for (int m = 0; m < e.mentionTokens.size(); ++m) {
            for (int k = e.mentionTokens[m].first; k < e.mentionTokens[m].second; ++k)
                mentionAt[k] = m;
        }
    }

    QList<Deal> run()
    {
        QList<DraftDeal> drafts;
        for (int s = 0; s < t.sentences().size(); ++s)
            drafts += readSentence(s);
        return merge(drafts);
    }

private:
    const TextAnalysis& t;
    const StoryEntities& e;
    const QList<MoneyAmount>& amounts;
    const std::vector<bool>& blocked;
    const DealLexicon& lexicon;
    std::vector<int> mentionAt;

    EntityType typeOf(int mention) const { return e.entities[e.mentions[mention].entity].type; }
    bool isPartyType(int mention) const
    {
        const EntityType type = typeOf(mention);
        return type == EntityType::Company || type == EntityType::Organization || type == EntityType::Person ||
               type == EntityType::Place;
    }
    int mentionFirst(int m) const { return e.mentionTokens[m].first; }
    int mentionEnd(int m) const { return e.mentionTokens[m].second; }

    // The word before a mention, skipping determiners and possessives: a preposition there means the
    // mention is not the clause subject ("shares of X", "according to X").
    bool afterPreposition(int m, int floor) const
    {
        int k = mentionFirst(m) - 1;
        while (k >= floor && (DealCues::isDeterminer(t.token(k).hash) || t.token(k).kind == Token::Punct ||
                              (t.token(k).kind == Token::Word && t.token(k).length() <= 1) ||
                              (mentionAt[k] >= 0)))
        {
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

    QList<TriggerHit> triggersOf(const Sentence& sentence) const
    {
        QList<TriggerHit> hits;
        for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
            if ((!blocked.empty() && blocked[i]) || mentionAt[i] >= 0 || t.token(i).kind == Token::Punct)
                continue;
            int end = i;
            const DealTrigger* trigger = lexicon.match(t.text(), t.tokens(), i, &end);
            if (!trigger || end > sentence.endToken)
                continue;
            if (trigger->kind != QLatin1String("none") && !negated({trigger, i, end}, sentence.firstToken))
                hits.append({trigger, i, end});
            i = end - 1;
        }
        bool strong = false;
        for (const TriggerHit& hit : hits)
            strong = strong || hit.trigger->strength != DealTrigger::Weak;
        QList<TriggerHit> kept;
        for (const TriggerHit& hit : hits) {
            if (strong && hit.trigger->strength == DealTrigger::Weak)
                continue;
            if (hit.trigger->strength == DealTrigger::NeedsAmount && !amountAfter(t.token(hit.first).start, sentence.end))
                continue;
            kept.append(hit);
        }
        return kept;
    }

    bool amountAfter(int from, int to) const
    {
        for (const MoneyAmount& amount : amounts) {
            if (amount.start >= from && amount.end <= to)
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
            const int m = mentionAt[k];
            if (m < 0 || mentionFirst(m) != k)
                continue;
            if (!isPartyType(m) || insideBrackets(k, sentence.firstToken) || afterPreposition(m, sentence.firstToken))
                continue;
            if (typeOf(m) != EntityType::Place)
                return m;
            if (lastChoice < 0)
                lastChoice = m;
        }
        return lastChoice;
    }

    // A mention starting within a few words after token `from` (determiners and adjectives skipped).
    int mentionSoonAfter(int from, int limit, int reach) const
    {
        for (int k = from; k < qMin(limit, from + reach); ++k) {
            if (mentionAt[k] >= 0)
                return mentionAt[k];
            if (t.isPunct(k, u',') || t.isPunct(k, u';') || t.isPunct(k, u'.'))
                return -1;
        }
        return -1;
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
        if (government) {
            const bool body = type == EntityType::Place || type == EntityType::Person || type == EntityType::Organization;
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

    // A wire headline in capitals: "PITTSTON AGREES TO ACQUIRE WTC INTERNATIONAL". Its names are
    // often not recognised (no case to go by), so the words before the verb and after it stand for
    // the parties, by text.
    bool isHeadline(const Sentence& sentence) const
    {
        for (int k = sentence.firstToken; k < sentence.endToken; ++k) {
            if (!t.token(k).has(Token::CapsLine))
                return false;
        }
        return sentence.endToken > sentence.firstToken;
    }

    // The words of a name from token `from`: [from, end) in the returned pair, end == from when none.
    std::pair<int, int> headlineName(int from, int limit, bool subject) const
    {
        static const QSet<quint64> stops = [] {
            QSet<quint64> set;
            for (const char16_t* w : {u"says", u"said", u"sees", u"to", u"agrees", u"agreed", u"plans", u"plan",
                                      u"seeks", u"makes", u"making", u"has", u"have", u"had", u"is", u"are",
                                      u"was", u"will", u"may", u"considers", u"in", u"unit", u"units", u"sets",
                                      u"gets", u"wins", u"completes", u"ends", u"extends", u"rejects", u"raises",
                                      u"ups", u"cuts", u"boosts", u"lowers", u"offers", u"for", u"of", u"on", u"at",
                                      u"by", u"with", u"from", u"its", u"it", u"not", u"holders", u"stake",
                                      u"shares", u"share", u"group", u"talks", u"bid", u"offer", u"and", u"the",
                                      u"a", u"an", u"into", u"after", u"over", u"up", u"sale", u"merger", u"buys",
                                      u"sells", u"acquires", u"buy", u"sell", u"acquire", u"mln", u"billion", u"two", u"three",
                                      u"four", u"five", u"six", u"seven", u"eight", u"nine", u"ten", u"one",
                                      u"pct", u"dlrs", u"dlr", u"unit's", u"subsidiary", u"division", u"assets"})
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
               !DealCues::isSecurity(t.token(k).hash) && mentionAt[k] < 0 &&
               !(k == first && t.token(k).kind == Token::Number))
            ++k;
        if (k == first || !t.text()[t.token(first).start].isLetter())
            return {first, first};
        // "SELLS JORDAN TWO CARGOES OF SUGAR": goods, not a company.
        for (int j = k; j < qMin(limit, k + 4); ++j) {
            if (DealCues::isSecurity(t.token(j).hash))
                return {first, first};
        }
        return {first, k};
    }

    // Whether headline words name a company: they hold a company word (CORP, BANK, GROUP), or the
    // story names a company starting with the same word, or the story is a headline alone.
    bool headlineCompany(std::pair<int, int> span) const
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
        for (const ExtractedEntity& entity : e.entities) {
            if (entity.type == EntityType::Company && entity.name.startsWith(head, Qt::CaseInsensitive) &&
                (entity.name.size() == head.size() || !entity.name[head.size()].isLetterOrNumber()))
                return true;
        }
        int words = 0;
        for (int k = 0; k < t.size(); ++k)
            words += !t.token(k).has(Token::CapsLine) && t.token(k).kind == Token::Word;
        return words < 6;
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
        if (mentionAt[sentence.firstToken] < 0 && !trigger.subjectRole.isEmpty())
            addText(headlineName(sentence.firstToken, hit.first, true), trigger.subjectRole);
        const std::pair<int, int> object = headlineName(hit.end, sentence.endToken, false);
        if (!trigger.objectRole.isEmpty() && mentionAt[qMin(hit.end, t.size() - 1)] < 0 &&
            (trigger.kind != QLatin1String("acquisition") || headlineCompany(object)))
            addText(object, trigger.objectRole);
        for (int k = hit.end; k + 1 < sentence.endToken; ++k) {
            const auto role = trigger.prepositionRoles.constFind(t.tokenText(k).toString().toLower());
            if (role != trigger.prepositionRoles.constEnd() && mentionAt[k + 1] < 0)
                addText(headlineName(k + 1, sentence.endToken, false), *role);
        }
    }

    void readParties(DraftDeal& draft, const Sentence& sentence, const TriggerHit& hit) const
    {
        const DealTrigger& trigger = *hit.trigger;
        // The clause runs to a semicolon or the end of the sentence.
        int clauseEnd = hit.end;
        while (clauseEnd < sentence.endToken && !t.isPunct(clauseEnd, u';'))
            ++clauseEnd;
        int subject = subjectOf(sentence, hit.first);
        if (subject < 0 && !trigger.subjectRole.isEmpty()) {
            const int pronoun = DealCues::pronounSubjectBefore(t, qMax(sentence.firstToken, hit.first - 8), hit.first);
            if (pronoun >= 0)
                subject = antecedent(pronoun);
        }
        addParty(draft, subject, trigger.subjectRole);
        // "US President Joe Biden", "US Commerce Department": the country acts through them.
        if (subject >= 0 && isGovernmentKind(trigger.kind)) {
            for (int k = mentionFirst(subject) - 1; k >= sentence.firstToken; --k) {
                const int m = mentionAt[k];
                if (m >= 0 && typeOf(m) == EntityType::Place) {
                    addParty(draft, m, QStringLiteral("government"));
                    break;
                }
                const bool title = t.token(k).kind == Token::Word && Lexicon::contains(Lexicon::Title, t.token(k).hash);
                if (m < 0 && !title && !t.isPunct(k, u'-'))
                    break;
            }
        }
        // Prepositional roles: "from X", "to X", "with X", "against X".
        for (int k = hit.end; k < qMin(clauseEnd, hit.end + 16); ++k) {
            if (t.token(k).kind != Token::Word || mentionAt[k] >= 0)
                continue;
            const QString preposition = t.tokenText(k).toString().toLower();
            const auto role = trigger.prepositionRoles.constFind(preposition);
            if (role == trigger.prepositionRoles.constEnd())
                continue;
            const int m = mentionSoonAfter(k + 1, clauseEnd, 4);
            if (m >= 0 && isPartyType(m))
                addParty(draft, m, *role);
        }
        // A phrase that ends in its preposition ("acquired by", "stake in"): what follows has its role.
        const QString lastWord = trigger.phrase.section(QLatin1Char(' '), -1).toLower();
        if (const auto role = trigger.prepositionRoles.constFind(lastWord); role != trigger.prepositionRoles.constEnd()) {
            const int m = mentionSoonAfter(hit.end, clauseEnd, 4);
            if (m >= 0 && isPartyType(m))
                addParty(draft, m, *role);
        }
        // The object: the first mention after the trigger that no preposition governs.
        if (!trigger.objectRole.isEmpty()) {
            for (int k = hit.end; k < qMin(clauseEnd, hit.end + 12); ++k) {
                if (t.isPunct(k, u','))
                    break;
                const int m = mentionAt[k];
                if (m < 0 || mentionFirst(m) != k || !isPartyType(m))
                    continue;
                if (!afterPreposition(m, hit.end) && !insideBrackets(k, hit.end))
                    addParty(draft, m, trigger.objectRole);
                break;
            }
        }
    }

    // What an acquisition word acts on must be something companies buy and sell: a company, a unit,
    // a stake. Securities and goods are traded, not acquired ("sells 100 mln dlrs of notes", "buy
    // back its shares", "bought 500,000 tonnes"), unless they are a stake in another company.
    bool businessObject(const TriggerHit& hit, int limit) const
    {
        static const quint64 its = word(u"its");
        static const quint64 their = word(u"their");
        static const quint64 own = word(u"own");
        static const quint64 of = word(u"of");
        static const quint64 in = word(u"in");
        static const quint64 to = word(u"to");
        const bool sale = hit.trigger->subjectRole == QLatin1String("seller");
        for (int k = hit.end; k < qMin(limit, hit.end + 12); ++k) {
            const quint64 h = t.token(k).hash;
            if (t.isPunct(k, u';') || (t.isPunct(k, u'.') && (k + 1 >= limit || t.token(k + 1).has(Token::SpaceBefore))))
                break;
            // "the division's products": a noun before a possessive only modifies the object.
            const bool possessed = t.isPunct(k + 1, u'\'') || t.isPunct(k + 1, 0x2019);
            if (DealCues::isBusinessNoun(h) && !possessed)
                return true;
            const int m = mentionAt[k];
            if (m >= 0 && (typeOf(m) == EntityType::Company || typeOf(m) == EntityType::Organization)) {
                // "Tylan shares" is a stake; "Boeing 747s" and "Ford Tempos" are goods.
                const int after = mentionEnd(m);
                if (after < limit && !t.token(after).has(Token::SpaceBefore))
                    return true;
                if (after < limit && DealCues::isSecurity(t.token(after).hash))
                    return true;
                if (after < limit && (t.token(after).kind == Token::Number || t.text()[t.token(after).start].isDigit() ||
                                      (t.token(after).has(Token::Upper) && mentionAt[after] < 0)))
                    return false;
                return true;
            }
            if (DealCues::isSecurity(h)) {
                if (k > 0 && (t.is(k - 1, its) || t.is(k - 1, their) || t.is(k - 1, own)) && !sale)
                    return false;
                // "shares of Cyclops", "stock in Cyclops": a stake; "sold ... shares to Sedio": a
                // stake changes hands.
                for (int j = k + 1; j < qMin(limit, k + 12); ++j) {
                    const bool link = t.is(j, of) || t.is(j, in) || (sale && t.is(j, to));
                    if (!link || j + 1 >= limit)
                        continue;
                    const int owner = mentionSoonAfter(j + 1, limit, 3);
                    if (owner >= 0 && typeOf(owner) == EntityType::Company)
                        return true;
                }
                return false;
            }
        }
        // A noun trigger after its object: "the Cyclops acquisition", "Cyclops's sale".
        if (!isNoun(*hit.trigger))
            return false;
        for (int k = hit.first - 1; k >= qMax(0, hit.first - 3); --k) {
            if (DealCues::isBusinessNoun(t.token(k).hash) ||
                (mentionAt[k] >= 0 && typeOf(mentionAt[k]) == EntityType::Company))
                return true;
            const bool possessive = t.isPunct(k, u'\'') || t.isPunct(k, 0x2019) || t.tokenText(k) == u"s";
            if (!possessive)
                break;
        }
        return false;
    }

    static bool isNoun(const DealTrigger& trigger)
    {
        static const QStringList nouns = {QStringLiteral("acquisition"), QStringLiteral("takeover"),
                                          QStringLiteral("merger"),      QStringLiteral("buyout"),
                                          QStringLiteral("purchase"),    QStringLiteral("sale"),
                                          QStringLiteral("stake"),       QStringLiteral("bid"),
                                          QStringLiteral("offer"),       QStringLiteral("divestiture"),
                                          QStringLiteral("disposal")};
        for (const QString& noun : nouns) {
            if (trigger.phrase.contains(noun) && !trigger.phrase.startsWith(QLatin1String("purchased")))
                return true;
        }
        return false;
    }

    bool negated(const TriggerHit& hit, int floor) const
    {
        for (int k = hit.first - 1; k >= qMax(floor, hit.first - 3); --k) {
            if (DealCues::isNegation(t.token(k).hash) || t.tokenText(k) == u"t") // "didn't"
                return true;
        }
        return false;
    }

    QList<DraftDeal> readSentence(int s)
    {
        const Sentence& sentence = t.sentences()[s];
        // A table footnote ("NOTE: prior qtr excludes ... sale of unit") explains figures; it does
        // not report a deal.
        if (t.tokenText(sentence.firstToken).compare(u"note", Qt::CaseInsensitive) == 0 &&
            t.isPunct(sentence.firstToken + 1, u':'))
            return {};
        const QList<TriggerHit> hits = triggersOf(sentence);
        QList<DraftDeal> drafts;
        QHash<QString, int> byKind;
        for (const TriggerHit& hit : hits) {
            const QString& kind = hit.trigger->kind;
            const bool headline = isHeadline(sentence);
            if (kind == QLatin1String("acquisition") && !businessObject(hit, sentence.endToken) &&
                !(headline && headlineCompany(headlineName(hit.end, sentence.endToken, false))))
                continue;
            int index = byKind.value(kind, -1);
            if (index < 0) {
                DraftDeal draft;
                draft.deal.kind = kind;
                draft.firstSentence = draft.lastSentence = s;
                draft.deal.evidenceStart = sentence.start;
                draft.deal.evidenceEnd = sentence.end;
                draft.deal.evidence = t.text().mid(sentence.start, sentence.end - sentence.start);
                draft.deal.time = DealCues::timeExpression(draft.deal.evidence);
                QString status = DealCues::status(t, qMax(sentence.firstToken, hit.first - 14), hit.first, hit.end,
                                                  sentence.endToken);
                if (status.isEmpty())
                    status = hit.trigger->status;
                draft.deal.status = status.isEmpty() ? QStringLiteral("announced") : status;
                if (hasMoney(kind))
                    draft.deal.amount = amountFor(sentence, hit);
                index = int(drafts.size());
                byKind.insert(kind, index);
                drafts.append(draft);
            }
            readParties(drafts[index], sentence, hit);
            if (headline)
                readHeadlineParties(drafts[index], sentence, hit);
        }
        QList<DraftDeal> kept;
        for (DraftDeal& draft : drafts) {
            // Other companies named in the sentence take part ("one of the parties involved"); in a
            // subsidy they are who receives it ("will give Intel US$8.5 billion in subsidies").
            if (draft.deal.kind == QLatin1String("subsidy")) {
                for (int k = sentence.firstToken; k < sentence.endToken; ++k) {
                    const int m = mentionAt[k];
                    if (m >= 0 && mentionFirst(m) == k && typeOf(m) == EntityType::Company)
                        addParty(draft, m, QStringLiteral("target"));
                }
            } else if (!isGovernmentKind(draft.deal.kind)) {
                for (int k = sentence.firstToken; k < sentence.endToken; ++k) {
                    const int m = mentionAt[k];
                    if (m >= 0 && mentionFirst(m) == k && typeOf(m) == EntityType::Company)
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
            if (!draft.deal.parties.isEmpty())
                kept.append(draft);
        }
        return kept;
    }

    std::optional<MoneyAmount> amountFor(const Sentence& sentence, const TriggerHit& hit) const
    {
        const int triggerStart = t.token(hit.first).start;
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
        return before;
    }

    QString placeIn(const Sentence& sentence, const DraftDeal& draft) const
    {
        static const quint64 in = word(u"in");
        static const quint64 at = word(u"at");
        static const quint64 near = word(u"near");
        for (int k = sentence.firstToken + 1; k < sentence.endToken; ++k) {
            const int m = mentionAt[k];
            if (m < 0 || mentionFirst(m) != k || typeOf(m) != EntityType::Place || draft.partyMentions.contains(m))
                continue;
            const quint64 before = t.token(k - 1).hash;
            if (before == in || before == at || before == near)
                return e.entities[e.mentions[m].entity].name;
        }
        return {};
    }

    static bool shareParty(const Deal& a, const Deal& b)
    {
        for (const DealParty& x : a.parties) {
            for (const DealParty& y : b.parties) {
                if ((x.entity >= 0 && x.entity == y.entity) || x.name.compare(y.name, Qt::CaseInsensitive) == 0)
                    return true;
            }
        }
        return false;
    }

    // A deal told over two adjacent sentences is one deal.
    QList<Deal> merge(QList<DraftDeal>& drafts) const
    {
        QList<DraftDeal> merged;
        for (DraftDeal& draft : drafts) {
            bool joined = false;
            for (DraftDeal& previous : merged) {
                if (previous.deal.kind != draft.deal.kind || previous.lastSentence + 1 != draft.firstSentence ||
                    !shareParty(previous.deal, draft.deal))
                    continue;
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
                previous.deal.evidence = t.text().mid(previous.deal.evidenceStart,
                                                      previous.deal.evidenceEnd - previous.deal.evidenceStart);
                previous.lastSentence = draft.lastSentence;
                joined = true;
                break;
            }
            if (!joined)
                merged.append(draft);
        }
        QList<Deal> deals;
        for (const DraftDeal& draft : merged)
            deals.append(draft.deal);
        return deals;
    }
};

} // namespace

DealExtractor::DealExtractor(std::shared_ptr<const DealLexicon> lexicon) : m_lexicon(std::move(lexicon)) {}

QList<Deal> DealExtractor::extract(const TextAnalysis& text, const StoryEntities& entities,
                                   const QList<MoneyAmount>& amounts, const std::vector<bool>& blocked) const
{
    return Reader(text, entities, amounts, blocked, *m_lexicon).run();
}

} // namespace ws
