#include "extract/EntityKey.h"

#include "extract/ChineseFold.h"
#include "extract/Lexicon.h"
#include "extract/Tokenizer.h"

#include <QStringList>

namespace ws {

namespace {

bool strippable(QStringView word)
{
    static const quint64 group = Tokenizer::hashOf(u"group");
    static const quint64 holdings = Tokenizer::hashOf(u"holdings");
    static const quint64 holding = Tokenizer::hashOf(u"holding");
    const quint64 hash = Tokenizer::hashOf(word);
    return Lexicon::contains(Lexicon::LegalSuffix, hash) || hash == group || hash == holdings || hash == holding;
}

// Words of a name: letters and digits, with '&' kept as a word and dots dropped (U.S. -> US).
QStringList words(QStringView name, bool fold)
{
    QStringList out;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            out.append(current);
        current.clear();
    };
    for (QChar ch : name) {
        const char16_t c = ch.unicode();
        if (c == u'.' || c == u'\'' || c == 0x2019 || c == 0x00B7 || c == 0x30FB)
            continue; // C.C. -> CC, Lowe's -> Lowes, 黃·仁勳
        if (ch.isLetterOrNumber() || ch.isMark()) {
            if (ChineseFold::isHan(c)) {
                flush(); // each Han character is a word; joined again without spaces below
                out.append(QChar(fold ? Tokenizer::foldChar(c) : c));
                continue;
            }
            current.append(fold ? QChar(Tokenizer::foldChar(c)) : ch);
        } else if (c == u'&' || c == u'+') {
            flush();
            out.append(QString(ch));
        } else {
            flush();
        }
    }
    flush();
    return out;
}

void dropSuffixes(QStringList& list)
{
    if (!list.isEmpty() && list.first().compare(u"the", Qt::CaseInsensitive) == 0 && list.size() > 1)
        list.removeFirst();
    while (list.size() > 1 && (strippable(list.last()) || list.last() == u"&"))
        list.removeLast();
}

QString join(const QStringList& list)
{
    QString out;
    for (int i = 0; i < list.size(); ++i) {
        const bool hanPair = i > 0 && list[i].size() == 1 && ChineseFold::isHan(list[i][0].unicode()) &&
                             list[i - 1].size() == 1 && ChineseFold::isHan(list[i - 1][0].unicode());
        if (i > 0 && !hanPair)
            out.append(QLatin1Char(' '));
        out.append(list[i]);
    }
    return out;
}

} // namespace

QString EntityKey::make(QStringView name)
{
    QStringList list = words(name, true);
    dropSuffixes(list);
    return join(list);
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
        while (out.endsWith(QLatin1Char(',')) || out.endsWith(QLatin1Char(' ')) || out.endsWith(QLatin1Char('&')))
            out.chop(1);
    }
}

} // namespace ws
