#include "extract/RelationFinder.h"

#include <QSet>
#include <vector>

namespace ws {

namespace {

bool isBody(const StoryEntities& e, int mention)
{
    const EntityType type = e.entities[e.mentions[mention].entity].type;
    return type == EntityType::Company || type == EntityType::Organization;
}

const QSet<quint64>& parentWords()
{
    static const QSet<quint64> words{word(u"parent")};
    return words;
}

const QSet<quint64>& childWords()
{
    static const QSet<quint64> words{word(u"subsidiary"), word(u"unit"),     word(u"affiliate"),
                                     word(u"arm"),        word(u"division"), word(u"subsidiaries")};
    return words;
}

class Finder
{
public:
    Finder(const TextAnalysis& text, const StoryEntities& entities) : t(text), e(entities)
    {
        mentionAt.assign(t.size(), -1);
        for (int m = 0; m < e.mentionTokens.size(); ++m) {
            for (int k = e.mentionTokens[m].first; k < e.mentionTokens[m].second; ++k)
                mentionAt[k] = m;
        }
    }

    QList<Relation> run()
    {
        for (int m = 0; m < e.mentions.size(); ++m) {
            if (!isBody(e, m))
                continue;
            apposition(m);
            possessive(m);
        }
        return relations;
    }

private:
    const TextAnalysis& t;
    const StoryEntities& e;
    std::vector<int> mentionAt;
    QList<Relation> relations;

    void add(int parentMention, int childMention)
    {
        const int parent = e.mentions[parentMention].entity;
        const int child = e.mentions[childMention].entity;
        if (parent == child)
            return;
        for (const Relation& r : relations) {
            if (r.subject == parent && r.object == child)
                return;
        }
        Relation relation;
        relation.subject = parent;
        relation.relation = QStringLiteral("parent_of");
        relation.object = child;
        relation.start = qMin(e.mentions[parentMention].start, e.mentions[childMention].start);
        relation.end = qMax(e.mentions[parentMention].end, e.mentions[childMention].end);
        relations.append(relation);
    }

    // The token after a mention and the gloss that may follow it: "X (合肥長鑫), ...".
    int afterMention(int m) const
    {
        int k = e.mentionTokens[m].second;
        while (k < t.size() && t.isPunct(k, u'(')) {
            int close = k + 1;
            while (close < t.size() && close < k + 16 && !t.isPunct(close, u')'))
                ++close;
            if (close >= t.size() || !t.isPunct(close, u')'))
                break;
            k = close + 1;
        }
        return k;
    }

    // The next company or organization mention from token k within the sentence.
    int nextBody(int k, int reach) const
    {
        const int sentence = k < t.size() ? t.sentenceOf(k) : -1;
        for (int i = k; i < qMin(t.size(), k + reach); ++i) {
            if (t.sentenceOf(i) != sentence)
                return -1;
            const int m = mentionAt[i];
            if (m >= 0 && isBody(e, m))
                return m;
        }
        return -1;
    }

    // "X, the parent firm of Y" and "Y, a unit of X".
    void apposition(int m)
    {
        static const quint64 of = word(u"of");
        int k = afterMention(m);
        if (!t.isPunct(k, u','))
            return;
        ++k;
        for (int steps = 0; steps < 5 && k < t.size(); ++steps, ++k) {
            const Token& token = t.token(k);
            if (token.kind != Token::Word || mentionAt[k] >= 0)
                return;
            const bool parent = parentWords().contains(token.hash);
            const bool child = childWords().contains(token.hash);
            if (!parent && !child)
                continue;
            int j = k + 1;
            while (j < t.size() && j < k + 4 && !t.is(j, of) && t.token(j).kind == Token::Word &&
                   mentionAt[j] < 0)
                ++j;
            if (!t.is(j, of))
                return;
            const int other = nextBody(j + 1, 12);
            if (other < 0)
                return;
            if (parent)
                add(m, other);
            else
                add(other, m);
            return;
        }
    }

    // "X's subsidiary Y", "X unit Y".
    void possessive(int m)
    {
        int k = e.mentionTokens[m].second;
        if ((t.isPunct(k, u'\'') || t.isPunct(k, 0x2019)) && k + 1 < t.size() && t.tokenText(k + 1) == u"s")
            k += 2;
        if (k >= t.size() || !childWords().contains(t.token(k).hash))
            return;
        const int other = k + 1 < t.size() ? mentionAt[k + 1] : -1;
        if (other >= 0 && isBody(e, other) && e.mentionTokens[other].first == k + 1)
            add(m, other);
    }
};

} // namespace

QList<Relation> RelationFinder::find(const TextAnalysis& text, const StoryEntities& entities)
{
    return Finder(text, entities).run();
}

} // namespace ws
