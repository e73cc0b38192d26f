#include "import/StorySegmenter.h"

#include "import/TitleDeriver.h"

#include <QRegularExpression>

namespace ws {

namespace {

// Words too common in news to say that two paragraphs share a topic.
const QSet<QString>& stopWords()
{
    static const QSet<QString> words = {
        "the",       "and",     "for",      "that",      "with",      "from",      "this",      "have",
        "has",       "had",     "was",      "were",      "are",       "been",      "being",     "which",
        "who",       "whom",    "whose",    "what",      "when",      "where",     "while",     "will",
        "would",     "could",   "should",   "can",       "may",       "might",     "must",      "not",
        "but",       "its",     "his",      "her",       "their",     "they",      "them",      "she",
        "him",       "our",     "you",      "your",      "than",      "then",      "there",     "these",
        "those",     "such",    "also",     "into",      "onto",      "over",      "under",     "about",
        "after",     "before",  "between",  "during",    "through",   "against",   "among",     "more",
        "most",      "less",    "least",    "other",     "some",      "any",       "each",      "every",
        "all",       "both",    "many",     "much",      "very",      "just",      "only",      "even",
        "still",     "said",    "says",     "say",       "saying",    "told",      "according", "added",
        "including", "include", "includes", "year",      "years",     "month",     "months",    "week",
        "weeks",     "day",     "days",     "today",     "yesterday", "tomorrow",  "last",      "next",
        "first",     "second",  "new",      "one",       "two",       "three",     "percent",   "per",
        "cent",      "million", "billion",  "trillion",  "company",   "companies", "firm",      "group",
        "people",    "time",    "however",  "because",   "since",     "until",     "within",    "without",
        "whether",   "though",  "although", "around",    "across",    "did",       "does",      "done",
        "made",      "make",    "makes",    "take",      "takes",     "took",      "expected",  "expects",
        "plan",      "plans",   "planned",  "like",      "well",      "now",       "here",      "how",
        "why",       "monday",  "tuesday",  "wednesday", "thursday",  "friday",    "saturday",  "sunday",
        "inc",       "corp",    "ltd",      "reported",  "report",    "reports",   "statement", "news",
        "media",     "outlet",  "outlets"};
    return words;
}

QString stem(QString word)
{
    if (word.endsWith(u'’') || word.endsWith(u'\''))
        word.chop(1);
    if (word.endsWith(QLatin1String("’s")) || word.endsWith(QLatin1String("'s")))
        word.chop(2);
    if (word.size() > 4 && word.endsWith(u's') && !word.endsWith(QLatin1String("ss")))
        word.chop(1);
    return word;
}

QString keyOfName(const QString& run)
{
    // The last three capitalised words, without leading function words ("However Nvidia Corp").
    static const QSet<QString> function = {"the",  "a",  "an", "however", "but",   "and",
                                           "in",   "at", "on", "for",     "with",  "by",
                                           "from", "of", "to", "as",      "while", "after"};
    QStringList words = run.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!words.isEmpty() && function.contains(words.front().toLower()))
        words.removeFirst();
    if (words.size() > 3)
        words = words.mid(words.size() - 3);
    return words.join(QLatin1Char(' ')).toLower();
}

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

} // namespace

bool StorySegmenter::isCaption(QStringView paragraph)
{
    static const QRegularExpression caption(
        QStringLiteral(
            R"(^[\[(]?\s*(?:file\s+)?(?:photo|photos|photograph|picture|pictures|image|images|graphic|)"
            R"(graphics|illustration|video|credit|photo\s+credit)\s*(?:[:：/|]|by\b))"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView text = paragraph.trimmed();
    if (text.isEmpty() || text.count(u' ') > 12)
        return false;
    return caption.match(text).hasMatch();
}

bool StorySegmenter::endsClosed(QStringView paragraph)
{
    QStringView text = paragraph.trimmed();
    while (!text.isEmpty()) {
        const QChar c = text.back();
        if (c == u'"' || c == u'\'' || c == u'”' || c == u'’' || c == u')' || c == u']' || c == u'»' ||
            c == u'」' || c == u'』' || c == u'）')
            text.chop(1);
        else
            break;
    }
    if (text.isEmpty())
        return true;
    const QChar c = text.back();
    return c == u'.' || c == u'!' || c == u'?' || c == u'…' || c == u':' || c == u';' || c == u'。' ||
           c == u'！' || c == u'？';
}

StorySegmenter::Features StorySegmenter::featuresOf(const QString& paragraph)
{
    Features f;
    f.caption = isCaption(paragraph);
    f.kicker = !TitleDeriver::kickerLabel(paragraph).isEmpty();
    static const QRegularExpression dateline(QStringLiteral(
        R"(^[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)"
        R"((?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^)]{2,30}\))?\s*[-–—]{1,2}\s)"));
    f.dateline = dateline.match(paragraph).hasMatch();
    f.closed = endsClosed(paragraph);
    f.words = int(paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    f.headline = !f.kicker && TitleDeriver::looksLikeHeadline(paragraph);

    static const QRegularExpression firstWords(QStringLiteral(R"(^\W*(\w+)(?:\s+(\w+))?)"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const auto opening = firstWords.match(paragraph);
    if (opening.hasMatch()) {
        static const QSet<QString> anaphoric = {
            "it",      "its",   "he",          "his",          "she",         "her",          "they",
            "their",   "this",  "these",       "those",        "that",        "but",          "however",
            "also",    "still", "yet",         "moreover",     "furthermore", "additionally", "besides",
            "instead", "such",  "nonetheless", "nevertheless", "both",        "otherwise",    "thus"};
        const QString first = opening.captured(1);
        const QString second = opening.captured(2);
        if (anaphoric.contains(first.toLower()) && first.front().isUpper())
            f.opening = 2;
        else if (first == QLatin1String("The") && !second.isEmpty() && second.front().isLower())
            f.opening = 1;
    }

    // Full forms: capitalised words and a corporate suffix ("Micron Technology Inc").
    static const QRegularExpression fullForm(
        QStringLiteral(
            R"(((?:[A-Z][\w&.\-]*\s+){1,4}?)(Corp|Corporation|Inc|Incorporated|Co|Ltd|Limited|LLC|)"
            R"(Plc|PLC|AG|NV|SA|SE|GmbH|Holdings|KK|BV|AB|ASA|SpA)\b)"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = fullForm.globalMatch(paragraph); it.hasNext();) {
        const auto m = it.next();
        const QString key = keyOfName(m.captured(1));
        if (!key.isEmpty())
            f.fullForms.insert(key + QLatin1Char(' ') + m.captured(2).toLower());
    }

    // Glosses: "Name (中文)", "(ABBR, 中文)", "artificial intelligence (AI)".
    static const QRegularExpression gloss(
        QStringLiteral(R"(((?:[A-Z][\w.\-]*\s+){0,3})[(（]([^()（）]{1,40})[)）])"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression abbreviation(
        QStringLiteral(R"(^([A-Z][A-Za-z0-9&\-]{1,9})(?:[,，、;]|$))"));
    for (auto it = gloss.globalMatch(paragraph); it.hasNext();) {
        const auto m = it.next();
        const QString inner = m.captured(2).trimmed();
        QSet<QString> keys;
        const auto abbr = abbreviation.match(inner);
        if (abbr.hasMatch()) {
            const QString a = abbr.captured(1);
            int upper = 0;
            for (QChar c : a)
                upper += c.isUpper();
            if (upper >= 2)
                keys.insert(a.toLower());
        }
        QString han;
        for (QChar c : inner + QLatin1Char(' ')) {
            if (isHan(c)) {
                han += c;
            } else if (!han.isEmpty()) {
                if (han.size() >= 2)
                    keys.insert(han);
                han.clear();
            }
        }
        if (keys.isEmpty())
            continue; // "(US$2.4 billion)", "(Reuters)": not a gloss
        // A company opening the paragraph in full form with its gloss; people are introduced that
        // way inside stories too ("Premier Chen Chien-jen (陳建仁) said ...").
        if (m.capturedStart(1) == 0 && fullForm.match(m.captured(1).trimmed() + QLatin1Char(' ')).hasMatch())
            f.opensWithGloss = true;
        const QString name = keyOfName(m.captured(1));
        if (!name.isEmpty() && !abbr.hasMatch())
            keys.insert(name);
        f.glosses.append(keys);
    }

    // Vocabulary: content words (lower-cased, crudely stemmed) and runs of Han characters.
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}][\p{L}\p{N}'’\-]*)"));
    bool firstWord = true;
    for (auto it = word.globalMatch(paragraph); it.hasNext(); firstWord = false) {
        const QString w = it.next().captured(0);
        if (isHan(w.front())) {
            f.vocabulary.insert(w);
            f.names.insert(w);
            continue;
        }
        const QString s = stem(w.toLower());
        if (s.size() < 2 || stopWords().contains(s) || s.front().isDigit())
            continue;
        if (w.front().isUpper() && !firstWord)
            f.names.insert(s);
        if (s.size() >= 3)
            f.vocabulary.insert(s);
    }
    return f;
}

QList<BoundaryScore> StorySegmenter::explain(const QStringList& paragraphs) const
{
    QList<Features> features;
    features.reserve(paragraphs.size());
    for (const QString& p : paragraphs)
        features.append(featuresOf(p));

    QList<BoundaryScore> scores;
    QSet<QString> storyForms;
    QSet<QString> storyGlosses;
    QSet<QString> storyVocabulary;
    QSet<QString> storyNames;
    int previous = -1; // last paragraph that is not a caption
    for (int i = 0; i < paragraphs.size(); ++i) {
        const Features& f = features[i];
        BoundaryScore s;
        s.paragraph = i;
        if (i == 0 || previous < 0) {
            s.boundary = i == 0;
        } else if (f.caption) {
            s.reasons << QStringLiteral("caption stays with its story");
        } else {
            const Features& prev = features[previous];
            auto add = [&](double points, const QString& why) {
                s.score += points;
                s.reasons << QStringLiteral("%1 %2%3").arg(why, points > 0 ? "+" : "").arg(points);
            };
            if (f.kicker)
                add(3, QStringLiteral("kicker label"));
            else if (f.dateline)
                add(3, QStringLiteral("dateline"));
            if (!prev.closed && prev.words >= 20)
                add(2, QStringLiteral("previous paragraph breaks off"));
            int again = 0;
            for (const QString& form : f.fullForms)
                again += storyForms.contains(form);
            for (const QSet<QString>& keys : f.glosses)
                again += keys.intersects(storyGlosses);
            if (again > 0)
                add(1.5 * qMin(again, 2),
                    QStringLiteral("introduces again %1 entit%2").arg(again).arg(again > 1 ? "ies" : "y"));
            if (f.opensWithGloss && again == 0)
                add(2.5, QStringLiteral("opens by introducing a company with its gloss"));
            if (f.headline && prev.closed && prev.words >= 15 && i + 1 < paragraphs.size())
                add(1.5, QStringLiteral("headline-like line"));
            if (!f.vocabulary.isEmpty()) {
                const auto shared = [&](const QSet<QString>& other) {
                    int n = 0;
                    for (const QString& w : f.vocabulary)
                        n += other.contains(w);
                    return n;
                };
                const int smaller = int(qMin(f.vocabulary.size(), prev.vocabulary.size()));
                const double adjacent = smaller > 0 ? double(shared(prev.vocabulary)) / smaller : 0;
                const double story = double(shared(storyVocabulary)) / f.vocabulary.size();
                if (adjacent < 0.12 && !f.names.intersects(storyNames))
                    add(1, QStringLiteral("no name and little else shared with previous paragraph (%1)")
                               .arg(adjacent, 0, 'f', 2));
                if (story < 0.1)
                    add(1, QStringLiteral("little shared with story so far (%1)").arg(story, 0, 'f', 2));
            }
            if (f.opening == 2)
                add(-2, QStringLiteral("opens with pronoun or connective"));
            else if (f.opening == 1)
                add(-1, QStringLiteral("opens with \"The\" and a common noun"));
            s.boundary = s.score >= threshold;
        }
        if (s.boundary) {
            storyForms.clear();
            storyGlosses.clear();
            storyVocabulary.clear();
            storyNames.clear();
        }
        if (!f.caption) {
            storyForms.unite(f.fullForms);
            for (const QSet<QString>& keys : f.glosses)
                storyGlosses.unite(keys);
            storyVocabulary.unite(f.vocabulary);
            storyNames.unite(f.names);
            previous = i;
        }
        scores.append(s);
    }
    return scores;
}

QList<int> StorySegmenter::segment(const QStringList& paragraphs) const
{
    QList<int> starts;
    for (const BoundaryScore& s : explain(paragraphs)) {
        if (s.boundary)
            starts.append(s.paragraph);
    }
    return starts;
}

} // namespace ws
