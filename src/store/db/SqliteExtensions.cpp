#include "db/SqliteExtensions.h"

#include "db/DbError.h"
#include "search/FtsTokenizer.h"
#include "search/RankFunction.h"
#include "search/TextTokenizer.h"

#include <QObject>
#include <sqlite3.h>

namespace ws {

namespace {

// ws_fold(text): TextTokenizer::foldKey, so that SQL can compare names the way search does
// (case, width, accents, traditional/simplified Chinese).
void foldFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    const int size = sqlite3_value_bytes(arguments[0]);
    try {
        const QByteArray key = TextTokenizer::foldKeyUtf8(text, size);
        sqlite3_result_text(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
    } catch (...) {
        sqlite3_result_error_nomem(context);
    }
}

} // namespace

void registerSqliteExtensions(sqlite3* db)
{
    if (!FtsTokenizer::registerWith(db))
        throw DbError(QObject::tr("This SQLite library has no full-text search (FTS5); Wirescope needs it."),
                      QString::fromUtf8(sqlite3_errmsg(db)));
    if (!RankFunction::registerWith(db))
        throw DbError(QObject::tr("Cannot register Wirescope's ranking function."),
                      QString::fromUtf8(sqlite3_errmsg(db)));
    const int rc =
        sqlite3_create_function(db, "ws_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                nullptr, foldFunction, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw DbError(QObject::tr("Cannot register Wirescope's SQL functions."),
                      QString::fromUtf8(sqlite3_errmsg(db)), rc);
}

} // namespace ws
