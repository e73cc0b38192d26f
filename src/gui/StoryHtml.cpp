#include "StoryHtml.h"

#include "DealTableModel.h"
#include "EntityStyle.h"

#include <QUrl>
#include <algorithm>
#include <set>

namespace ws {

namespace {

QString css(const QColor& color)
{
    return color.name(QColor::HexRgb);
}

// What covers one stretch of text between two boundaries.
struct Segment
{
    int start = 0;
    int end = 0;
    const MentionSpan* mention = nullptr;
    const DealRow* deal = nullptr;
    const NoteRow* note = nullptr;
};

QString dealTitle(const DealRow& deal)
{
    QStringList parts{deal.kind};
    if (!deal.status.isEmpty())
        parts.append(deal.status);
    const QString amount = DealTableModel::amountText(deal);
    if (!amount.isEmpty())
        parts.append(amount);
    if (!deal.parties.isEmpty())
        parts.append(deal.partiesText());
    return QCoreApplication::translate("StoryHtml", "Deal: %1").arg(parts.join(QStringLiteral(" · ")));
}

// The opening and closing markup around one piece of a segment.
std::pair<QString, QString> wrapperOf(const Segment& segment, const QPalette& palette)
{
    QString style;
    QString title;
    if (segment.deal) {
        style += QStringLiteral("background-color:%1;").arg(css(EntityStyle::evidence(palette)));
        title = dealTitle(*segment.deal);
    }
    // An annotated passage is underlined, and shaded in the note colour where nothing else shades it.
    QString noteOpen;
    QString noteClose;
    if (segment.note) {
        noteOpen = QStringLiteral("<u>");
        noteClose = QStringLiteral("</u>");
        const QString what = QCoreApplication::translate("StoryHtml", "Note: %1").arg(segment.note->body.left(300));
        title = title.isEmpty() ? what : title + QLatin1Char('\n') + what;
        if (style.isEmpty())
            style = QStringLiteral("background-color:%1;").arg(css(EntityStyle::note(palette)));
    }
    if (segment.mention) {
        const MentionSpan& mention = *segment.mention;
        style = QStringLiteral("background-color:%1; color:%2; text-decoration:%3;")
                    .arg(css(EntityStyle::background(mention.entity.type, palette)),
                         css(EntityStyle::foreground(palette)),
                         segment.note ? QStringLiteral("underline") : QStringLiteral("none"));
        const QString what = QCoreApplication::translate("StoryHtml", "%1: %2. Click to show its stories; "
                                                                      "Ctrl+click to add it to the filter.")
                                 .arg(EntityStyle::singular(mention.entity.type), mention.entity.name);
        title = title.isEmpty() ? what : what + QLatin1Char('\n') + title;
        return {noteOpen + QStringLiteral("<a href=\"entity:%1\" title=\"%2\"><span style=\"%3\">")
                               .arg(mention.entity.id)
                               .arg(title.toHtmlEscaped(), style),
                QStringLiteral("</span></a>") + noteClose};
    }
    if (style.isEmpty())
        return {noteOpen, noteClose};
    return {noteOpen + QStringLiteral("<span style=\"%1\" title=\"%2\">").arg(style, title.toHtmlEscaped()),
            QStringLiteral("</span>") + noteClose};
}

} // namespace

QList<MentionSpan> StoryHtml::visibleMentions(const QList<MentionSpan>& mentions, int textLength)
{
    QList<MentionSpan> sorted;
    for (const MentionSpan& mention : mentions) {
        if (mention.start >= 0 && mention.end > mention.start && mention.end <= textLength)
            sorted.append(mention);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const MentionSpan& a, const MentionSpan& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<MentionSpan> visible;
    int reached = 0;
    for (const MentionSpan& mention : sorted) {
        if (mention.start >= reached) {
            visible.append(mention);
            reached = mention.end;
        }
    }
    return visible;
}

QString StoryHtml::build(const StoryDetail& story, const QPalette& palette)
{
    const QString text = story.text();
    const int length = int(text.size());
    const QList<MentionSpan> mentions = visibleMentions(story.mentions, length);
    const int titleEnd = story.title.isEmpty() ? 0 : int(story.title.size());

    std::set<int> cuts{0, length, titleEnd};
    for (const MentionSpan& mention : mentions) {
        cuts.insert(mention.start);
        cuts.insert(mention.end);
    }
    for (const DealRow& deal : story.deals) {
        cuts.insert(std::clamp(deal.evidenceStart, 0, length));
        cuts.insert(std::clamp(deal.evidenceEnd, 0, length));
    }
    for (const NoteRow& note : story.notes) {
        if (note.start >= 0 && note.end > note.start) {
            cuts.insert(std::clamp(note.start, 0, length));
            cuts.insert(std::clamp(note.end, 0, length));
        }
    }

    QString html = QStringLiteral("<html><body>");
    if (titleEnd > 0)
        html += QStringLiteral("<h2>");
    bool inTitle = titleEnd > 0;
    bool inParagraph = false;
    int nextMention = 0;
    for (auto it = cuts.begin(); it != cuts.end() && *it < length; ++it) {
        Segment segment{*it, *std::next(it)};
        while (nextMention < mentions.size() && mentions.at(nextMention).end <= segment.start)
            ++nextMention;
        if (nextMention < mentions.size() && mentions.at(nextMention).start <= segment.start)
            segment.mention = &mentions.at(nextMention);
        for (const DealRow& deal : story.deals) {
            if (deal.evidenceStart <= segment.start && segment.end <= deal.evidenceEnd) {
                segment.deal = &deal;
                break;
            }
        }
        for (const NoteRow& note : story.notes) {
            if (note.start >= 0 && note.start <= segment.start && segment.end <= note.end) {
                segment.note = &note;
                break;
            }
        }
        if (inTitle && segment.start >= titleEnd) {
            html += QStringLiteral("</h2>");
            inTitle = false;
        }
        const auto [open, close] = wrapperOf(segment, palette);
        // Line breaks end paragraphs; a wrapper is closed and reopened around them.
        const QStringList lines =
            text.mid(segment.start, segment.end - segment.start).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0 && inParagraph) {
                html += QStringLiteral("</p>");
                inParagraph = false;
            }
            if (lines.at(i).isEmpty())
                continue;
            if (!inTitle && !inParagraph) {
                html += QStringLiteral("<p>");
                inParagraph = true;
            }
            html += open + lines.at(i).toHtmlEscaped() + close;
        }
    }
    if (inTitle)
        html += QStringLiteral("</h2>");
    if (inParagraph)
        html += QStringLiteral("</p>");
    html += QStringLiteral("</body></html>");
    return html;
}

QString StoryHtml::legend(const QPalette& palette)
{
    QString html;
    const QString swatch =
        QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span> ");
    for (EntityType type : allEntityTypes) {
        html += swatch.arg(css(EntityStyle::background(type, palette)), css(EntityStyle::foreground(palette)),
                           EntityStyle::singular(type).toHtmlEscaped());
    }
    html += swatch.arg(css(EntityStyle::evidence(palette)), css(EntityStyle::foreground(palette)),
                       tr("Deal evidence").toHtmlEscaped());
    html += QStringLiteral("<span style=\"background-color:%1; color:%2;\"><u>&nbsp;%3&nbsp;</u></span>")
                .arg(css(EntityStyle::note(palette)), css(EntityStyle::foreground(palette)),
                     tr("Annotated passage").toHtmlEscaped());
    return html;
}

qint64 StoryHtml::entityIdOf(const QUrl& url)
{
    if (url.scheme() != QLatin1String("entity"))
        return 0;
    bool ok = false;
    const qint64 id = url.path().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace ws
