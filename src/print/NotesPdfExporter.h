#pragma once

#include "notes/ExportTarget.h"
#include "notes/NotesExporter.h"

namespace ws {

// Notes as a PDF (A4, numbered pages): NotesExporter::html laid out by QTextDocument onto a
// QPdfWriter, written atomically. Needs a QGuiApplication (fonts); returns an error without one.
class NotesPdfExporter
{
public:
    static ExportStatus write(const QString& path, const QList<ResolvedNote>& notes, bool overwrite,
                              const NotesExportInfo& info = {});
    // Writes any format: PDF here, the others through NotesExporter.
    static ExportStatus writeAny(const QString& path, ExportFormat format, const QList<ResolvedNote>& notes,
                                 bool overwrite, const NotesExportInfo& info = {});
};

} // namespace ws
