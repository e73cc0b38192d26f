#include "notes/ExportTarget.h"

#include "db/DbError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ws {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::ExportTarget", text);
}

} // namespace

ExportStatus ExportTarget::check(const QString& path, bool overwrite)
{
    if (path.trimmed().isEmpty())
        return ExportStatus::failed(tr("No file name was given for the export."));
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    if (target.isDir())
        return ExportStatus::failed(tr("Cannot write %1: it is a folder.").arg(shown));
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists())
        return ExportStatus::failed(tr("Cannot write %1: the folder %2 does not exist.")
                                        .arg(shown, QDir::toNativeSeparators(folder.filePath())));
    if (!folder.isDir())
        return ExportStatus::failed(tr("Cannot write %1: %2 is not a folder.")
                                        .arg(shown, QDir::toNativeSeparators(folder.filePath())));
    if (target.exists() && !overwrite)
        return {ExportStatus::Exists, tr("%1 already exists.").arg(shown)};
    return {};
}

ExportStatus ExportTarget::write(const QString& path, bool overwrite,
                                 const std::function<QString(QIODevice&)>& write)
{
    if (ExportStatus status = check(path, overwrite); !status.ok())
        return status;
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportStatus::failed(tr("Cannot write %1: %2.").arg(shown, file.errorString()));
    QString error;
    try {
        error = write(file);
    } catch (const DbError& dbError) {
        error = dbError.message();
    }
    if (!error.isEmpty()) {
        file.cancelWriting();
        return ExportStatus::failed(tr("Cannot write %1: %2").arg(shown, error));
    }
    if (!file.commit())
        return ExportStatus::failed(tr("Cannot write %1: %2.").arg(shown, file.errorString()));
    return {};
}

} // namespace ws
