#pragma once

#include <QString>

#include <stdexcept>

namespace ws {

// Thrown by the SQLite wrapper. `message` is written for the user (the GUI shows it); `detail`
// keeps SQLite's own text for logs and never reaches a dialog by itself.
class DbError : public std::runtime_error
{
public:
    DbError(QString message, QString detail = {}, int code = 0)
        : std::runtime_error(message.toStdString()), m_message(std::move(message)),
          m_detail(std::move(detail)), m_code(code)
    {
    }
    const QString& message() const { return m_message; }
    const QString& detail() const { return m_detail; }
    int code() const { return m_code; } // SQLite primary result code, 0 if not from SQLite

private:
    QString m_message;
    QString m_detail;
    int m_code;
};

} // namespace ws
