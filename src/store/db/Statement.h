#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ws {

// A prepared statement (RAII). Parameters are bound by 1-based index or :name; never paste user
// text into SQL.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindUtf8(int index, const QByteArray& text); // TEXT already in UTF-8
    // A blob SQLite reads where it is, without a copy: the bytes must stay as they are until the
    // statement has run (RowsStatement binds a batch from one buffer and runs it at once).
    Statement& bindBlobInPlace(int index, const char* data, qsizetype size);
    Statement& bindNull(int index);
    Statement& bind(int index, const QVariant& value); // by the variant's type; null stays NULL
    Statement& bind(const char* name, const QString& value);
    Statement& bind(const char* name, qint64 value);

    // Steps once: true while a row is available, false when done. Throws DbError on failure.
    bool step();
    // Runs to completion (for INSERT/UPDATE/DELETE), then resets for reuse.
    void run();
    void reset(); // reset and clear bindings

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QByteArray blob(int column) const; // a copy; empty for NULL
    QVariant value(int column) const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    int parameterIndex(const char* name) const;
    Statement& bindHeld(int index, QByteArray bytes, bool isText);
    bool bindAscii(int index, QStringView value); // false, binding nothing, when not ASCII

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    // Text and blobs bound without a copy by SQLite: each buffer lives here until its parameter is
    // bound again or the statement is reset (an import binds every story's text once).
    std::vector<QByteArray> m_held;
    std::vector<std::string> m_ascii; // per parameter, reused: see bindAscii
};

} // namespace ws
