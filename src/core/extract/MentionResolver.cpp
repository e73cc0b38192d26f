#include "extract/MentionResolver.h"

#include "extract/EntityKey.h"
#include "extract/Lexicon.h"
#include "extract/StoryFormMatcher.h"

#include <QHash>
#include <QVarLengthArray>
#include <algorithm>
#include <numeric>

namespace ws {

namespace {

bool compatible(EntityType a, EntityType b)
{
    const auto body = [](EntityType t) { return t == EntityType::Company || t == EntityType::Organization; };
    return a == b || (body(a) && body(b));
}

// A name as the story writes it, with its EntityKey.
struct Form
{
    QString text;
    QString key;
};

// Names kept once each, in the order first written: what an entity is called matters here, not
// how often (its mentions are the spans). Most entities have a name or two: kept inline.
class Forms : public QVarLengthArray<Form, 2>
{
public:
    bool contains(const QString& text) const
    {
        return std::any_of(begin(), end(), [&text](const Form& form) { return form.text == text; });
    }
    bool hasKey(const QString& key) const
    {
        return std::any_of(begin(), end(), [&key](const Form& form) { return form.key == key; });
    }
    void add(const Form& form)
    {
        if (!contains(form.text))
            append(form);
    }
    void add(const Forms& forms)
    {
        for (const Form& form : forms)
            add(form);
    }
};

struct Working
{
    EntityType type = EntityType::Company;
    int entry = -1;
    Forms surfaces; // as written
    Forms glossAliases;
    int strongest = 0; // candidate strength that set the type
    int merged = -1;   // union-find parent, -1 for a root

    // Whether one of its names has this key: the keys of an entity are those of its names.
    bool hasKey(const QString& key) const { return surfaces.hasKey(key) || glossAliases.hasKey(key); }
    bool sharesKey(const Working& other) const
    {
        const auto inOther = [&other](const Form& form) { return other.hasKey(form.key); };
        return std::any_of(surfaces.begin(), surfaces.end(), inOther) ||
               std::any_of(glossAliases.begin(), glossAliases.end(), inOther);
    }
};

struct MentionSpan
{
    int entity;
    int first;
    int end;
};

class Resolution
{
public:
    Resolution(const Gazetteer& gazetteer, const TextAnalysis& text) : g(gazetteer), t(text) {}

    StoryEntities run(const QList<EntityCandidate>& candidates)
    {
        group(candidates);
        mergeByKeys();
        storyForms();
        return build();
    }

private:
    const Gazetteer& g;
    const TextAnalysis& t;
    QList<Working> entities;
    QList<MentionSpan> spans;

    int root(int e)
    {
        while (entities[e].merged >= 0)
            e = entities[e].merged;
        return e;
    }

    int listedEntry(EntityType type, const QString& key) const
    {
        for (int entry : g.findByKey(key)) {
            if (compatible(g.entry(entry).type, type))
                return entry;
        }
        return -1;
    }

    void group(const QList<EntityCandidate>& candidates)
    {
        QList<int> entityOfCandidate(candidates.size(), -1);
        // Listed entry -> its entity: a story names a few listed entries, looked up in a short list.
        QVarLengthArray<std::pair<int, int>, 32> byEntry;
        const auto entityOfEntry = [&byEntry](int entry) {
            for (const auto& [listed, entity] : byEntry) {
                if (listed == entry)
                    return entity;
            }
            return -1;
        };
        entities.reserve(candidates.size());
        spans.reserve(candidates.size());
        for (int c = 0; c < candidates.size(); ++c) {
            const EntityCandidate& candidate = candidates[c];
            const QString surface = t.spanText(candidate.first, candidate.end);
            const QString key = EntityKey::make(surface);
            if (key.isEmpty())
                continue;
            int entity = -1;
            if (candidate.source == EntityCandidate::Alias && candidate.aliasOf >= 0) {
                entity = entityOfCandidate.value(candidate.aliasOf, -1);
                if (entity >= 0)
                    entities[entity].glossAliases.add({surface, key});
            } else {
                int entry = candidate.gazetteerEntry;
                if (entry < 0)
                    entry = listedEntry(candidate.type, key);
                if (entry >= 0)
                    entity = entityOfEntry(entry);
                for (int e = 0; e < entities.size() && entity < 0; ++e) {
                    if (entities[e].entry >= 0 && entry >= 0)
                        continue; // two listed entries never merge
                    if (compatible(entities[e].type, candidate.type) && entities[e].hasKey(key))
                        entity = e;
                }
                if (entity < 0) {
                    entity = int(entities.size());
                    Working working;
                    working.type = entry >= 0 ? g.entry(entry).type : candidate.type;
                    working.strongest = candidate.strength;
                    entities.append(working);
                }
                Working& w = entities[entity];
                if (entry >= 0 && w.entry < 0) {
                    w.entry = entry;
                    w.type = g.entry(entry).type;
                    byEntry.append({entry, entity});
                } else if (w.entry < 0 && candidate.strength > w.strongest) {
                    w.type = candidate.type;
                    w.strongest = candidate.strength;
                }
                w.surfaces.add({surface, key});
            }
            entityOfCandidate[c] = entity;
            if (entity >= 0)
                spans.append({entity, candidate.first, candidate.end});
        }
    }

    // Entities that share a key (a gloss alias naming a listed company, a short and a long form)
    // are one; an unlisted entity whose alias is listed takes the listed entry.
    void mergeByKeys()
    {
        for (Working& w : entities) {
            if (w.entry >= 0)
                continue;
            const int entry = firstListed(w);
            if (entry >= 0) {
                w.entry = entry;
                w.type = g.entry(entry).type;
            }
        }
        for (int a = 0; a < entities.size(); ++a) {
            for (int b = a + 1; b < entities.size(); ++b) {
                const int ra = root(a);
                const int rb = root(b);
                if (ra == rb || !compatible(entities[ra].type, entities[rb].type))
                    continue;
                if (entities[ra].entry >= 0 && entities[rb].entry >= 0 &&
                    entities[ra].entry != entities[rb].entry)
                    continue;
                const bool shared = (entities[ra].entry >= 0 && entities[ra].entry == entities[rb].entry) ||
                                    entities[rb].sharesKey(entities[ra]) || isShortForm(ra, rb) ||
                                    isShortForm(rb, ra);
                if (!shared)
                    continue;
                Working& keep = entities[ra];
                Working& gone = entities[rb];
                keep.surfaces.add(gone.surfaces);
                keep.glossAliases.add(gone.glossAliases);
                if (keep.entry < 0 && gone.entry >= 0) {
                    keep.entry = gone.entry;
                    keep.type = gone.type;
                }
                gone.merged = ra;
            }
        }
    }

    // The entry of the first of an entity's names that is listed, in the order written.
    int firstListed(const Working& w) const
    {
        for (const Forms* forms : {&w.surfaces, &w.glossAliases}) {
            for (const Form& form : *forms) {
                if (const int entry = listedEntry(w.type, form.key); entry >= 0)
                    return entry;
            }
        }
        return -1;
    }

    // "Innotron" is a short form of "Innotron Memory": its words begin the fuller name.
    bool isShortForm(int shortEntity, int longEntity) const
    {
        const Working& s = entities[shortEntity];
        const Working& l = entities[longEntity];
        if (s.entry >= 0 || (s.type != EntityType::Company && s.type != EntityType::Organization))
            return false;
        for (const Form& shortName : s.surfaces) {
            const QString& shortForm = shortName.text;
            for (const Form& longName : l.surfaces) {
                const QString& longForm = longName.text;
                if (longForm.size() > shortForm.size() && longForm.at(shortForm.size()) == u' ' &&
                    longForm.startsWith(shortForm))
                    return true;
            }
        }
        return false;
    }

    // Whether a single word may stand for an entity named more fully earlier in the story.
    bool usableShortWord(const QString& word) const
    {
        if (word.size() < 3 || !word[0].isUpper())
            return false;
        static const Lexicon::Set excluded[] = {
            Lexicon::SentenceStart, Lexicon::Nationality, Lexicon::CompanyHead, Lexicon::OrgWord,
            Lexicon::LegalSuffix,   Lexicon::TechWord,    Lexicon::Title,       Lexicon::Month,
            Lexicon::Weekday,       Lexicon::MediaWord};
        const quint64 hash = Tokenizer::hashOf(word);
        for (Lexicon::Set set : excluded) {
            if (Lexicon::contains(set, hash))
                return false;
        }
        // A word the gazetteer knows as something else ("Taiwan", "China") is not a short form.
        return g.findByKey(EntityKey::make(word)).isEmpty();
    }

    static bool usableSurname(const QString& word)
    {
        if (word.size() < 2 || !word[0].isUpper() || word.contains(QLatin1Char('.')))
            return false;
        const quint64 hash = Tokenizer::hashOf(word);
        return !Lexicon::contains(Lexicon::Title, hash) && !Lexicon::contains(Lexicon::SentenceStart, hash) &&
               !Lexicon::contains(Lexicon::Month, hash) && !Lexicon::contains(Lexicon::Weekday, hash);
    }

    // Forms the story has established: surnames, first words of unlisted names, gloss aliases, and
    // the remaining aliases of listed entries; found wherever the first pass did not look.
    void storyForms()
    {
        if (entities.isEmpty())
            return;
        StoryFormMatcher matcher;
        auto addForm = [&](const QString& form, int entity) {
            if (!form.trimmed().isEmpty())
                matcher.add(form, entity);
        };
        for (int e = 0; e < entities.size(); ++e) {
            if (entities[e].merged >= 0)
                continue;
            const Working& w = entities[e];
            // The gazetteer has found every occurrence of a listed entry's names already.
            static const Forms none;
            const bool ownNames = w.entry < 0 || w.type == EntityType::Person;
            for (const Form& form : ownNames ? w.surfaces : none) {
                const QString& surface = form.text;
                addForm(surface, e);
                addForm(EntityKey::stripSuffix(surface), e);
                const QStringList words = surface.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (w.type == EntityType::Person && words.size() >= 2) {
                    if (usableSurname(words.last()))
                        addForm(words.last(), e);
                    // "Lai Ching-te": the family name comes first.
                    if (words.last().contains(QLatin1Char('-')) && words.last().back().isLower())
                        addForm(words.first(), e);
                } else if ((w.type == EntityType::Company || w.type == EntityType::Organization) &&
                           w.entry < 0 && words.size() >= 2 && usableShortWord(words.first())) {
                    // "Hale Morton" and "Hale" for "Hale Morton Reese and Co".
                    for (int k = 1; k < words.size(); ++k) {
                        const quint64 last = Tokenizer::hashOf(words[k - 1]);
                        if (Lexicon::contains(Lexicon::NameConnector, last) ||
                            Lexicon::contains(Lexicon::LegalSuffix, last))
                            break;
                        addForm(QStringList(words.mid(0, k)).join(QLatin1Char(' ')), e);
                    }
                }
            }
            for (const Form& alias : w.glossAliases)
                addForm(alias.text, e);
            // The gazetteer found a listed entry's names already; what it leaves to the story is a
            // person's single-word alias.
            if (w.entry >= 0 && w.type == EntityType::Person) {
                for (const QString& alias : g.entry(w.entry).aliases) {
                    if (!alias.contains(QLatin1Char(' ')))
                        addForm(alias, e);
                }
            }
        }
        std::vector<char> covered(t.size(), 0);
        for (const MentionSpan& span : spans) {
            for (int k = span.first; k < span.end; ++k)
                covered[k] = 1;
        }
        const int n = t.size();
        for (int i = 0; i < n; ++i) {
            // Every story form starts with a capital or a Chinese character.
            if (covered[i] || !(t.token(i).has(Token::Upper) || t.token(i).kind == Token::Han))
                continue;
            const StoryFormMatcher::Hit hit = matcher.longestAt(t.text(), t.tokens(), i);
            if (!hit.found())
                continue;
            bool free = true;
            for (int k = hit.first; k < hit.end && free; ++k)
                free = !covered[k];
            // Part of a longer unknown name ("Huang Hsiu-chu", "Innotron Capital")?
            const bool glued =
                (hit.end < n && !covered[hit.end] && !t.token(hit.end).has(Token::CapsLine) &&
                 t.token(hit.end).kind == Token::Word && t.token(hit.end).has(Token::Upper) &&
                 t.token(hit.end).has(Token::SpaceBefore) && !t.token(hit.end).has(Token::NewlineBefore) &&
                 t.sentenceOf(hit.end) == t.sentenceOf(i) &&
                 !Lexicon::contains(Lexicon::Title, t.token(hit.end).hash));
            if (!free || glued)
                continue;
            const int entity = root(hit.entity);
            spans.append({entity, hit.first, hit.end});
            Forms& surfaces = entities[entity].surfaces;
            const QString surface = t.spanText(hit.first, hit.end);
            if (!surfaces.contains(surface))
                surfaces.append({surface, EntityKey::make(surface)});
            for (int k = hit.first; k < hit.end; ++k)
                covered[k] = 1;
            i = hit.end - 1;
        }
    }

    StoryEntities build()
    {
        StoryEntities result;
        // Root working entity -> result entity, -1 until its first mention (a story has a few dozen).
        std::vector<int> index(size_t(entities.size()), -1);
        std::sort(spans.begin(), spans.end(),
                  [](const MentionSpan& a, const MentionSpan& b) { return a.first < b.first; });
        result.mentions.reserve(spans.size());
        result.mentionTokens.reserve(spans.size());
        const auto roots =
            std::count_if(entities.cbegin(), entities.cend(), [](const Working& w) { return w.merged < 0; });
        result.entities.reserve(roots);
        result.gazetteerEntry.reserve(roots);
        for (const MentionSpan& span : std::as_const(spans)) {
            const int r = root(span.entity);
            if (index[size_t(r)] < 0) {
                index[size_t(r)] = int(result.entities.size());
                result.entities.append(entityOf(r));
                result.gazetteerEntry.append(entities[r].entry);
            }
            Mention mention;
            mention.entity = index[size_t(r)];
            mention.start = t.token(span.first).start;
            mention.end = t.token(span.end - 1).end;
            mention.sentence = t.sentenceOf(span.first);
            result.mentions.append(mention);
            result.mentionTokens.append({span.first, span.end});
        }
        return result;
    }

    ExtractedEntity entityOf(int r) const
    {
        const Working& w = entities[r];
        ExtractedEntity entity;
        entity.type = w.type;
        if (w.entry >= 0) {
            const GazetteerEntry& entry = g.entry(w.entry);
            entity.name = entry.name;
            entity.nameKey = entry.nameKey;
            entity.key = entry.key;
            entity.parent = entry.parent;
            entity.aliases = entry.aliases; // the gazetteer lists no name among its aliases
            entity.aliasKeys = entry.aliasKeys;
        } else {
            // The fullest form written: "Changxin Xinqiao Memory Technologies Inc" over "CXMT".
            for (const Form& surface : w.surfaces) {
                if (surface.text.size() > entity.name.size()) {
                    entity.name = surface.text;
                    entity.nameKey = surface.key;
                }
            }
            entity.key = entity.nameKey;
        }
        // The name itself is no alias.
        const auto addAlias = [&entity](const Form& form) {
            if (form.text != entity.name && !entity.aliases.contains(form.text)) {
                entity.aliases.append(form.text);
                entity.aliasKeys.append(form.key);
            }
        };
        for (const Form& form : w.surfaces)
            addAlias(form);
        for (const Form& form : w.glossAliases)
            addAlias(form);
        return entity;
    }
};

} // namespace

StoryEntities MentionResolver::resolve(const TextAnalysis& text,
                                       const QList<EntityCandidate>& candidates) const
{
    return Resolution(m_gazetteer, text).run(candidates);
}

} // namespace ws
