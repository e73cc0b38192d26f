#include "NotesPdfExporter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace ws {

ExportStatus NotesPdfExporter::write(const QString& path, const QList<ResolvedNote>& notes, bool overwrite,
                                     const NotesExportInfo& info)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return ExportStatus::failed(
            QCoreApplication::translate("ws::NotesPdfExporter",
                                        "Cannot write %1: a PDF needs a QGuiApplication to lay out text.")
                .arg(path));
    const QString html = NotesExporter::html(notes, info);
    return ExportTarget::write(path, overwrite, [&](QIODevice& device) {
        QPdfWriter writer(&device);
        writer.setTitle(NotesExporter::title(info));
        writer.setCreator(QStringLiteral("Wirescope"));
        // No page margins: QTextDocument::print() keeps its own 2 cm.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(10.5);
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&writer); // paginates, with page numbers
        return QString();
    });
}

ExportStatus NotesPdfExporter::writeAny(const QString& path, ExportFormat format,
                                        const QList<ResolvedNote>& notes, bool overwrite,
                                        const NotesExportInfo& info)
{
    if (format == ExportFormat::Pdf)
        return write(path, notes, overwrite, info);
    return NotesExporter::write(path, format, notes, overwrite, info);
}

} // namespace ws
