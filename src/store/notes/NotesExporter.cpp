#include "notes/NotesExporter.h"

#include "notes/CsvWriter.h"
#include "notes/NoteJson.h"
#include "notes/SimpleMarkdown.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace ws {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::NotesExporter", text);
}

// Story text inside Markdown: characters that would start markup (raw HTML, links, emphasis) are
// backslash-escaped, line breaks flattened where the text must stay on one line.
QString markdownText(QString text, bool oneLine = true)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|");
    QString escaped;
    escaped.reserve(text.size() + 8);
    if (oneLine)
        text = text.simplified();
    for (const QChar c : std::as_const(text)) {
        if (special.contains(c))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return escaped;
}

// The analyst's own Markdown is kept, except raw HTML, which a Markdown viewer would run.
QString markdownBody(const QString& body)
{
    return QString(body).replace(QLatin1Char('<'), QStringLiteral("\\<"));
}

QString htmlText(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// Only web addresses become links; anything else (javascript:, file:) stays text.
QString htmlLink(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return url.toHtmlEscaped();
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(parsed.toString(QUrl::FullyEncoded).toHtmlEscaped(), url.toHtmlEscaped());
}

// A stored ISO time as a reader wants it: "2025-01-16 09:30 UTC".
QString readableTime(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : iso;
}

QString metaLine(const ResolvedNote& resolved)
{
    const Note& note = resolved.note;
    const QString created = readableTime(note.created);
    const QString edited = readableTime(note.edited);
    if (edited == created)
        return tr("Note %1 (%2), written %3").arg(note.id).arg(noteKindName(note.kind()), created);
    return tr("Note %1 (%2), written %3, edited %4")
        .arg(note.id)
        .arg(noteKindName(note.kind()), created, edited);
}

const char* const htmlStyle = R"CSS(
body { font-family: "Noto Serif", Georgia, serif; max-width: 46em; margin: 2em auto; color: #222; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin: 1.4em 0 0.4em; }
p.meta, p.note-meta { color: #666; font-size: 0.9em; }
blockquote { margin: 0.5em 0 0.5em 1em; padding-left: 0.8em; border-left: 3px solid #c9a227; color: #333; font-style: italic; }
p.cite { font-size: 0.92em; }
p.remark { color: #a33; font-size: 0.9em; }
span.tag { background: #eef2f7; padding: 0 0.35em; margin-right: 0.3em; border-radius: 3px; }
code { background: #f3f3f3; }
hr { border: none; border-top: 1px solid #ddd; }
)CSS";

} // namespace

QString NotesExporter::title(const NotesExportInfo& info)
{
    return info.title.isEmpty() ? tr("Wirescope notes") : info.title;
}

QString NotesExporter::subtitle(const NotesExportInfo& info, qsizetype count)
{
    if (!info.subtitle.isEmpty())
        return info.subtitle;
    return tr("%1 notes, exported %2")
        .arg(count)
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
}

QByteArray NotesExporter::markdown(const QList<ResolvedNote>& notes, const NotesExportInfo& info)
{
    QString text;
    text += QStringLiteral("# %1\n\n%2\n")
                .arg(markdownText(title(info)), markdownText(subtitle(info, notes.size())));
    int number = 0;
    for (const ResolvedNote& resolved : notes) {
        text +=
            QStringLiteral("\n---\n\n## %1. %2\n\n").arg(++number).arg(markdownText(resolved.anchorLabel()));
        if (!resolved.note.target.quote.isEmpty()) {
            const QStringList lines = resolved.note.target.quote.split(QLatin1Char('\n'));
            for (const QString& line : lines)
                text += QStringLiteral("> %1\n").arg(markdownText(line));
            text += QLatin1Char('\n');
        }
        if (!resolved.note.body.trimmed().isEmpty())
            text += markdownBody(resolved.note.body.trimmed()) + QStringLiteral("\n\n");
        if (const QString citation = resolved.citationLine(); !citation.isEmpty())
            text += QStringLiteral("- %1 %2\n").arg(tr("Source:"), markdownText(citation));
        if (!resolved.note.tags.isEmpty())
            text += QStringLiteral("- %1 %2\n")
                        .arg(tr("Tags:"), markdownText(resolved.note.tags.join(QStringLiteral(", "))));
        text += QStringLiteral("- %1\n").arg(markdownText(metaLine(resolved)));
        if (const QString remark = resolved.anchorRemark(); !remark.isEmpty())
            text += QStringLiteral("- %1\n").arg(markdownText(remark));
    }
    return text.toUtf8();
}

QString NotesExporter::html(const QList<ResolvedNote>& notes, const NotesExportInfo& info)
{
    QString html;
    html += QStringLiteral(
                "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                "style-src 'unsafe-inline'\">\n<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                .arg(title(info).toHtmlEscaped(), QString::fromUtf8(htmlStyle));
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2</p>\n")
                .arg(title(info).toHtmlEscaped(), subtitle(info, notes.size()).toHtmlEscaped());
    int number = 0;
    for (const ResolvedNote& resolved : notes) {
        const Note& note = resolved.note;
        html += QStringLiteral("<hr>\n<div class=\"note\" id=\"note-%1\">\n").arg(note.id);
        html += QStringLiteral("<h2>%1. %2</h2>\n").arg(++number).arg(resolved.anchorLabel().toHtmlEscaped());
        if (!note.target.quote.isEmpty())
            html += QStringLiteral("<blockquote>%1</blockquote>\n").arg(htmlText(note.target.quote));
        if (!note.body.trimmed().isEmpty())
            html += QStringLiteral("<div class=\"body\">\n%1</div>\n").arg(SimpleMarkdown::toHtml(note.body));
        if (note.kind() != NoteKind::Entity) {
            const NoteCitation& citation = resolved.citation;
            QStringList parts{
                QStringLiteral("<cite>%1</cite>")
                    .arg((citation.title.isEmpty() ? resolved.storyId : citation.title).toHtmlEscaped())};
            if (!citation.source.isEmpty())
                parts.append(citation.source == citation.url ? htmlLink(citation.url)
                                                             : citation.source.toHtmlEscaped());
            if (!citation.date.isEmpty())
                parts.append(citation.date.toHtmlEscaped());
            if (!citation.url.isEmpty() && citation.url != citation.source)
                parts.append(htmlLink(citation.url));
            html += QStringLiteral("<p class=\"cite\">%1 %2</p>\n")
                        .arg(tr("Source:").toHtmlEscaped(), parts.join(QStringLiteral(", ")));
        }
        if (!note.tags.isEmpty()) {
            QStringList tags;
            for (const QString& tag : note.tags)
                tags.append(QStringLiteral("<span class=\"tag\">%1</span>").arg(tag.toHtmlEscaped()));
            html += QStringLiteral("<p class=\"tags\">%1 %2</p>\n")
                        .arg(tr("Tags:").toHtmlEscaped(), tags.join(QLatin1Char(' ')));
        }
        html += QStringLiteral("<p class=\"note-meta\">%1</p>\n").arg(metaLine(resolved).toHtmlEscaped());
        if (const QString remark = resolved.anchorRemark(); !remark.isEmpty())
            html += QStringLiteral("<p class=\"remark\">%1</p>\n").arg(remark.toHtmlEscaped());
        html += QStringLiteral("</div>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

QStringList NotesExporter::csvHeader()
{
    return {QStringLiteral("id"),          QStringLiteral("kind"),         QStringLiteral("story"),
            QStringLiteral("title"),       QStringLiteral("source"),       QStringLiteral("date"),
            QStringLiteral("url"),         QStringLiteral("quote"),        QStringLiteral("start"),
            QStringLiteral("end"),         QStringLiteral("body"),         QStringLiteral("tags"),
            QStringLiteral("created"),     QStringLiteral("edited"),       QStringLiteral("anchor"),
            QStringLiteral("relocated"),   QStringLiteral("entity_type"),  QStringLiteral("entity_key"),
            QStringLiteral("entity_name"), QStringLiteral("deal_evidence")};
}

QByteArray NotesExporter::csv(const QList<ResolvedNote>& notes)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    writer.row(csvHeader());
    auto number = [](int value) { return value < 0 ? QString() : QString::number(value); };
    for (const ResolvedNote& resolved : notes) {
        const Note& note = resolved.note;
        writer.row({QString::number(note.id),
                    noteKindName(note.kind()),
                    resolved.storyId,
                    resolved.citation.title,
                    resolved.citation.source,
                    resolved.citation.date,
                    resolved.citation.url,
                    note.target.quote,
                    number(resolved.start),
                    number(resolved.end),
                    note.body,
                    note.tags.join(QStringLiteral("; ")),
                    note.created,
                    note.edited,
                    anchorStatusName(resolved.status),
                    resolved.relocated ? QStringLiteral("yes") : QStringLiteral("no"),
                    note.target.entityType,
                    note.target.entityKey,
                    resolved.entityName,
                    note.target.dealEvidence});
    }
    return buffer.data();
}

QByteArray NotesExporter::json(const QList<ResolvedNote>& notes)
{
    QJsonArray array;
    for (const ResolvedNote& resolved : notes)
        array.append(NoteJson::note(resolved));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

ExportStatus NotesExporter::write(const QString& path, ExportFormat format, const QList<ResolvedNote>& notes,
                                  bool overwrite, const NotesExportInfo& info)
{
    QByteArray content;
    switch (format) {
    case ExportFormat::Markdown:
        content = markdown(notes, info);
        break;
    case ExportFormat::Html:
        content = html(notes, info).toUtf8();
        break;
    case ExportFormat::Csv:
        content = csv(notes);
        break;
    case ExportFormat::Json:
        content = json(notes);
        break;
    case ExportFormat::Pdf:
        return ExportStatus::failed(tr("PDF export needs the print library (NotesPdfExporter)."));
    }
    return ExportTarget::write(path, overwrite, [&](QIODevice& device) {
        return device.write(content) == content.size() ? QString() : device.errorString();
    });
}

} // namespace ws
