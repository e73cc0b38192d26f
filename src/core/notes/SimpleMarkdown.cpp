#include "notes/SimpleMarkdown.h"

#include <QRegularExpression>
#include <QStringList>

namespace ws {

namespace {

enum class Block
{
    None,
    Paragraph,
    Bullets,
    Numbers
};

} // namespace

QString SimpleMarkdown::inlineHtml(const QString& escaped)
{
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    static const QRegularExpression bold(QStringLiteral("\\*\\*(\\S(?:.*?\\S)?)\\*\\*"));
    static const QRegularExpression italic(QStringLiteral("(?<![\\w*])([*_])(\\S(?:.*?\\S)?)\\1(?![\\w*])"));
    // Code spans first, kept out of the other rules by splitting around them.
    QString result;
    qsizetype at = 0;
    auto styled = [](QString text) {
        text.replace(bold, QStringLiteral("<b>\\1</b>"));
        text.replace(italic, QStringLiteral("<i>\\2</i>"));
        return text;
    };
    for (auto it = code.globalMatch(escaped); it.hasNext();) {
        const auto match = it.next();
        result += styled(escaped.mid(at, match.capturedStart() - at));
        result += QStringLiteral("<code>") + match.captured(1) + QStringLiteral("</code>");
        at = match.capturedEnd();
    }
    result += styled(escaped.mid(at));
    return result;
}

QString SimpleMarkdown::toHtml(const QString& markdown)
{
    static const QRegularExpression bullet(QStringLiteral("^\\s*[-*+]\\s+(.*)$"));
    static const QRegularExpression number(QStringLiteral("^\\s*\\d+[.)]\\s+(.*)$"));
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*)$"));
    QString html;
    Block open = Block::None;
    auto close = [&] {
        if (open == Block::Paragraph)
            html += QStringLiteral("</p>\n");
        else if (open == Block::Bullets)
            html += QStringLiteral("</ul>\n");
        else if (open == Block::Numbers)
            html += QStringLiteral("</ol>\n");
        open = Block::None;
    };
    auto openBlock = [&](Block block) {
        if (open == block)
            return false;
        close();
        html += block == Block::Paragraph ? QStringLiteral("<p>")
                : block == Block::Bullets ? QStringLiteral("<ul>\n")
                                          : QStringLiteral("<ol>\n");
        open = block;
        return true;
    };
    const QStringList lines =
        QString(markdown).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString escaped = line.toHtmlEscaped();
        if (line.trimmed().isEmpty()) {
            close();
        } else if (const auto match = heading.match(escaped); match.hasMatch()) {
            close();
            const int level =
                std::min(int(match.capturedLength(1)) + 2, 6); // below the export's own headings
            html += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(inlineHtml(match.captured(2)));
        } else if (const auto match = bullet.match(escaped); match.hasMatch()) {
            openBlock(Block::Bullets);
            html += QStringLiteral("<li>") + inlineHtml(match.captured(1)) + QStringLiteral("</li>\n");
        } else if (const auto match = number.match(escaped); match.hasMatch()) {
            openBlock(Block::Numbers);
            html += QStringLiteral("<li>") + inlineHtml(match.captured(1)) + QStringLiteral("</li>\n");
        } else {
            if (!openBlock(Block::Paragraph))
                html += QStringLiteral("<br>\n");
            html += inlineHtml(escaped.trimmed());
        }
    }
    close();
    return html;
}

} // namespace ws
