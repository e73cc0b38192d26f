#pragma once

// The entry points the libFuzzer targets (tests/fuzz/fuzz_*.cpp) and the regression replay test
// (tests/store/TestFuzzRegressions.cpp) share, so a crash found by a fuzzer is replayed through exactly
// the code that found it. Header-only: the replay test is one source file linked to wirescope_store.
//
// Each entry point takes raw bytes, feeds them through the real parsing path and returns an empty
// string, or a description of a broken promise (a date that is not ISO 8601, a token outside its
// text, an SQLite error leaking out of a query that parsed). Crashes, leaks and undefined behaviour
// are left to the sanitizers.

#include "db/Database.h"
#include "db/Schema.h"
#include "db/Statement.h"
#include "extract/CurrencyTable.h"
#include "extract/Extractor.h"
#include "extract/MoneyParser.h"
#include "import/CsvImporter.h"
#include "import/FeedImporter.h"
#include "import/FileImporter.h"
#include "import/HtmlImporter.h"
#include "import/JsonFastParser.h"
#include "import/JsonImporter.h"
#include "import/PlainTextImporter.h"
#include "import/ReutersImporter.h"
#include "model/DataPaths.h"
#include "repo/MentionSpans.h"
#include "search/QueryParser.h"
#include "search/SearchEngine.h"
#include "search/TextTokenizer.h"
#include "text/DateParser.h"
#include "text/TextDecoder.h"

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <cmath>
#include <cstring>
#include <memory>
#include <sqlite3.h>

namespace ws::fuzz {

// Inputs past this are cut: the parsers stream, so longer inputs only slow the fuzzer down.
constexpr qsizetype maxInputBytes = 256 * 1024;

inline QStringList targetNames()
{
    return {QStringLiteral("plaintext"), QStringLiteral("json"),  QStringLiteral("csv"),
            QStringLiteral("feed"),      QStringLiteral("html"),  QStringLiteral("reuters"),
            QStringLiteral("fileimport"), QStringLiteral("query"), QStringLiteral("money"),
            QStringLiteral("date"),      QStringLiteral("fts"),   QStringLiteral("jsonfast"),
            QStringLiteral("spans"),     QStringLiteral("extract")};
}

// What DateParser and every importer promise for a date: empty, YYYY-MM-DD, or that with
// THH:MM:SS and an optional Z or ±HH:MM, naming a real day.
inline QString checkIsoDate(const QString& date, const QString& what)
{
    if (date.isEmpty())
        return {};
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})?)?$"));
    const QRegularExpressionMatch m = iso.match(date);
    if (!m.hasMatch())
        return QStringLiteral("%1 gave a date that is not ISO 8601: \"%2\"").arg(what, date);
    if (!QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid())
        return QStringLiteral("%1 gave a day that does not exist: \"%2\"").arg(what, date);
    return {};
}

// A small ImportLimits, so that chunk boundaries and the long-line limit are met by small inputs.
inline ImportLimits smallLimits()
{
    ImportLimits limits;
    limits.chunkBytes = 4096;
    limits.maxLineChars = 16 * 1024;
    limits.headBytes = 4096;
    return limits;
}

// What FileImporter::importFile does once the file is open: detect the encoding from the head, refuse
// binary, sniff, then parse from a streaming TextInput. The importer parses whatever its sniff says,
// since the sniff only sees the head and the rest of a file can be anything.
inline QString importBytes(Importer& importer, const QByteArray& bytes)
{
    const ImportLimits limits = smallLimits();
    const QByteArray head = bytes.left(limits.headBytes);
    const EncodingGuess encoding = TextDecoder::detect(head);
    if (encoding.binary || encoding.encoding.isEmpty())
        return {};
    TextDecoder headDecoder(encoding.encoding);
    const QString headText = headDecoder.decodeChunk(head.mid(encoding.bomLength), false);
    const int score = importer.sniff(headText, QStringLiteral("fuzz-input"));
    if (score < 0 || score > 100)
        return QStringLiteral("%1 sniff gave %2, outside 0..100").arg(importer.name()).arg(score);

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CollectingSink sink;
    const QString path = QStringLiteral("/fuzz/input");
    TextInput input(buffer, path, encoding, sink, limits);
    importer.parse(input);
    for (const Story& story : std::as_const(sink.stories)) {
        const QString problem = checkIsoDate(story.date, importer.name());
        if (!problem.isEmpty())
            return problem;
    }
    for (const ImportIssue& issue : std::as_const(sink.issues)) {
        if (issue.file != path)
            return QStringLiteral("%1 reported an issue for another file: %2").arg(importer.name(), issue.file);
    }
    return {};
}

// The whole FileImporter: the bytes are written to a file and imported as the CLI would.
inline QString importFile(const QByteArray& bytes)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write %1").arg(path);
    file.write(bytes);
    file.close();
    CollectingSink sink;
    FileImporter(smallLimits()).importFile(path, sink);
    for (const Story& story : std::as_const(sink.stories)) {
        const QString problem = checkIsoDate(story.date, QStringLiteral("FileImporter"));
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

// A query runs through QueryParser; one that parses must also run: SearchEngine compiles it to FTS5
// and SQL over a small in-memory corpus, and SQLite may not refuse it (user text is quoted, never
// pasted as syntax).
inline QString searchQuery(const QByteArray& bytes)
{
    const QString query = QString::fromUtf8(bytes);
    const ParsedQuery parsed = QueryParser::parse(query);
    if (!parsed.ok()) {
        if (parsed.error->message.isEmpty())
            return QStringLiteral("QueryParser refused a query without saying why");
        return {};
    }
    static Database db = [] {
        Database memory(QStringLiteral(":memory:"));
        Schema::upgrade(memory);
        QFile corpus(QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/search/corpus.sql"));
        if (corpus.open(QIODevice::ReadOnly))
            memory.exec(QString::fromUtf8(corpus.readAll()));
        return memory;
    }();
    static SearchEngine engine(db);
    const SearchResult result = engine.search(query, 5, 0);
    if (!result.ok())
        return QStringLiteral("a query that parsed failed to run: %1").arg(result.error->message);
    return {};
}

inline QString parseMoney(const QByteArray& bytes)
{
    static const std::shared_ptr<const CurrencyTable> currencies = [] {
        auto table = std::make_shared<CurrencyTable>();
        table->load(DataPaths::gazetteerDir() + QStringLiteral("/currencies.tsv"));
        return table;
    }();
    static const MoneyParser parser(currencies);
    const QString text = QString::fromUtf8(bytes);
    for (const MoneyAmount& amount : parser.parse(text)) {
        if (amount.start < 0 || amount.end > text.size() || amount.start >= amount.end)
            return QStringLiteral("money amount at %1..%2 outside the text of %3 characters")
                .arg(amount.start)
                .arg(amount.end)
                .arg(text.size());
        if (!std::isfinite(amount.value) || !std::isfinite(amount.usd))
            return QStringLiteral("money amount \"%1\" is not a finite number").arg(amount.text);
    }
    return {};
}

inline QString parseDate(const QByteArray& bytes)
{
    QString problem = checkIsoDate(DateParser::toIso(QString::fromUtf8(bytes)), QStringLiteral("DateParser"));
    if (!problem.isEmpty() || bytes.size() < 8)
        return problem;
    qint64 epoch = 0;
    std::memcpy(&epoch, bytes.constData(), sizeof epoch);
    return checkIsoDate(DateParser::fromEpoch(epoch), QStringLiteral("DateParser::fromEpoch"));
}

namespace detail {

struct TokenCheck
{
    int size = 0;
    bool bad = false;
};

inline int checkToken(void* context, int, const char* token, int size, int start, int end)
{
    auto* check = static_cast<TokenCheck*>(context);
    if (size <= 0 || start < 0 || end > check->size || start >= end || !token)
        check->bad = true;
    return 0;
}

} // namespace detail

// The tokenizer alone (offsets must lie inside the input) and through FTS5: the bytes are indexed in an
// in-memory table using the "wirescope" tokenizer, searched as a quoted phrase and highlighted.
inline QString tokenizeFts(const QByteArray& bytes)
{
    detail::TokenCheck check{int(bytes.size())};
    TextTokenizer::tokenize(bytes.constData(), int(bytes.size()), &check, detail::checkToken);
    if (check.bad)
        return QStringLiteral("a token lies outside the input of %1 bytes").arg(bytes.size());
    TextTokenizer::foldKeyUtf8(bytes.constData(), int(bytes.size()));

    static Database db = [] {
        Database memory(QStringLiteral(":memory:"));
        memory.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'wirescope')"));
        return memory;
    }();
    // The raw sqlite3 calls pass the bytes as they are (QString would have mended bad UTF-8 first).
    sqlite3* handle = db.handle();
    sqlite3_exec(handle, "DELETE FROM t", nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(handle, "INSERT INTO t(body) VALUES (?)", -1, &insert, nullptr);
    sqlite3_bind_text(insert, 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    const int inserted = sqlite3_step(insert);
    sqlite3_finalize(insert);
    if (inserted != SQLITE_DONE)
        return QStringLiteral("FTS5 refused to index the text: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)));

    QByteArray phrase = bytes;
    phrase.replace('"', "\"\"");
    phrase = '"' + phrase + '"';
    sqlite3_stmt* search = nullptr;
    sqlite3_prepare_v2(handle, "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?", -1, &search, nullptr);
    sqlite3_bind_text(search, 1, phrase.constData(), int(phrase.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(search) == SQLITE_ROW) {
    }
    sqlite3_finalize(search);
    return {};
}

// JsonFastParser answers only what QJsonDocument reads to the same value.
inline QString parseJsonFast(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const std::optional<JsonNode> fast = JsonFastParser::parse(text);
    if (!fast)
        return {};
    QJsonParseError error;
    const QJsonDocument qt = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("the fast reader accepted what QJsonDocument refuses: %1").arg(error.errorString());
    const JsonNode expected =
        JsonNode::fromQt(qt.isObject() ? QJsonValue(qt.object()) : QJsonValue(qt.array()));
    if (*fast != expected)
        return QStringLiteral("the fast reader read another value than QJsonDocument");
    return {};
}

// A stored mention blob, however damaged, decodes to spans that start before they end, and stops.
inline QString decodeSpans(const QByteArray& bytes)
{
    const QList<MentionSpans::Span> spans = MentionSpans::decode(bytes);
    if (spans.size() > bytes.size() / 3)
        return QStringLiteral("%1 spans from %2 bytes").arg(spans.size()).arg(bytes.size());
    for (const MentionSpans::Span& span : spans) {
        if (span.start < 0 || span.end < span.start || span.sentence < 0)
            return QStringLiteral("a span [%1, %2) in sentence %3").arg(span.start).arg(span.end).arg(span.sentence);
    }
    MentionSpans::anyWithin(bytes.constData(), bytes.size(), 0, 1000);
    return {};
}

// The whole extractor on any text (the first line the title, the rest the body), as every import runs
// it: every mention, deal evidence and money amount lies inside the text, and every index into the
// story's entities names one.
inline QString extractText(const QByteArray& bytes)
{
    // Stories are short; a long input only slows the fuzzer down.
    const QString input = QString::fromUtf8(bytes.left(16 * 1024));
    const qsizetype newline = input.indexOf(u'\n');
    const QString title = newline < 0 ? input : input.left(newline);
    const QString body = newline < 0 ? QString() : input.mid(newline + 1);
    const Extraction extraction = Extractor::shared().extract(title, body);
    const qsizetype size = Extraction::textOf(title, body).size();
    const qsizetype entities = extraction.entities.size();
    const auto inside = [size](int start, int end) { return start >= 0 && start <= end && end <= size; };
    for (const Mention& mention : extraction.mentions) {
        if (!inside(mention.start, mention.end) || mention.entity < 0 || mention.entity >= entities)
            return QStringLiteral("a mention [%1, %2) of entity %3").arg(mention.start).arg(mention.end).arg(mention.entity);
    }
    for (const Deal& deal : extraction.deals) {
        if (!inside(deal.evidenceStart, deal.evidenceEnd))
            return QStringLiteral("deal evidence [%1, %2)").arg(deal.evidenceStart).arg(deal.evidenceEnd);
        for (const DealParty& party : deal.parties) {
            if (party.entity >= entities)
                return QStringLiteral("a deal party names entity %1 of %2").arg(party.entity).arg(entities);
        }
    }
    for (const MoneyAmount& amount : extraction.amounts) {
        if (!inside(amount.start, amount.end))
            return QStringLiteral("money at [%1, %2)").arg(amount.start).arg(amount.end);
    }
    for (const Relation& relation : extraction.relations) {
        if (relation.subject < 0 || relation.subject >= entities || relation.object < 0 || relation.object >= entities)
            return QStringLiteral("a relation between entities %1 and %2").arg(relation.subject).arg(relation.object);
    }
    return {};
}

// Runs the target called `name` on `bytes`: the problem found, or empty.
inline QString runTarget(const QString& name, QByteArray bytes)
{
    bytes.truncate(maxInputBytes);
    if (name == QLatin1String("plaintext")) {
        PlainTextImporter importer;
        return importBytes(importer, bytes);
    }
    if (name == QLatin1String("json")) {
        JsonImporter importer;
        return importBytes(importer, bytes);
    }
    if (name == QLatin1String("csv")) {
        CsvImporter importer;
        return importBytes(importer, bytes);
    }
    if (name == QLatin1String("feed")) {
        FeedImporter importer;
        return importBytes(importer, bytes);
    }
    if (name == QLatin1String("html")) {
        HtmlImporter importer;
        return importBytes(importer, bytes);
    }
    if (name == QLatin1String("reuters")) {
        ReutersImporter importer;
        return importBytes(importer, bytes);
    }
    if (name == QLatin1String("fileimport"))
        return importFile(bytes);
    if (name == QLatin1String("query"))
        return searchQuery(bytes);
    if (name == QLatin1String("money"))
        return parseMoney(bytes);
    if (name == QLatin1String("date"))
        return parseDate(bytes);
    if (name == QLatin1String("fts"))
        return tokenizeFts(bytes);
    if (name == QLatin1String("jsonfast"))
        return parseJsonFast(bytes);
    if (name == QLatin1String("spans"))
        return decodeSpans(bytes);
    if (name == QLatin1String("extract"))
        return extractText(bytes);
    return QStringLiteral("no fuzz target called %1").arg(name);
}

} // namespace ws::fuzz
