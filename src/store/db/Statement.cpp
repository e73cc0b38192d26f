#include "db/Statement.h"

#include "db/DbError.h"

#include <QObject>

#include <sqlite3.h>

namespace ws {

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_held(std::move(other.m_held)),
      m_ascii(std::move(other.m_ascii))
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_held = std::move(other.m_held);
        m_ascii = std::move(other.m_ascii);
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    if (index > 0 && bindAscii(index, value))
        return *this;
    return bindHeld(index, value.toUtf8(), true);
}

bool Statement::bindAscii(int index, QStringView value)
{
    // Most text a writer binds (ids, dates, paths, kinds, English evidence) is ASCII: copied into
    // the parameter's own buffer, kept across runs, there is no allocation and no UTF-8 encoder.
    // Sized once: growing the vector later would move short strings that SQLite points at.
    if (m_ascii.empty())
        m_ascii.resize(size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
    if (size_t(index) >= m_ascii.size())
        return false;
    std::string& buffer = m_ascii[size_t(index)];
    if (buffer.size() < size_t(value.size()))
        buffer.resize(size_t(value.size())); // grown only: the bound length is the value's
    const char16_t* from = value.utf16();
    char* to = buffer.data();
    char16_t seen = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        seen |= from[i];
        to[i] = char(from[i]);
    }
    if (seen >= 0x80)
        return false;
    // SQLite reads the buffer until the parameter is bound again, which is the only time it changes.
    sqlite3_bind_text(m_stmt, index, buffer.data(), int(value.size()), SQLITE_STATIC);
    return true;
}

Statement& Statement::bindHeld(int index, QByteArray bytes, bool isText)
{
    // Raw data (fromRawData) belongs to the caller and may go away: SQLite copies that.
    const bool owned = bytes.data_ptr().d_ptr() != nullptr || bytes.isEmpty();
    const auto lifetime = owned ? SQLITE_STATIC : SQLITE_TRANSIENT;
    if (isText)
        sqlite3_bind_text(m_stmt, index, bytes.constData(), int(bytes.size()), lifetime);
    else
        sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), lifetime);
    if (owned && index > 0) {
        if (size_t(index) >= m_held.size())
            m_held.resize(size_t(index) + 1);
        // Replaced only now that SQLite points at the new buffer.
        m_held[size_t(index)] = std::move(bytes);
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    return bindHeld(index, blob, false);
}

Statement& Statement::bindUtf8(int index, const QByteArray& text)
{
    return bindHeld(index, text, true);
}

Statement& Statement::bindBlobInPlace(int index, const char* data, qsizetype size)
{
    sqlite3_bind_blob(m_stmt, index, size ? data : "", int(size), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bind(int index, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool: return bind(index, value.toLongLong());
    case QMetaType::Double: return bind(index, value.toDouble());
    case QMetaType::QByteArray: return bind(index, value.toByteArray());
    default: return bind(index, value.toString());
    }
}

int Statement::parameterIndex(const char* name) const
{
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0)
        throw DbError(QObject::tr("Internal error: unknown query parameter."), QString::fromLatin1(name));
    return index;
}

Statement& Statement::bind(const char* name, const QString& value) { return bind(parameterIndex(name), value); }

Statement& Statement::bind(const char* name, qint64 value) { return bind(parameterIndex(name), value); }

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    QString message = QObject::tr("A database query failed.");
    // The messages name the file: the user may have several databases.
    const QString file = QString::fromUtf8(sqlite3_db_filename(m_db, "main"));
    switch (rc & 0xff) {
    case SQLITE_FULL:
        message = QObject::tr("The disk holding %1 is full; nothing more could be written.").arg(file);
        break;
    case SQLITE_READONLY:
        message = QObject::tr("The database %1 is read-only.").arg(file);
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        message = QObject::tr("The database file %1 is damaged.").arg(file);
        break;
    case SQLITE_IOERR:
        message = QObject::tr("Cannot read or write the database %1.").arg(file);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        message = QObject::tr("The database %1 is busy in another program.").arg(file);
        break;
    case SQLITE_INTERRUPT: message = QObject::tr("The query was cancelled."); break;
    default: break;
    }
    throw DbError(message, detail, rc & 0xff);
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_held.clear();
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return int64(column);
    case SQLITE_FLOAT: return real(column);
    case SQLITE_NULL: return {};
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, column)),
                          sqlite3_column_bytes(m_stmt, column));
    default: return text(column);
    }
}

} // namespace ws
