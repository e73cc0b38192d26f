#include "db/Database.h"

#include "db/SqliteExtensions.h"
#include "db/Statement.h"

#include <QFileInfo>
#include <QObject>
#include <QUrl>

#include <sqlite3.h>

#include <mutex>

namespace ws {

namespace {

// Process-wide settings, made before SQLite initialises. Memory statistics (nothing here reads
// them) would take a global mutex on every allocation, from every connection.
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

QString friendlyOpenError(int rc, const QString& path)
{
    switch (rc & 0xff) {
    case SQLITE_CANTOPEN:
        return QObject::tr("Cannot open the database %1: the file or its folder cannot be opened.").arg(path);
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return QObject::tr("The file %1 is not a Wirescope database or is damaged.").arg(path);
    case SQLITE_READONLY:
        return QObject::tr("The database %1 is read-only.").arg(path);
    case SQLITE_FULL:
        return QObject::tr("The disk holding %1 is full.").arg(path);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QObject::tr("The database %1 is busy in another program.").arg(path);
    default:
        return QObject::tr("Cannot open the database %1.").arg(path);
    }
}

} // namespace

Database::Database(const QString& path, Mode mode) : m_path(path)
{
    try {
        open(path, mode, false);
    } catch (const DbError& error) {
        // A file this user cannot write is still read: opened read-only, every write then fails with
        // a read-only message. In a folder this user cannot write, SQLite cannot create the -shm file
        // that WAL readers share; with no -wal file there is nothing uncommitted to miss and nobody
        // can be writing, so the file is read as immutable.
        const QFileInfo file(path);
        const bool folderWritable = QFileInfo(file.absolutePath()).isWritable();
        if ((error.code() != SQLITE_READONLY && error.code() != SQLITE_CANTOPEN) || !file.exists() ||
            (file.isWritable() && folderWritable))
            throw;
        if (folderWritable && mode == Mode::ReadWrite)
            open(path, Mode::ReadOnly, false);
        else if (!folderWritable && !QFileInfo::exists(path + QStringLiteral("-wal")))
            open(path, Mode::ReadOnly, true);
        else
            throw;
    }
}

void Database::open(const QString& path, Mode mode, bool immutable)
{
    configureSqliteOnce();
    int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                SQLITE_OPEN_NOMUTEX;
    QByteArray nativePath = path.toUtf8();
    if (immutable) {
        flags |= SQLITE_OPEN_URI;
        nativePath = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
    }
    const int rc = sqlite3_open_v2(nativePath.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        close();
        throw DbError(friendlyOpenError(rc, path), detail, rc & 0xff);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 10000);
    try {
        // Inside the try: a constructor that throws has no destructor to close the connection.
        registerSqliteExtensions(m_db);
        // Reading the schema here turns "not a database" into an error at open time.
        exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        if (mode == Mode::ReadWrite) {
            // Takes effect only on a new, empty file (before WAL mode); an existing database keeps
            // its page size. 8 KB instead of SQLite's 4 KB: half the pages, log frames and system
            // calls per megabyte an import writes, and a smaller file; 16 KB was faster still to
            // import but made reading a company's stories three times slower (docs/PERFORMANCE.md).
            exec(QStringLiteral("PRAGMA page_size=%1").arg(newDatabasePageSize));
        }
        if (mode == Mode::ReadWrite && path != QLatin1String(":memory:"))
            exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        Statement probe = prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        probe.step();
    } catch (const DbError& error) {
        close();
        throw DbError(friendlyOpenError(error.code(), path), error.detail(), error.code());
    }
}

Database::~Database() { close(); }

Database::Database(Database&& other) noexcept : m_db(other.m_db), m_path(std::move(other.m_path))
{
    other.m_db = nullptr;
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        other.m_db = nullptr;
    }
    return *this;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::check(int rc, const QString& what) const
{
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE)
        return;
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    QString message = what;
    switch (rc & 0xff) {
    case SQLITE_FULL:
        message = QObject::tr("The disk holding %1 is full: %2").arg(m_path, what);
        break;
    case SQLITE_READONLY:
        message = QObject::tr("The database %1 is read-only: %2").arg(m_path, what);
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        message = QObject::tr("The database file %1 is damaged: %2").arg(m_path, what);
        break;
    case SQLITE_IOERR:
        message = QObject::tr("Cannot read or write %1: %2").arg(m_path, what);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        message = QObject::tr("The database %1 is busy: %2").arg(m_path, what);
        break;
    default: break;
    }
    throw DbError(message, detail, rc & 0xff);
}

void Database::exec(const QString& sql)
{
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    if (error)
        sqlite3_free(error);
    check(rc, QObject::tr("A database command failed."));
}

Statement Database::prepare(const QString& sql) const
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        check(rc, QObject::tr("A database query could not be prepared."));
    }
    return Statement(m_db, stmt);
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::changes() const { return sqlite3_changes(m_db); }

int Database::pageSize() const
{
    Statement query = prepare(QStringLiteral("PRAGMA page_size"));
    return query.step() ? int(query.int64(0)) : 4096;
}

int Database::userVersion() const
{
    Statement query = prepare(QStringLiteral("PRAGMA user_version"));
    return query.step() ? query.integer(0) : 0;
}

void Database::setUserVersion(int version)
{
    exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
}

} // namespace ws
