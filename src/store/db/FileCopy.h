#pragma once

#include <QString>
#include <functional>
#include <stop_token>

class QFileDevice;

namespace ws {

// Copies one file to another a chunk at a time, so that a long copy (the backup before a schema
// upgrade: about 10 s for a 3 GB database) can say how far it got and be stopped between chunks.
// The copy is written beside the destination and renamed onto it only when whole (QSaveFile): a
// stopped or failed copy leaves no partial file, and an older file of that name as it was.
class FileCopy
{
public:
    enum class Outcome { Copied, Stopped, Failed };
    // Called after each chunk, on the copying thread.
    using Progress = std::function<void(qint64 copied, qint64 total)>;

    static constexpr qint64 defaultChunkBytes = 8 * 1024 * 1024;

    FileCopy(QString source, QString destination, qint64 chunkBytes = defaultChunkBytes);

    Outcome run(const Progress& progress = {}, std::stop_token stop = {});
    // After Failed: which file could not be read or written, and why, for the user.
    const QString& error() const { return m_error; }

private:
    Outcome cannotRead(const QFileDevice& file);
    Outcome cannotWrite(const QFileDevice& file);

    QString m_source;
    QString m_destination;
    qint64 m_chunkBytes;
    QString m_error;
};

} // namespace ws
