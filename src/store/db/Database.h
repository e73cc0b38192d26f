#pragma once

#include "db/DbError.h"

#include <QString>

struct sqlite3;

namespace ws {

class Statement;

// One SQLite connection (RAII). Opened in WAL mode with foreign keys on and a busy timeout, with the
// Wirescope FTS5 tokenizer and SQL functions registered, so every connection reads the same schema.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    // The page size a database file gets when a read-write connection creates it.
    static constexpr int newDatabasePageSize = 8192;

    Database() = default;
    explicit Database(const QString& path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool isOpen() const { return m_db != nullptr; }
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    void exec(const QString& sql);             // one or more statements, no results
    Statement prepare(const QString& sql) const;
    qint64 lastInsertRowId() const;
    int changes() const;
    int userVersion() const;
    int pageSize() const;
    void setUserVersion(int version);

    // Throws DbError with `what` as the user-facing message and SQLite's text as detail.
    void check(int rc, const QString& what) const;

private:
    void open(const QString& path, Mode mode, bool immutable);
    void close();

    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace ws
