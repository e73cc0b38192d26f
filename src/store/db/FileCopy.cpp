#include "db/FileCopy.h"

#include <QFile>
#include <QObject>
#include <QSaveFile>

namespace ws {

FileCopy::FileCopy(QString source, QString destination, qint64 chunkBytes)
    : m_source(std::move(source)), m_destination(std::move(destination)), m_chunkBytes(chunkBytes)
{
}

FileCopy::Outcome FileCopy::run(const Progress& progress, std::stop_token stop)
{
    m_error.clear();
    QFile in(m_source);
    if (!in.open(QIODevice::ReadOnly))
        return cannotRead(in);
    QSaveFile out(m_destination);
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite(out);
    const qint64 total = in.size();
    qint64 copied = 0;
    QByteArray chunk(m_chunkBytes, Qt::Uninitialized);
    // A stop is looked at before each chunk and before the copy is renamed into place.
    while (!stop.stop_requested()) {
        if (in.atEnd()) {
            // As QFile::copy does: readable by whoever could read the original, and no one else.
            out.setPermissions(in.permissions());
            return out.commit() ? Outcome::Copied : cannotWrite(out);
        }
        const qint64 read = in.read(chunk.data(), chunk.size());
        if (read < 0)
            return cannotRead(in);
        if (out.write(chunk.constData(), read) != read)
            return cannotWrite(out);
        copied += read;
        if (progress)
            progress(copied, total);
    }
    return Outcome::Stopped; // QSaveFile drops what it wrote
}

FileCopy::Outcome FileCopy::cannotRead(const QFileDevice& file)
{
    m_error = QObject::tr("%1 could not be read (%2).").arg(m_source, file.errorString());
    return Outcome::Failed;
}

FileCopy::Outcome FileCopy::cannotWrite(const QFileDevice& file)
{
    m_error = QObject::tr("%1 could not be written (%2).").arg(m_destination, file.errorString());
    return Outcome::Failed;
}

} // namespace ws
