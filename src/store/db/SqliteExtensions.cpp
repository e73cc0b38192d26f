#include "db/SqliteExtensions.h"

#include "db/DbError.h"
#include "repo/MentionSpans.h"
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

QByteArray blobOf(sqlite3_value* value)
{
    const void* data = sqlite3_value_blob(value);
    return data ? QByteArray::fromRawData(static_cast<const char*>(data), sqlite3_value_bytes(value)) : QByteArray();
}

// ws_mention_spans(start, end, sentence): aggregate packing mention rows into a MentionSpans blob
// (used by the schema upgrade that folded the mentions table into story_entities).
struct SpansAggregate
{
    QByteArray* blob;
};

void mentionSpansStep(sqlite3_context* context, int, sqlite3_value** arguments)
{
    auto* aggregate = static_cast<SpansAggregate*>(sqlite3_aggregate_context(context, sizeof(SpansAggregate)));
    if (!aggregate) {
        sqlite3_result_error_nomem(context);
        return;
    }
    try {
        if (!aggregate->blob)
            aggregate->blob = new QByteArray;
        MentionSpans::append(*aggregate->blob, sqlite3_value_int(arguments[0]), sqlite3_value_int(arguments[1]),
                             sqlite3_value_int(arguments[2]));
    } catch (...) {
        sqlite3_result_error_nomem(context);
    }
}

void mentionSpansFinal(sqlite3_context* context)
{
    auto* aggregate = static_cast<SpansAggregate*>(sqlite3_aggregate_context(context, 0));
    if (!aggregate || !aggregate->blob) {
        sqlite3_result_zeroblob(context, 0);
        return;
    }
    sqlite3_result_blob(context, aggregate->blob->constData(), int(aggregate->blob->size()), SQLITE_TRANSIENT);
    delete aggregate->blob;
    aggregate->blob = nullptr;
}

// ws_spans_within(spans, from, to): 1 when a mention in the blob lies inside [from, to].
void spansWithinFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    const QByteArray spans = blobOf(arguments[0]);
    sqlite3_result_int(context, MentionSpans::anyWithin(spans.constData(), spans.size(),
                                                        sqlite3_value_int(arguments[1]),
                                                        sqlite3_value_int(arguments[2])));
}

// ws_spans_concat(a, b): both blobs' mentions (a merge of two entities).
void spansConcatFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    try {
        const QByteArray joined = blobOf(arguments[0]) + blobOf(arguments[1]);
        sqlite3_result_blob(context, joined.constData(), int(joined.size()), SQLITE_TRANSIENT);
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
    constexpr int pure = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    int rc = sqlite3_create_function(db, "ws_fold", 1, pure, nullptr, foldFunction, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function(db, "ws_mention_spans", 3, pure, nullptr, nullptr, mentionSpansStep,
                                     mentionSpansFinal);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function(db, "ws_spans_within", 3, pure, nullptr, spansWithinFunction, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function(db, "ws_spans_concat", 2, pure, nullptr, spansConcatFunction, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw DbError(QObject::tr("Cannot register Wirescope's SQL functions."),
                      QString::fromUtf8(sqlite3_errmsg(db)), rc);
}

} // namespace ws
