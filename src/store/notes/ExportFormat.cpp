#include "notes/ExportFormat.h"

#include <QCoreApplication>

namespace ws {

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString exportFormatLabel(ExportFormat format)
{
    const char* names[] = {
        QT_TRANSLATE_NOOP("ws::ExportFormat", "Markdown"), QT_TRANSLATE_NOOP("ws::ExportFormat", "HTML"),
        QT_TRANSLATE_NOOP("ws::ExportFormat", "CSV"), QT_TRANSLATE_NOOP("ws::ExportFormat", "JSON"),
        QT_TRANSLATE_NOOP("ws::ExportFormat", "PDF")};
    return QStringLiteral("%1 (*.%2)")
        .arg(QCoreApplication::translate("ws::ExportFormat", names[int(format)]), exportFormatName(format));
}

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    if (lower == QLatin1String("htm"))
        return ExportFormat::Html;
    for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Csv,
                                ExportFormat::Json, ExportFormat::Pdf}) {
        if (exportFormatName(format) == lower)
            return format;
    }
    return std::nullopt;
}

} // namespace ws
