#pragma once

#include "notes/ExportFormat.h"
#include "notes/ExportTarget.h"
#include "notes/ResolvedNote.h"

#include <QByteArray>
#include <QList>

namespace ws {

// The heading of an exported notes file.
struct NotesExportInfo
{
    QString title;    // "Wirescope notes" when empty
    QString subtitle; // "N notes, exported <time>" when empty
};

// Notes as Markdown, HTML, CSV and JSON, each note with its citation (story title, source, date)
// and its quoted passage. Text from stories and notes is escaped for every format: hostile text
// stays text. PDF is drawn from html() by NotesPdfExporter (print library).
class NotesExporter
{
public:
    static QByteArray markdown(const QList<ResolvedNote>& notes, const NotesExportInfo& info = {});
    static QString html(const QList<ResolvedNote>& notes, const NotesExportInfo& info = {});
    static QByteArray csv(const QList<ResolvedNote>& notes);
    static QByteArray json(const QList<ResolvedNote>& notes);

    // Writes md, html, csv or json atomically. PDF is refused here (it needs the print library).
    static ExportStatus write(const QString& path, ExportFormat format, const QList<ResolvedNote>& notes,
                              bool overwrite, const NotesExportInfo& info = {});

    static QStringList csvHeader();
    static QString title(const NotesExportInfo& info);
    static QString subtitle(const NotesExportInfo& info, qsizetype count);
};

} // namespace ws
