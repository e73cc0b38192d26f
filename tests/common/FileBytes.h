#pragma once

// A file's bytes, for the tests that check a file was left as it was (empty when it cannot be read).
#include <QByteArray>
#include <QFile>
#include <QString>

namespace ws::test {

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace ws::test
