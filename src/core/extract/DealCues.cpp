#include "extract/DealCues.h"

#include "extract/DealVocabulary.h"
#include "extract/PhraseMatcher.h"

#include <QRegularExpression>
#include <QSet>
#include <array>

namespace ws {

namespace {

// The word classes, the vocabulary's from data/extract and the grammar's from here, in one array:
// they are consulted per token.
struct Cues
{
    std::shared_ptr<const DealVocabulary> vocabulary = DealVocabulary::shared();
    std::array<QSet<quint64>, DealCues::WordClassCount> classes;
    PhraseMatcher pronouns;

    static QSet<quint64> set(std::initializer_list<const char16_t*> words)
    {
        QSet<quint64> out;
        for (const char16_t* w : words)
            out.insert(word(w));
        return out;
    }

    Cues()
    {
        for (int c = 0; c < DealCues::WordClassCount; ++c)
            classes[c] = vocabulary->words(DealCues::WordClass(c));
        // A rejected or opposed bid is still a bid; only a denied one is none.
        classes[DealCues::Negation] =
            set({u"not", u"no", u"never", u"nor", u"without", u"denied", u"denies", u"deny"});
        classes[DealCues::Preposition] =
            set({u"of",     u"from",    u"with",    u"to",      u"by",     u"for",
                 u"in",     u"at",      u"on",      u"against", u"into",   u"according",
                 u"than",   u"via",     u"between", u"among",   u"about",  u"including",
                 u"like",   u"over",    u"under",   u"through", u"toward", u"towards",
                 u"within", u"without", u"behind",  u"unlike",  u"as"});
        classes[DealCues::Determiner] =
            set({u"the",     u"a",    u"an",    u"its",   u"their", u"his",   u"her",  u"our",
                 u"this",    u"that", u"these", u"those", u"some",  u"all",   u"both", u"other",
                 u"another", u"new",  u"local", u"state", u"rival", u"fellow"});
        classes[DealCues::BeForm] = set({u"be", u"been", u"being", u"is", u"are", u"was", u"were", u"am"});
        classes[DealCues::Adverb] =
            set({u"also",      u"only",     u"primarily",  u"mainly",    u"mostly",     u"already",
                 u"now",       u"not",      u"so",         u"far",       u"still",      u"then",
                 u"being",     u"largely",  u"partly",     u"initially", u"eventually", u"directly",
                 u"privately", u"publicly", u"nationwide", u"separately"});
        classes[DealCues::NotCoordinated] =
            set({u"then",       u"later",    u"otherwise", u"subsequently", u"also",  u"thereby",
                 u"eventually", u"possibly", u"perhaps",   u"said",         u"says",  u"say",
                 u"it",         u"he",       u"she",       u"they",         u"we",    u"is",
                 u"are",        u"was",      u"were",      u"will",         u"would", u"has",
                 u"have",       u"had",      u"not",       u"which",        u"who",   u"that",
                 u"so",         u"thus",     u"therefore", u"hence",        u"merge", u"merged"});
        classes[DealCues::NumberWord] =
            set({u"one",    u"two",   u"three", u"four",    u"five",   u"six",     u"seven",
                 u"eight",  u"nine",  u"ten",   u"eleven",  u"twelve", u"fifteen", u"twenty",
                 u"thirty", u"forty", u"fifty", u"hundred", u"dozen",  u"half"});
        for (const char16_t* phrase :
             {u"it", u"the company", u"the firm", u"the group", u"the chipmaker", u"the bank", u"the maker",
              u"the concern", u"the company's", u"he", u"she"})
            pronouns.add(QStringView(phrase));
    }
};

const Cues& cues()
{
    static const Cues instance;
    return instance;
}

} // namespace

QString DealCues::status(const TextAnalysis& text, int from, int trigger, int triggerEnd, int limit)
{
    const Cues& c = cues();
    QString nearest;
    bool considered = false;
    for (int i = qMax(0, from); i < trigger; ++i) {
        const PhraseMatcher::Hit hit =
            c.vocabulary->statusPhrases().longestAt(text.text(), text.tokens(), i, trigger + 1);
        if (!hit.found())
            continue;
        const QString status = c.vocabulary->status(hit.phrase);
        considered = considered || status == QLatin1String("considered");
        nearest = status;
        i = hit.end - 1;
    }
    if (considered)
        return QStringLiteral("considered");
    // "the acquisition was completed", "tariffs were imposed".
    for (int i = triggerEnd; i < qMin(limit, triggerEnd + 4); ++i) {
        const PhraseMatcher::Hit hit =
            c.vocabulary->statusPhrases().longestAt(text.text(), text.tokens(), i, limit);
        if (hit.found() && c.vocabulary->status(hit.phrase) == QLatin1String("completed"))
            return QStringLiteral("completed");
    }
    return nearest;
}

int DealCues::pronounSubjectBefore(const TextAnalysis& text, int from, int trigger)
{
    for (int i = qMax(0, from); i < trigger; ++i) {
        const PhraseMatcher::Hit hit = cues().pronouns.longestAt(text.text(), text.tokens(), i, trigger);
        if (hit.found())
            return i;
    }
    return -1;
}

bool DealCues::is(WordClass wordClass, quint64 hash)
{
    return cues().classes[wordClass].contains(hash);
}

bool DealCues::isUnitPrice(QStringView text, int end)
{
    static const QRegularExpression perUnit(
        QStringLiteral(
            "^\\s*(?:a|an|per|/)\\s*(?:share|tonne|ton|barrel|ounce|pound|unit|kg|kilo|bushel|gallon|"
            "litre|liter|month|year|day|hour|megawatt|kilowatt)s?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return perUnit.match(text.mid(end, 24)).hasMatch();
}

} // namespace ws
