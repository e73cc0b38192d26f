#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace ws {

enum class ExportFormat
{
    Markdown,
    Html,
    Csv,
    Json,
    Pdf
};

QString exportFormatName(ExportFormat format);  // md, html, csv, json, pdf (also the file suffix)
QString exportFormatLabel(ExportFormat format); // "Markdown (*.md)" for a file dialog
// md/markdown, html/htm, csv, json, pdf, in any case.
std::optional<ExportFormat> exportFormatFromName(const QString& name);

} // namespace ws
