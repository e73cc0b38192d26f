#include "text/HtmlEntities.h"

#include <QHash>

namespace ws {

namespace {

const QHash<QString, char32_t>& namedEntities()
{
    static const QHash<QString, char32_t> table = {
        {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},      {"apos", '\''},
        {"nbsp", 0xA0},     {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009}, {"shy", 0xAD},
        {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},
        {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"laquo", 0xAB},    {"raquo", 0xBB},
        {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"hellip", 0x2026}, {"bull", 0x2022},   {"middot", 0xB7},
        {"prime", 0x2032},  {"Prime", 0x2033},  {"copy", 0xA9},     {"reg", 0xAE},      {"trade", 0x2122},
        {"euro", 0x20AC},   {"pound", 0xA3},    {"yen", 0xA5},      {"cent", 0xA2},     {"curren", 0xA4},
        {"deg", 0xB0},      {"plusmn", 0xB1},   {"times", 0xD7},    {"divide", 0xF7},   {"micro", 0xB5},
        {"para", 0xB6},     {"sect", 0xA7},     {"frac12", 0xBD},   {"frac14", 0xBC},   {"frac34", 0xBE},
        {"sup2", 0xB2},     {"sup3", 0xB3},     {"iexcl", 0xA1},    {"iquest", 0xBF},   {"ordf", 0xAA},
        {"ordm", 0xBA},     {"dagger", 0x2020}, {"Dagger", 0x2021}, {"permil", 0x2030}, {"minus", 0x2212},
        {"larr", 0x2190},   {"rarr", 0x2192},   {"uarr", 0x2191},   {"darr", 0x2193},   {"le", 0x2264},
        {"ge", 0x2265},     {"ne", 0x2260},     {"asymp", 0x2248},  {"infin", 0x221E},  {"zwj", 0x200D},
        {"zwnj", 0x200C},   {"lrm", 0x200E},    {"rlm", 0x200F},    {"Agrave", 0xC0},   {"Aacute", 0xC1},
        {"Acirc", 0xC2},    {"Atilde", 0xC3},   {"Auml", 0xC4},     {"Aring", 0xC5},    {"AElig", 0xC6},
        {"Ccedil", 0xC7},   {"Egrave", 0xC8},   {"Eacute", 0xC9},   {"Ecirc", 0xCA},    {"Euml", 0xCB},
        {"Igrave", 0xCC},   {"Iacute", 0xCD},   {"Icirc", 0xCE},    {"Iuml", 0xCF},     {"ETH", 0xD0},
        {"Ntilde", 0xD1},   {"Ograve", 0xD2},   {"Oacute", 0xD3},   {"Ocirc", 0xD4},    {"Otilde", 0xD5},
        {"Ouml", 0xD6},     {"Oslash", 0xD8},   {"Ugrave", 0xD9},   {"Uacute", 0xDA},   {"Ucirc", 0xDB},
        {"Uuml", 0xDC},     {"Yacute", 0xDD},   {"THORN", 0xDE},    {"szlig", 0xDF},    {"agrave", 0xE0},
        {"aacute", 0xE1},   {"acirc", 0xE2},    {"atilde", 0xE3},   {"auml", 0xE4},     {"aring", 0xE5},
        {"aelig", 0xE6},    {"ccedil", 0xE7},   {"egrave", 0xE8},   {"eacute", 0xE9},   {"ecirc", 0xEA},
        {"euml", 0xEB},     {"igrave", 0xEC},   {"iacute", 0xED},   {"icirc", 0xEE},    {"iuml", 0xEF},
        {"eth", 0xF0},      {"ntilde", 0xF1},   {"ograve", 0xF2},   {"oacute", 0xF3},   {"ocirc", 0xF4},
        {"otilde", 0xF5},   {"ouml", 0xF6},     {"oslash", 0xF8},   {"ugrave", 0xF9},   {"uacute", 0xFA},
        {"ucirc", 0xFB},    {"uuml", 0xFC},     {"yacute", 0xFD},   {"thorn", 0xFE},    {"yuml", 0xFF},
        {"OElig", 0x152},   {"oelig", 0x153},   {"Scaron", 0x160},  {"scaron", 0x161},  {"Yuml", 0x178},
        {"alpha", 0x3B1},   {"beta", 0x3B2},    {"gamma", 0x3B3},   {"delta", 0x3B4},   {"mu", 0x3BC},
        {"pi", 0x3C0},      {"sigma", 0x3C3},   {"omega", 0x3C9},   {"Omega", 0x3A9},   {"Delta", 0x394},
    };
    return table;
}

void appendCodePoint(QString& out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out += QChar(0xFFFD);
        return;
    }
    if (cp < 0x20 && cp != '\t' && cp != '\n')
        return; // control codes carry no text (wire transmission marks)
    if (cp == 0x7F)
        return;
    out += QString::fromUcs4(&cp, 1);
}

} // namespace

QString HtmlEntities::decode(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c != u'&') {
            out += c;
            continue;
        }
        // Find the end of the reference: letters/digits/#x, up to 32 characters.
        qsizetype j = i + 1;
        while (j < n && j - i <= 32 && (text[j].isLetterOrNumber() || text[j] == u'#'))
            ++j;
        const QStringView name = text.mid(i + 1, j - i - 1);
        const bool terminated = j < n && text[j] == u';';
        if (name.startsWith(u'#') && name.size() > 1) {
            bool ok = false;
            const bool hex = name.size() > 2 && (name[1] == u'x' || name[1] == u'X');
            const uint cp = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok) {
                appendCodePoint(out, cp);
                i = terminated ? j : j - 1;
                continue;
            }
        } else if (!name.isEmpty()) {
            const auto& table = namedEntities();
            auto it = table.constFind(name.toString());
            if (it != table.constEnd()) {
                appendCodePoint(out, it.value());
                i = terminated ? j : j - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace ws
