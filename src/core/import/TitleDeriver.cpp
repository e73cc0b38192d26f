#include "import/TitleDeriver.h"

#include "import/StorySegmenter.h"

#include <QRegularExpression>
#include <QSet>

namespace ws {

namespace {

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'…' || c == u'。' || c == u'！' || c == u'？';
}

bool isClosingMark(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'”' || c == u'’' || c == u')' || c == u']' || c == u'»' ||
           c == u'」' || c == u'』' || c == u'）';
}

// Words after which a period does not end a sentence.
bool isAbbreviation(QStringView word)
{
    static const QSet<QString> abbreviations = {
        "mr",  "mrs",  "ms",   "dr",   "prof", "sen",  "rep", "gov",  "gen", "lt",  "col", "st",     "jr",
        "sr",  "inc",  "corp", "co",   "ltd",  "no",   "vs",  "etc",  "jan", "feb", "mar", "apr",    "jun",
        "jul", "aug",  "sep",  "sept", "oct",  "nov",  "dec", "u.s",  "u.k", "e.g", "i.e", "approx", "est",
        "fig", "dept", "mt",   "ft",   "pct",  "bros", "ave", "univ", "mln", "bln", "dlrs"};
    return abbreviations.contains(word.toString().toLower());
}

} // namespace

bool TitleDeriver::looksLikeHeadline(QStringView line)
{
    const QString text = line.trimmed().toString();
    if (text.size() < 4 || text.size() > 150 || StorySegmenter::isCaption(text))
        return false;
    int words = int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    int han = 0;
    for (QChar c : text)
        han += c.script() == QChar::Script_Han;
    if (han > 0) {
        // Chinese and Japanese headlines have no spaces: count two characters as a word.
        words = qMax(words, han / 2);
        if (text.contains(u'，') || text.contains(u'。'))
            return false;
    }
    if (words < 2 || words > 16)
        return false;
    if (!text.front().isUpper() && !text.front().isDigit() && !isClosingMark(text.front()) &&
        text.front().script() == QChar::Script_Latin)
        return false;
    const QChar last = text.back();
    return !(last == u'.' || last == u',' || last == u';' || last == u':' || last == u'。');
}

QString TitleDeriver::kickerLabel(QStringView paragraph, int* length)
{
    static const QRegularExpression kicker(
        QStringLiteral(R"(^\s*([A-Z][A-Z0-9&'’.\-]*(?:[ ][A-Z0-9&'’.\-]+){0,4})\s*:\s+(?=\S))"));
    const auto m = kicker.match(paragraph);
    if (!m.hasMatch())
        return {};
    const QString label = m.captured(1);
    int letters = 0;
    for (QChar c : label)
        letters += c.isLetter();
    if (letters < 3 || StorySegmenter::isCaption(paragraph))
        return {};
    if (length)
        *length = int(m.capturedLength(0));
    return label;
}

QString TitleDeriver::firstSentence(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (!isSentenceEnd(text[i]))
            continue;
        qsizetype j = i + 1;
        while (j < n && isClosingMark(text[j]))
            ++j;
        const bool cjk = text[i].unicode() >= 0x3000;
        if (j >= n)
            return text.trimmed().toString();
        if (!cjk && !text[j].isSpace())
            continue; // "3.5", "C.C."
        if (text[i] == u'.') {
            // The word before the period: an abbreviation or an initial does not end the sentence.
            qsizetype w = i;
            while (w > 0 && (text[w - 1].isLetter() || text[w - 1] == u'.'))
                --w;
            const QStringView word = text.mid(w, i - w);
            static const QRegularExpression initials(QStringLiteral(R"(^(?:[A-Z]\.)*[A-Z]$)"));
            if (initials.match(word).hasMatch())
                continue; // "C.C. Wei", "J. Smith"
            if (isAbbreviation(word))
                continue;
            qsizetype k = j;
            while (k < n && text[k].isSpace())
                ++k;
            if (k < n && text[k].isLower())
                continue;
        }
        return text.left(j).trimmed().toString();
    }
    return text.trimmed().toString();
}

QString TitleDeriver::trim(QStringView text, int max)
{
    QString t = text.toString().simplified();
    if (t.size() <= max)
        return t;
    // At the end of a clause where one ends in the second half, else at a word boundary.
    qsizetype cut = t.lastIndexOf(QLatin1String(", "), max - 1);
    if (cut < max / 2)
        cut = t.lastIndexOf(QLatin1Char(' '), max - 1);
    if (cut < max / 2)
        cut = max - 1;
    t.truncate(cut);
    while (!t.isEmpty() && (t.back() == u',' || t.back() == u';' || t.back() == u':' || t.back() == u'(' ||
                            t.back().isSpace()))
        t.chop(1);
    return t + QChar(u'…');
}

QString TitleDeriver::derive(QStringView text)
{
    int length = 0;
    const QString label = kickerLabel(text, &length);
    if (!label.isEmpty()) {
        const QString rest = firstSentence(text.mid(length));
        return trim(QString(label + QStringLiteral(": ") + rest));
    }
    QString sentence = firstSentence(text);
    if (sentence.endsWith(u'.') || sentence.endsWith(u'。'))
        sentence.chop(1);
    return trim(sentence);
}

} // namespace ws
