#include "text/HtmlScanner.h"

#include "text/HtmlEntities.h"

#include <QSet>

namespace ws {

QString HtmlToken::attribute(const QString& name) const
{
    for (const auto& a : attributes) {
        if (a.first == name)
            return a.second;
    }
    return {};
}

HtmlScanner::HtmlScanner(QStringView html) : m_html(html) {}

bool HtmlScanner::isBlockElement(const QString& name)
{
    static const QSet<QString> blocks = {
        "p",      "div",     "br",         "li",      "h1",   "h2",     "h3",         "h4",
        "h5",     "h6",      "blockquote", "pre",     "tr",   "table",  "section",    "article",
        "ul",     "ol",      "dl",         "dt",      "dd",   "figure", "figcaption", "header",
        "footer", "hr",      "main",       "aside",   "nav",  "form",   "address",    "td",
        "th",     "caption", "details",    "summary", "body", "html",   "title"};
    return blocks.contains(name);
}

bool HtmlScanner::isVoidElement(const QString& name)
{
    static const QSet<QString> voids = {"area",  "base", "br",   "col",   "embed",  "hr",    "img",
                                        "input", "link", "meta", "param", "source", "track", "wbr"};
    return voids.contains(name);
}

void HtmlScanner::advanceTo(qsizetype pos)
{
    for (qsizetype i = m_pos; i < pos; ++i)
        m_line += (m_html[i] == u'\n');
    m_pos = pos;
}

bool HtmlScanner::next(HtmlToken& token)
{
    token = HtmlToken();
    const qsizetype n = m_html.size();
    if (m_pos >= n)
        return false;
    token.line = m_line;

    if (!m_rawTextEnd.isEmpty()) {
        // Raw text up to the matching end tag.
        const QString end = QStringLiteral("</") + m_rawTextEnd;
        qsizetype stop = m_html.indexOf(end, m_pos, Qt::CaseInsensitive);
        if (stop < 0)
            stop = n;
        m_rawTextEnd.clear();
        if (stop > m_pos) {
            token.kind = HtmlToken::Kind::Text;
            token.text = m_html.mid(m_pos, stop - m_pos).toString();
            advanceTo(stop);
            return true;
        }
    }

    if (m_html[m_pos] == u'<' && readTag(token))
        return true;

    // Text up to the next '<' that starts a tag (a '<' followed by a space or digit is text).
    qsizetype stop = m_pos + 1;
    for (;;) {
        stop = m_html.indexOf(u'<', stop);
        if (stop < 0) {
            stop = n;
            break;
        }
        if (stop + 1 < n) {
            const QChar c = m_html[stop + 1];
            if (c.isLetter() || c == u'/' || c == u'!' || c == u'?')
                break;
        }
        ++stop;
    }
    token.kind = HtmlToken::Kind::Text;
    token.text = HtmlEntities::decode(m_html.mid(m_pos, stop - m_pos));
    advanceTo(stop);
    return true;
}

bool HtmlScanner::readTag(HtmlToken& token)
{
    const qsizetype n = m_html.size();
    qsizetype i = m_pos + 1;
    if (i >= n)
        return false;
    if (m_html.mid(i).startsWith(u"!--")) {
        qsizetype end = m_html.indexOf(u"-->", i + 3);
        end = end < 0 ? n : end + 3;
        token.kind = HtmlToken::Kind::Comment;
        token.text = m_html.mid(i + 3, qMax<qsizetype>(0, end - 3 - (i + 3))).toString();
        advanceTo(end);
        return true;
    }
    if (m_html[i] == u'!' || m_html[i] == u'?') {
        qsizetype end = m_html.indexOf(u'>', i);
        end = end < 0 ? n : end + 1;
        token.kind = HtmlToken::Kind::Doctype;
        token.text = m_html.mid(m_pos, end - m_pos).toString();
        advanceTo(end);
        return true;
    }
    bool closing = false;
    if (m_html[i] == u'/') {
        closing = true;
        ++i;
    }
    if (i >= n || !m_html[i].isLetter())
        return false;
    const qsizetype nameStart = i;
    while (i < n &&
           (m_html[i].isLetterOrNumber() || m_html[i] == u'-' || m_html[i] == u':' || m_html[i] == u'_'))
        ++i;
    token.kind = closing ? HtmlToken::Kind::EndTag : HtmlToken::Kind::StartTag;
    token.name = m_html.mid(nameStart, i - nameStart).toString().toLower();

    // Attributes: name, name=value, name="value", name='value'.
    while (i < n) {
        while (i < n && m_html[i].isSpace())
            ++i;
        if (i >= n)
            break;
        if (m_html[i] == u'>') {
            ++i;
            break;
        }
        if (m_html[i] == u'/') {
            token.selfClosing = true;
            ++i;
            continue;
        }
        const qsizetype attrStart = i;
        while (i < n && !m_html[i].isSpace() && m_html[i] != u'=' && m_html[i] != u'>' &&
               !(m_html[i] == u'/' && i + 1 < n && m_html[i + 1] == u'>'))
            ++i;
        QString name = m_html.mid(attrStart, i - attrStart).toString().toLower();
        while (i < n && m_html[i].isSpace())
            ++i;
        QString value;
        if (i < n && m_html[i] == u'=') {
            ++i;
            while (i < n && m_html[i].isSpace())
                ++i;
            if (i < n && (m_html[i] == u'"' || m_html[i] == u'\'')) {
                const QChar quote = m_html[i];
                const qsizetype end = m_html.indexOf(quote, i + 1);
                const qsizetype stop = end < 0 ? n : end;
                value = HtmlEntities::decode(m_html.mid(i + 1, stop - i - 1));
                i = end < 0 ? n : end + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !m_html[i].isSpace() && m_html[i] != u'>')
                    ++i;
                value = HtmlEntities::decode(m_html.mid(valueStart, i - valueStart));
            }
        }
        if (!name.isEmpty() && !closing)
            token.attributes.append({name, value});
        else if (name.isEmpty())
            ++i; // a stray character; step over it
    }
    advanceTo(i);
    if (!closing && (token.name == QLatin1String("script") || token.name == QLatin1String("style") ||
                     token.name == QLatin1String("textarea") || token.name == QLatin1String("xmp")))
        m_rawTextEnd = token.name;
    return true;
}

QString HtmlScanner::toPlainText(QStringView html)
{
    HtmlScanner scanner(html);
    HtmlToken token;
    QStringList paragraphs;
    QString current;
    int skipDepth = 0; // inside script/style
    auto flush = [&] {
        const QString p = current.simplified();
        if (!p.isEmpty())
            paragraphs.append(p);
        current.clear();
    };
    while (scanner.next(token)) {
        switch (token.kind) {
        case HtmlToken::Kind::StartTag:
            if (token.name == QLatin1String("script") || token.name == QLatin1String("style"))
                ++skipDepth;
            else if (isBlockElement(token.name))
                flush();
            else if (token.name == QLatin1String("img") && !token.attribute(QStringLiteral("alt")).isEmpty())
                current += QLatin1Char(' ');
            break;
        case HtmlToken::Kind::EndTag:
            if (token.name == QLatin1String("script") || token.name == QLatin1String("style"))
                skipDepth = qMax(0, skipDepth - 1);
            else if (isBlockElement(token.name))
                flush();
            break;
        case HtmlToken::Kind::Text:
            if (skipDepth == 0)
                current += token.text;
            break;
        default:
            break;
        }
    }
    flush();
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace ws
