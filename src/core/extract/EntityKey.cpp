#include "extract/EntityKey.h"

#include "extract/ChineseFold.h"
#include "extract/Lexicon.h"
#include "extract/Tokenizer.h"

#include <QHash>
#include <QVarLengthArray>

namespace ws {

namespace {

bool strippable(QStringView word)
{
    static const quint64 group = Tokenizer::hashOf(u"group");
    static const quint64 holdings = Tokenizer::hashOf(u"holdings");
    static const quint64 holding = Tokenizer::hashOf(u"holding");
    const quint64 hash = Tokenizer::hashOf(word);
    return Lexicon::contains(Lexicon::LegalSuffix, hash) || hash == group || hash == holdings ||
           hash == holding;
}

} // namespace

QString EntityKey::make(QStringView name)
{
    return make(name.toString());
}

QString EntityKey::make(const QString& name)
{
    // Stories name the same companies again and again: each thread remembers the keys it made (a
    // hash lookup instead of folding every character). Bounded: forgotten wholesale when full.
    constexpr qsizetype remembered = 8192;
    thread_local QHash<QString, QString> keys;
    if (const auto known = keys.constFind(name); known != keys.constEnd())
        return *known;
    if (keys.size() >= remembered)
        keys.clear();
    QString key = normalise(name, true);
    keys.insert(name, key);
    return key;
}

QString EntityKey::makeExact(QStringView name)
{
    return normalise(name, false);
}

QString EntityKey::normalise(QStringView name, bool stripSuffixes)
{
    // The common case in one pass: fold, split into words, drop "the" and trailing suffixes. Into a
    // buffer on the stack, made a string once at the end: the names of a corpus are folded by the
    // hundred thousand.
    QVarLengthArray<char16_t, 128> out;
    QVarLengthArray<int, 16> wordStarts;
    bool inWord = false;
    bool previousHan = false;
    for (QChar ch : name) {
        const char16_t c = ch.unicode();
        if (c == u'.' || c == u'\'' || c == 0x2019 || c == 0x00B7 || c == 0x30FB)
            continue; // C.C. -> CC, O'Neil's -> ONeils, 黃·仁勳
        const bool ascii = c < 128;
        const bool han = !ascii && ChineseFold::isHan(c);
        const bool letter =
            ascii ? (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                  : ch.isLetterOrNumber() || ch.isMark();
        if (letter || c == u'&' || c == u'+') {
            const bool startsWord = !inWord || han || previousHan || c == u'&' || c == u'+';
            if (startsWord) {
                // Han characters join without spaces; everything else is spaced.
                if (!out.isEmpty() && !(han && previousHan))
                    out.append(u' ');
                wordStarts.append(int(out.size()));
            }
            out.append(ascii ? (c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c) : Tokenizer::foldChar(c));
            inWord = letter && !han && c != u'&' && c != u'+';
            previousHan = han;
        } else {
            inWord = false;
            previousHan = false;
        }
    }
    if (out.isEmpty()) {
        QString empty; // as the string this was built in before: empty, not null
        empty.reserve(name.size());
        return empty;
    }
    const QStringView folded(out.constData(), out.size());
    auto wordAt = [&](int index) {
        const int start = wordStarts[index];
        const int end = index + 1 < wordStarts.size() ? wordStarts[index + 1] : int(out.size());
        return folded.mid(start, end - start).trimmed();
    };
    int first = 0;
    int count = int(wordStarts.size());
    if (!stripSuffixes)
        return folded.toString();
    if (count > 1 && wordAt(0) == u"the")
        first = 1;
    while (count - first > 1 && (strippable(wordAt(count - 1)) || wordAt(count - 1) == u"&"))
        --count;
    if (first == 0 && count == wordStarts.size())
        return folded.toString();
    const int start = wordStarts[first];
    const int end = count < wordStarts.size() ? wordStarts[count] : int(out.size());
    return folded.mid(start, end - start).trimmed().toString();
}

QString EntityKey::stripSuffix(QStringView name)
{
    QString out = name.toString().trimmed();
    while (true) {
        const qsizetype space = out.lastIndexOf(QLatin1Char(' '));
        if (space <= 0)
            return out;
        QString last = out.mid(space + 1);
        while (last.endsWith(QLatin1Char('.')))
            last.chop(1);
        if (!strippable(last))
            return out;
        out.truncate(space);
        while (out.endsWith(QLatin1Char(',')) || out.endsWith(QLatin1Char(' ')) ||
               out.endsWith(QLatin1Char('&')))
            out.chop(1);
    }
}

} // namespace ws
