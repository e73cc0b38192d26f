#include "extract/EntityRecognizer.h"

#include "extract/GlossReader.h"
#include "extract/Lexicon.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace ws {

namespace {

int strengthOf(EntityCandidate::Source source)
{
    switch (source) {
    case EntityCandidate::Alias:
        return 7;
    case EntityCandidate::Gazetteer:
        return 6;
    case EntityCandidate::Title:
        return 5;
    case EntityCandidate::Suffix:
    case EntityCandidate::OrgName:
    case EntityCandidate::Gloss:
    case EntityCandidate::Acronym:
    case EntityCandidate::Credit:
    case EntityCandidate::Bracketed:
        return 4;
    case EntityCandidate::HeadNoun:
    case EntityCandidate::Cue:
    case EntityCandidate::Based:
    case EntityCandidate::Story:
        return 2;
    }
    return 0;
}

class Pass
{
public:
    Pass(const TextAnalysis& text, const NameRuns& runs, const Gazetteer& gazetteer)
        : t(text), runs(runs), g(gazetteer), gazetteerAt(size_t(text.size()) + 1, -1),
          gazetteerEnd(size_t(text.size()) + 1, 0), lastEndingAt(size_t(text.size()) + 1, -1)
    {
        // About a candidate per name run or listed name: room for them all from the start.
        const qsizetype expected = runs.runs().size() + text.size() / 16 + 8;
        out.reserve(expected);
        previousEndingAt.reserve(size_t(expected));
    }

    QList<EntityCandidate> run()
    {
        gazetteerMatches();
        bracketedNames();
        for (const NameRun& run : runs.runs())
            classify(run, 0, int(run.units.size()));
        glosses();
        credits();
        return settle();
    }

private:
    const TextAnalysis& t;
    const NameRuns& runs;
    const Gazetteer& g;
    QList<EntityCandidate> out;
    // Per token, not hashed: a story has a few hundred tokens, and these are asked for every run.
    std::vector<int> gazetteerAt;      // first token -> gazetteer candidate, -1 for none
    std::vector<char> gazetteerEnd;    // end tokens of gazetteer matches
    std::vector<int> lastEndingAt;     // end token -> the latest candidate ending there, -1 for none
    std::vector<int> previousEndingAt; // candidate -> the one added before it with the same end, or -1

    int listedAt(int first) const
    {
        return first >= 0 && first < int(gazetteerAt.size()) ? gazetteerAt[size_t(first)] : -1;
    }
    bool listedEndsAt(int end) const
    {
        return end >= 0 && end < int(gazetteerEnd.size()) && gazetteerEnd[size_t(end)];
    }

    int add(EntityType type, EntityCandidate::Source source, int first, int end, int entry = -1)
    {
        EntityCandidate candidate;
        candidate.type = type;
        candidate.source = source;
        candidate.first = first;
        candidate.end = end;
        candidate.gazetteerEntry = entry;
        candidate.strength = strengthOf(source);
        out.append(candidate);
        const int index = int(out.size()) - 1;
        previousEndingAt.push_back(lastEndingAt[size_t(end)]);
        lastEndingAt[size_t(end)] = index;
        return index;
    }

    // Wire copy brackets companies that have no ticker, in headlines too: "<ACME AG> COMPLETES ...".
    // Body runs are read by classify(); here, the blocked (headline) ones.
    void bracketedNames()
    {
        const int n = t.size();
        for (int i = 0; i + 2 < n; ++i) {
            if (!runs.blocked(i) || !t.isPunct(i, u'<')) // most tokens: not in a headline
                continue;
            int close = i + 1;
            while (close < n && close < i + 10 && t.token(close).kind == Token::Word)
                ++close;
            if (close >= n || !t.isPunct(close, u'>') || close - i < 3)
                continue;
            add(EntityType::Company, EntityCandidate::Bracketed, i + 1, close);
            i = close;
        }
    }

    void gazetteerMatches()
    {
        for (const GazetteerMatch& match : g.match(t.text(), t.tokens())) {
            // A kicker label ("CHIP SUPPLY:") names no entity; "US$", "HK$" are currencies.
            if (runs.kickers()[size_t(match.firstToken)] || t.isGluedDollar(match.endToken))
                continue;
            const int index = add(g.entry(match.entry).type, EntityCandidate::Gazetteer, match.firstToken,
                                  match.endToken, match.entry);
            gazetteerAt[size_t(match.firstToken)] = index;
            gazetteerEnd[size_t(match.endToken)] = 1;
        }
    }

    quint64 head(const NameRun& run, int unit) const { return t.token(run.units[unit].first).hash; }
    bool single(const NameRun& run, int unit) const
    {
        return run.units[unit].end - run.units[unit].first == 1;
    }
    // The lexicon sets of a unit (Lexicon::bit() each).
    quint32 unitSets(const NameRun& run, int unit) const
    {
        // A unit counts as a word of a set when it is that word, or that word with its full stop.
        const NameUnit& u = run.units[unit];
        if (u.end - u.first == 1 || (u.end - u.first == 2 && t.isPunct(u.first + 1, u'.')))
            return Lexicon::setsOf(head(run, unit));
        // Initials spell a word: "N.V." is NV, "S.A." is SA.
        if (t.token(u.first).length() == 1 && t.isPunct(u.first + 1, u'.')) {
            quint64 hash = Tokenizer::hashSeed;
            for (int k = u.first; k < u.end; k += 2)
                hash = Tokenizer::hashStep(hash, Tokenizer::foldChar(t.text()[t.token(k).start].unicode()));
            return Lexicon::setsOf(hash);
        }
        return 0;
    }
    bool unitIs(const NameRun& run, int unit, Lexicon::Set set) const
    {
        return unitSets(run, unit) & Lexicon::bit(set);
    }
    bool isTitleWord(int token) const
    {
        return token >= 0 && t.token(token).kind == Token::Word &&
               Lexicon::contains(Lexicon::Title, t.token(token).hash);
    }
    bool nonPersonListed(int first) const
    {
        const int index = listedAt(first);
        return index >= 0 && out[index].type != EntityType::Person;
    }

    // How many units from `a` (up to 3, before `b`) look like a person's name.
    int personUnits(const NameRun& run, int a, int b) const
    {
        int count = 0;
        for (int u = a; u < b && count < 3; ++u) {
            const NameUnit& unit = run.units[u];
            if (u > a && t.token(unit.first - 1).kind == Token::Word &&
                !t.token(unit.first - 1).has(Token::Upper))
                break; // a connector: "Bank of America"
            const Token& token = t.token(unit.first);
            const bool initials =
                unit.end - unit.first >= 2 && t.isPunct(unit.first + 1, u'.') && token.length() == 1;
            if (token.has(Token::AllUpper) && token.length() > 1 && !initials)
                break;
            constexpr quint32 excluded = Lexicon::bit(Lexicon::LegalSuffix) | Lexicon::bit(Lexicon::OrgWord) |
                                         Lexicon::bit(Lexicon::CompanyHead) |
                                         Lexicon::bit(Lexicon::MediaWord) | Lexicon::bit(Lexicon::Weekday) |
                                         Lexicon::bit(Lexicon::Title) | Lexicon::bit(Lexicon::Nationality);
            if ((Lexicon::setsOf(token.hash) & excluded) || nonPersonListed(unit.first))
                break;
            ++count;
        }
        return count;
    }

    // The unit after a title's office: "Secretary of State Colin Powell", "Minister of Foreign
    // Affairs Wang Yi" name their portfolio after "of" or "for". Without one, the unit after the title.
    int afterPortfolio(const NameRun& run, int title, int b) const
    {
        static const quint64 ofWord = word(u"of");
        static const quint64 forWord = word(u"for");
        const int next = title + 1;
        if (next >= b)
            return next;
        const int connector = run.units[next].first - 1;
        if (connector < run.units[title].end || !(t.is(connector, ofWord) || t.is(connector, forWord)))
            return next;
        int k = next;
        while (k < b && unitIs(run, k, Lexicon::Portfolio))
            ++k;
        return k;
    }

    bool institutional(const NameRun& run, int a, int b) const
    {
        constexpr quint32 sets = Lexicon::bit(Lexicon::OrgWord) | Lexicon::bit(Lexicon::CompanyHead) |
                                 Lexicon::bit(Lexicon::LegalSuffix);
        for (int k = a; k < b; ++k) {
            if (unitSets(run, k) & sets)
                return true;
        }
        return false;
    }

    void classify(const NameRun& run, int a, int b)
    {
        static const quint64 andWord = word(u"and");
        static const quint64 ofWord = word(u"of");
        static const quint64 administration = word(u"administration");
        static const quint64 yuan = word(u"yuan");
        // Capitalised only because a sentence starts there ("The", "However"), or a title that no
        // name follows ("Vice President for Financial Communications", "Chairman of Exco Inc").
        while (a < b && single(run, a) &&
               (Lexicon::contains(Lexicon::SentenceStart, head(run, a)) ||
                // "Rival Advanced Micro Devices Inc said": a company word starting the sentence.
                (Lexicon::contains(Lexicon::CompanyCue, head(run, a)) &&
                 runs.atSentenceStart(run.units[a].first)) ||
                (unitIs(run, a, Lexicon::Title) &&
                 ((personUnits(run, afterPortfolio(run, a, b), b) == 0 && !institutional(run, a + 1, b)) ||
                  (a + 1 < b && run.units[a + 1].first - 1 >= run.units[a].end &&
                   t.token(run.units[a + 1].first - 1).kind == Token::Word &&
                   afterPortfolio(run, a, b) == a + 1)))))
            ++a;
        if (a >= b)
            return;
        // A dateline in capitals before the first name: "PARIS Apple Computer engineered ...".
        // (A city's name, at the start: "US Airways" is one name.)
        if (a + 1 < b && single(run, a) && t.token(run.units[a].first).has(Token::AllUpper) &&
            t.token(run.units[a].first).length() >= 4 && runs.atSentenceStart(run.units[a].first) &&
            !t.token(run.units[a + 1].first).has(Token::AllUpper) && nonPersonListed(run.units[a].first) &&
            out[listedAt(run.units[a].first)].type == EntityType::Place) {
            classify(run, a + 1, b);
            return;
        }
        // A headline in title case: "iMac Computer Is All Display" is no one name.
        for (int u = a + 1; u < b; ++u) {
            if (single(run, u) && unitIs(run, u, Lexicon::AuxiliaryVerb)) {
                classify(run, a, u);
                classify(run, u + 1, b);
                return;
            }
        }
        // "US President Joe Biden", "Nvidia CEO Jensen Huang": a title inside the run.
        for (int u = a; u + 1 < b; ++u) {
            if (!unitIs(run, u, Lexicon::Title))
                continue;
            const int from = afterPortfolio(run, u, b);
            const int count = personUnits(run, from, b);
            if (count == 0)
                continue;
            // "Executive Yuan", "General Motors": what follows belongs to a company or body.
            if (institutional(run, from, b))
                continue;
            classify(run, a, u);
            add(EntityType::Person, EntityCandidate::Title, run.units[from].first,
                run.units[from + count - 1].end);
            if (from + count < b)
                classify(run, from + count, b);
            return;
        }
        // "Samsung Electronics Co and SK Hynix Inc", "Micron Technology Inc and South Korea": a name
        // that ends in a corporate suffix ends there.
        for (int u = a + 1; u < b; ++u) {
            const bool listedBoundary =
                listedEndsAt(run.units[u - 1].end) || listedAt(run.units[u].first) >= 0;
            // ("E.C. Jordan and Co" is one name: what follows "and" is a suffix only.)
            bool suffixOnly = true;
            for (int v = u; v < b && suffixOnly; ++v)
                suffixOnly = unitIs(run, v, Lexicon::LegalSuffix);
            if (t.is(run.units[u].first - 1, andWord) && !suffixOnly &&
                (unitIs(run, u - 1, Lexicon::LegalSuffix) || listedBoundary)) {
                classify(run, a, u);
                classify(run, u, b);
                return;
            }
            // "exports to China of Nvidia Corp": a listed name before a connector is whole already
            // ("Bank of China" is not: "Bank" alone is not listed).
            const int connector = run.units[u].first - 1;
            const int listed = listedAt(run.units[a].first);
            if (connector >= run.units[u - 1].end && t.token(connector).kind == Token::Word && listed >= 0 &&
                out[listed].end == run.units[u - 1].end) {
                classify(run, u, b);
                return;
            }
        }
        const int first = run.units[a].first;
        const int end = run.units[b - 1].end;
        const int units = b - a;
        bool nameWord = false; // a word that is not itself a suffix or company noun
        bool allTechnical = true;
        bool orgWord = false;
        for (int u = a; u < b; ++u) {
            const quint32 sets = unitSets(run, u);
            nameWord = nameWord ||
                       !(sets & (Lexicon::bit(Lexicon::LegalSuffix) | Lexicon::bit(Lexicon::CompanyHead)));
            allTechnical = allTechnical &&
                           (sets & (Lexicon::bit(Lexicon::TechWord) | Lexicon::bit(Lexicon::CompanyHead)));
            if (sets & Lexicon::bit(Lexicon::OrgWord)) {
                const quint64 h = head(run, u);
                if ((h == administration && units < 3) || (h == yuan && units < 2))
                    continue;
                orgWord = true;
            }
        }
        if (units >= 2 && nameWord && unitIs(run, b - 1, Lexicon::LegalSuffix)) {
            // "Foo Holdings Co" and "Foo, Inc." are companies; so is "Foo Corp" after a comma.
            add(EntityType::Company, EntityCandidate::Suffix, first, end);
            return;
        }
        if (units >= 2 && unitIs(run, b - 1, Lexicon::PlaceWord)) {
            add(EntityType::Place, EntityCandidate::OrgName, first, end);
            return;
        }
        if (orgWord && units >= 2) {
            add(EntityType::Organization, EntityCandidate::OrgName, first, end);
            return;
        }
        if (units >= 2 && unitIs(run, b - 1, Lexicon::MediaWord)) {
            add(EntityType::Organization, EntityCandidate::OrgName, first, end);
            return;
        }
        if (units >= 2 && nameWord && !allTechnical && unitIs(run, b - 1, Lexicon::CompanyHead)) {
            // "Jon Smith and Ann Lee of Colonial Realty": the company is what follows the last "and"
            // or "of"; without a legal suffix those words do not join one name.
            for (int u = b - 1; u > a; --u) {
                const int before = run.units[u].first - 1;
                if (t.is(before, andWord) || t.is(before, ofWord)) {
                    if (b - u >= 2)
                        classify(run, u, b);
                    return;
                }
            }
            add(EntityType::Company, EntityCandidate::HeadNoun, first, end);
            return;
        }
        classifyByContext(run, a, b);
    }

    // A run with no telling word of its own: what stands around it.
    void classifyByContext(const NameRun& run, int a, int b)
    {
        static const quint64 theWord = word(u"the");
        static const quint64 aWord = word(u"a");
        static const quint64 anWord = word(u"an");
        static const quint64 its = word(u"its");
        const int first = run.units[a].first;
        const int end = run.units[b - 1].end;
        // "Russian" alone is an adjective, whatever stands around it.
        if (b - a == 1 && unitIs(run, a, Lexicon::Nationality))
            return;
        // A title or role before: "CEO Jensen Huang", "chairman and CEO C.C. Wei", "Mr. Smith".
        int before = first - 1;
        if (t.isPunct(before, u'.'))
            --before;
        // Across a sentence end only a full name: "Kmart names new CEO" is a headline and "Kmart"
        // starts the body, but "... as chief executive. H. Thomas Watkins, 51, will ..." is a person.
        if (isTitleWord(before) && !runs.blocked(before)) {
            const int count = personUnits(run, a, b);
            if (count > 1 || (count == 1 && t.sentenceOf(before) == t.sentenceOf(first))) {
                add(EntityType::Person, EntityCandidate::Title, first, run.units[a + count - 1].end);
                return;
            }
        }
        // "Jun Young-hyun, vice chairman and head of ...", "John Smith, an analyst at ...".
        if (b - a >= 2 && b - a <= 3 && personUnits(run, a, b) == b - a && t.isPunct(end, u',')) {
            int k = end + 1;
            if (t.is(k, theWord) || t.is(k, aWord) || t.is(k, anWord) || t.is(k, its))
                ++k;
            for (int steps = 0; steps < 4 && k < t.size(); ++steps, ++k) {
                // "..., an industry analyst said": the analyst speaks; the name is no apposition.
                if (isTitleWord(k) &&
                    !(k + 1 < t.size() && Lexicon::contains(Lexicon::ReportingVerb, t.token(k + 1).hash))) {
                    add(EntityType::Person, EntityCandidate::Title, first, end);
                    return;
                }
                if (t.token(k).kind != Token::Word || t.token(k).has(Token::Upper))
                    break;
            }
        }
        // "X-based": a place.
        if (t.isPunct(end, u'-') && end + 1 < t.size() && !t.token(end).has(Token::SpaceBefore) &&
            Lexicon::contains(Lexicon::PlaceSuffixWord, t.token(end + 1).hash)) {
            add(EntityType::Place, EntityCandidate::Based, first, end);
            return;
        }
        // Wire copy brackets companies that have no ticker: "<Gamma Corp>".
        if (t.isPunct(first - 1, u'<') && t.isPunct(end, u'>')) {
            add(EntityType::Company, EntityCandidate::Bracketed, first, end);
            return;
        }
        // A company word just before, in the same sentence: "German firm Qimonda", "chipmaker
        // Micron", "US-based Micron" (not a headline's last word before the body's first).
        if (first > 0 && !runs.blocked(first - 1) && t.token(first - 1).kind == Token::Word &&
            t.sentenceOf(first - 1) == t.sentenceOf(first) && !t.token(first - 1).has(Token::Upper) &&
            Lexicon::contains(Lexicon::CompanyCue, t.token(first - 1).hash) &&
            personUnits(run, a, b) < b - a) {
            add(EntityType::Company, EntityCandidate::Cue, first, end);
            return;
        }
        // An apposition after: "Innotron Memory, the parent firm of ...".
        if (t.isPunct(end, u',') && appositionNamesCompany(end + 1)) {
            add(EntityType::Company, EntityCandidate::Cue, first, end);
            return;
        }
    }

    // ", the parent firm of", ", a chipmaker", ", the ailing British carmaker": a company word
    // within a few lower-case words (or nationalities) after a comma.
    bool appositionNamesCompany(int k) const
    {
        for (int steps = 0; steps < 4 && k < t.size(); ++steps, ++k) {
            const Token& token = t.token(k);
            if (token.kind != Token::Word ||
                (token.has(Token::Upper) && !Lexicon::contains(Lexicon::Nationality, token.hash)))
                return false;
            if (Lexicon::contains(Lexicon::CompanyCue, token.hash))
                return true;
        }
        return false;
    }

    // A company word within a few tokens of the name, in its clause ("... the foundry; Chang's wife
    // Sophie Chang (張淑芬)" has none).
    bool companyCueNear(int first, int end) const
    {
        int from = first;
        while (from > qMax(0, first - 6) && !t.isPunct(from - 1, u';') &&
               t.sentenceOf(from - 1) == t.sentenceOf(first))
            --from;
        int to = end;
        while (to < qMin(t.size(), end + 8) && !t.isPunct(to, u';') &&
               t.sentenceOf(to) == t.sentenceOf(first))
            ++to;
        for (int k = from; k < to; ++k) {
            if (k >= first && k < end)
                continue;
            const Token& token = t.token(k);
            if (token.kind == Token::Word && !token.has(Token::Upper) &&
                Lexicon::contains(Lexicon::CompanyCue, token.hash))
                return true;
        }
        return false;
    }

    // The candidate ending at token `end` that a gloss there explains (the longest).
    int candidateEndingAt(int end) const
    {
        int best = -1;
        if (end < 0 || end >= int(lastEndingAt.size()))
            return best;
        // Latest first, as the candidates were listed before (a tie keeps the latest).
        for (int index = lastEndingAt[size_t(end)]; index >= 0; index = previousEndingAt[size_t(index)]) {
            const EntityCandidate& c = out[index];
            if (c.source == EntityCandidate::Alias)
                continue;
            if (best < 0 || c.length() > out[best].length())
                best = index;
        }
        return best;
    }

    void glosses()
    {
        const int n = t.size();
        for (int p = 1; p < n; ++p) {
            if (t.token(p).kind != Token::Punct || !(t.isPunct(p, u'(') || t.isPunct(p, 0xFF08)) ||
                runs.blocked(p))
                continue;
            const std::optional<Gloss> gloss = GlossReader::at(t, p);
            if (!gloss)
                continue;
            int headIndex = candidateEndingAt(p);
            const Gloss::Part* abbreviation = gloss->abbreviation();
            const QString abbreviationText =
                abbreviation ? t.spanText(abbreviation->first, abbreviation->end) : QString();
            // A lower-case long form: "through-silicon via (TSV)".
            if (abbreviation && !t.token(p - 1).has(Token::Upper)) {
                const int longFirst = GlossReader::longFormStart(t, p, abbreviationText);
                if (longFirst >= 0 && (headIndex < 0 || out[headIndex].first > longFirst))
                    headIndex = acronymHead(longFirst, p, *abbreviation);
            }
            const int run = runs.runEndingAt(p);
            // An unclassified run (or one longer than the listed name at its end) is read from the
            // gloss; a name a pattern has read already ("CEO Lisa Su (蘇姿丰)") keeps its reading.
            if (run >= 0 && (headIndex < 0 || (out[headIndex].source == EntityCandidate::Gazetteer &&
                                               out[headIndex].first > runs.runs()[run].first())))
                headIndex = glossHead(runs.runs()[run], *gloss, headIndex);
            if (headIndex < 0)
                continue;
            // "Gaza Strip (AFP)": a listed name of another kind in brackets is a credit, no alias.
            if (gloss->parts.size() == 1 && !gloss->parts.first().han) {
                const Gloss::Part& part = gloss->parts.first();
                const int listed = listedAt(part.first);
                if (listed >= 0 && out[listed].end == part.end && out[listed].type != out[headIndex].type) {
                    p = gloss->close;
                    continue;
                }
            }
            for (const Gloss::Part& part : gloss->parts) {
                const int alias = add(out[headIndex].type, EntityCandidate::Alias, part.first, part.end);
                out[alias].aliasOf = headIndex;
            }
            p = gloss->close;
        }
    }

    int acronymHead(int first, int end, const Gloss::Part& abbreviation)
    {
        // Listed already (by the long form or the abbreviation)?
        const int listed = listedAt(abbreviation.first);
        if (listed >= 0 && out[listed].end == abbreviation.end)
            return add(out[listed].type, EntityCandidate::Acronym, first, end, out[listed].gazetteerEntry);
        bool technical = false;
        for (int k = first; k < end; ++k)
            technical = technical || Lexicon::contains(Lexicon::TechWord, t.token(k).hash);
        if (technical)
            return add(EntityType::Technology, EntityCandidate::Acronym, first, end);
        return -1;
    }

    // The type of an unlisted name from its gloss and surroundings: "Innotron Memory (合肥長鑫)".
    int glossHead(const NameRun& run, const Gloss& gloss, int existing)
    {
        int a = 0;
        const int b = int(run.units.size());
        while (a < b && single(run, a) && Lexicon::contains(Lexicon::SentenceStart, head(run, a)))
            ++a;
        if (a >= b)
            return existing;
        const int first = run.units[a].first;
        const int end = run.units[b - 1].end;
        if (existing >= 0 && out[existing].first <= first)
            return existing;
        // "Minister of Economic Affairs Kuo Jyh-huei (郭智輝)": a romanised name with a hyphenated
        // given name at the end of the run is the person the gloss names.
        if (gloss.hasHan() && b - a >= 3) {
            const NameUnit& last = run.units[b - 1];
            const bool hyphenated = last.end - last.first == 3 && t.isPunct(last.first + 1, u'-') &&
                                    !t.token(last.first + 2).has(Token::Upper);
            if (hyphenated && personUnits(run, b - 2, b) == 2 && t.token(run.units[b - 2].first).has(Token::SpaceBefore))
                return add(EntityType::Person, EntityCandidate::Gloss, run.units[b - 2].first, end);
        }
        std::optional<EntityType> type;
        for (const Gloss::Part& part : gloss.parts) {
            if (part.han && !type)
                type = GlossReader::typeFromHan(t.span(part.first, part.end));
        }
        bool technical = false;
        bool allTechnical = true;
        for (int u = a; u < b; ++u) {
            technical =
                technical || unitIs(run, u, Lexicon::TechWord) || unitIs(run, u, Lexicon::CompanyHead);
            allTechnical = allTechnical && unitIs(run, u, Lexicon::TechWord);
        }
        if (const Gloss::Part* abbreviation = gloss.abbreviation(); !type && abbreviation) {
            const QString letters = t.spanText(abbreviation->first, abbreviation->end);
            // A listed abbreviation names the words before it only when they spell it: "RAFAH,
            // Gaza Strip (AFP)" is a dateline, not the agency's long name.
            const int listed = listedAt(abbreviation->first);
            if (listed >= 0 && out[listed].end == abbreviation->end) {
                // Nor is a capitalised name glossed by a technology's acronym that technology:
                // "Commonwealth of Independent States (CIS)" is no CMOS image sensor.
                if (GlossReader::longFormStart(t, end, letters) < first ||
                    out[listed].type == EntityType::Technology)
                    return existing;
                return add(out[listed].type, EntityCandidate::Gloss, first, end, out[listed].gazetteerEntry);
            }
            if (allTechnical && GlossReader::longFormStart(t, end, letters) >= 0)
                type = EntityType::Technology;
        }
        if (!type && (technical || companyCueNear(first, gloss.close + 1)))
            type = EntityType::Company;
        if (!type && gloss.hasHan() && personUnits(run, a, b) == b - a && b - a >= 2) {
            // "Lai Ching-te (賴清德)": a romanised Chinese name with a hyphenated given name.
            for (int u = a; u < b; ++u) {
                const NameUnit& unit = run.units[u];
                if (unit.end - unit.first == 3 && t.isPunct(unit.first + 1, u'-') &&
                    !t.token(unit.first + 2).has(Token::Upper))
                    type = EntityType::Person;
            }
            // "Sophie Chang (張淑芬)": a given name and a surname glossed by a Chinese name of two or
            // three characters (the length of a person's name; no company word is near).
            for (const Gloss::Part& part : gloss.parts) {
                const int characters = int(t.span(part.first, part.end).size());
                if (!type && part.han && b - a == 2 && characters >= 2 && characters <= 3)
                    type = EntityType::Person;
            }
        }
        if (!type)
            return existing;
        return add(*type, EntityCandidate::Gloss, first, end);
    }

    // "Photo: AFP", "Photo: Lin Hsiu-chu, Taipei Times": news agencies are organizations; nothing
    // else in a credit is an entity.
    void credits()
    {
        static const quint64 photo = word(u"photo");
        static const quint64 photos = word(u"photos");
        static const quint64 photograph = word(u"photograph");
        const int n = t.size();
        for (int i = 0; i + 2 < n; ++i) {
            // Capitalised first: most tokens are not.
            const quint64 h = t.token(i).hash;
            if (!t.token(i).has(Token::Upper) || !(h == photo || h == photos || h == photograph) ||
                !t.isPunct(i + 1, u':'))
                continue;
            int end = i + 2;
            while (end < n && !t.token(end).has(Token::NewlineBefore) &&
                   t.sentenceOf(end) == t.sentenceOf(i + 2))
                ++end;
            int partStart = i + 2;
            for (int k = i + 2; k <= end; ++k) {
                if (k < end && !(t.isPunct(k, u',') || t.isPunct(k, u';') || t.isPunct(k, u'/')))
                    continue;
                if (k - partStart == 1 && t.token(partStart).has(Token::AllUpper) &&
                    t.token(partStart).length() >= 2 && listedAt(partStart) < 0)
                    add(EntityType::Organization, EntityCandidate::Credit, partStart, k);
                partStart = k + 1;
            }
            // A photographer's name in a credit is not read as anything.
            for (int c = 0; c < out.size(); ++c) {
                if (out[c].first >= i + 2 && out[c].end <= end && out[c].type == EntityType::Person)
                    out[c].strength = -1;
            }
            i = end - 1;
        }
    }

    QList<EntityCandidate> settle()
    {
        // Longest first, then strongest, then first in the text; ties in the order found. Sorted by
        // these numbers side by side rather than through the candidates' indexes.
        struct Rank
        {
            int negativeLength;
            int negativeStrength;
            int first;
            int index;
            auto operator<=>(const Rank&) const = default;
        };
        std::vector<Rank> order;
        order.reserve(size_t(out.size()));
        for (int i = 0; i < out.size(); ++i)
            order.push_back({-out.at(i).length(), -out.at(i).strength, out.at(i).first, i});
        std::sort(order.begin(), order.end());
        std::vector<char> covered(t.size(), 0);
        QList<int> accepted;
        accepted.reserve(out.size());
        for (const Rank& rank : order) {
            const int index = rank.index;
            const EntityCandidate& c = out.at(index);
            if (c.strength < 0)
                continue;
            bool free = true;
            for (int k = c.first; k < c.end && free; ++k)
                free = !covered[k];
            if (!free)
                continue;
            for (int k = c.first; k < c.end; ++k)
                covered[k] = 1;
            accepted.append(index);
        }
        std::sort(accepted.begin(), accepted.end(),
                  [this](int x, int y) { return out.at(x).first < out.at(y).first; });
        // Per candidate, not hashed: a story has a few dozen.
        std::vector<char> isAccepted(size_t(out.size()), 0);
        for (int index : std::as_const(accepted))
            isAccepted[size_t(index)] = 1;
        QList<int> kept;
        kept.reserve(accepted.size());
        std::vector<int> headOf(size_t(out.size()), 0);
        for (int index : accepted) {
            const EntityCandidate& c = out[index];
            if (c.source == EntityCandidate::Alias) {
                int headIndex = c.aliasOf >= 0 && c.aliasOf < out.size() && isAccepted[size_t(c.aliasOf)]
                                    ? c.aliasOf
                                    : -1;
                // The head lost to a longer span: the alias belongs to whatever covers it now.
                for (int other : accepted) {
                    if (headIndex < 0 && out[other].source != EntityCandidate::Alias &&
                        out[other].overlaps(out[c.aliasOf]))
                        headIndex = other;
                }
                if (headIndex < 0)
                    continue;
                headOf[size_t(index)] = headIndex;
            }
            kept.append(index);
        }
        std::vector<int> position(size_t(out.size()), 0);
        for (int i = 0; i < kept.size(); ++i)
            position[size_t(kept[i])] = i;
        QList<EntityCandidate> result;
        result.reserve(kept.size());
        for (int index : kept) {
            EntityCandidate c = out[index];
            if (c.source == EntityCandidate::Alias) {
                c.aliasOf = position[size_t(headOf[size_t(index)])];
                c.type = out[headOf[size_t(index)]].type;
            }
            result.append(c);
        }
        return result;
    }
};

} // namespace

EntityRecognizer::EntityRecognizer(std::shared_ptr<const Gazetteer> gazetteer)
    : m_gazetteer(std::move(gazetteer))
{
}

QList<EntityCandidate> EntityRecognizer::recognize(const TextAnalysis& text, const NameRuns& runs) const
{
    return Pass(text, runs, *m_gazetteer).run();
}

} // namespace ws
