#include "JsonFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ws {

QJsonObject JsonFormat::ingestReport(const IngestReport& report)
{
    QJsonArray files;
    for (const FileReport& file : report.files) {
        QJsonArray issues;
        for (const ImportIssue& issue : file.issues) {
            issues.append(QJsonObject{{QStringLiteral("severity"), issue.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                                      {QStringLiteral("line"), issue.line},
                                      {QStringLiteral("message"), issue.message}});
        }
        files.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("added"), file.added},
                                 {QStringLiteral("duplicates"), file.duplicates},
                                 {QStringLiteral("warnings"), file.warnings},
                                 {QStringLiteral("errors"), file.errors},
                                 {QStringLiteral("issues"), issues}});
    }
    QJsonObject object{{QStringLiteral("files"), files},
                       {QStringLiteral("added"), report.added},
                       {QStringLiteral("duplicates"), report.duplicates},
                       {QStringLiteral("warnings"), report.warnings},
                       {QStringLiteral("errors"), report.errors},
                       {QStringLiteral("bytes"), report.bytes},
                       {QStringLiteral("seconds"), report.seconds},
                       {QStringLiteral("cancelled"), report.cancelled}};
    if (!report.fatalError.isEmpty())
        object.insert(QStringLiteral("fatal_error"), report.fatalError);
    return object;
}

QByteArray JsonFormat::compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace ws
