#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace ws {

struct HtmlToken
{
    enum class Kind
    {
        Text,
        StartTag,
        EndTag,
        Comment,
        Doctype
    };
    Kind kind = Kind::Text;
    QString name;                              // lower-case tag name
    QList<QPair<QString, QString>> attributes; // lower-case names, decoded values
    QString text;                              // decoded text for Text (raw for script/style content)
    bool selfClosing = false;
    int line = 1; // 1-based line where the token starts

    QString attribute(const QString& name) const;
};

// A small tolerant HTML tokenizer (HTML is not XML: unclosed tags, bare attributes, stray '<' and
// unquoted values are all normal). Script and style content is returned as raw text. It does not
// build a tree; callers keep the little state they need.
class HtmlScanner
{
public:
    explicit HtmlScanner(QStringView html);
    bool next(HtmlToken& token);

    // Visible text of an HTML fragment (an RSS description): tags dropped, entities decoded, block
    // elements become paragraph breaks ("\n\n"), runs of spaces collapsed.
    static QString toPlainText(QStringView html);
    static bool isBlockElement(const QString& name);
    static bool isVoidElement(const QString& name);

private:
    void advanceTo(qsizetype pos);
    bool readTag(HtmlToken& token);

    QStringView m_html;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_rawTextEnd; // "script" / "style" while inside one
};

} // namespace ws
