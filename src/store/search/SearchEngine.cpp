#include "search/SearchEngine.h"

#include "db/Database.h"
#include "db/DbError.h"
#include "db/Statement.h"
#include "search/QueryParser.h"

#include <sqlite3.h>

namespace ws {

namespace {

constexpr int snippetTokens = 24;
constexpr int leadChars = 200; // the opening of the body shown when nothing is highlighted

// Private markers from snippet(), turned into « » or <b></b> after the text is escaped.
constexpr QChar openMark(0x02);
constexpr QChar closeMark(0x03);

QString flattened(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

void fillSnippets(SearchHit& hit, const QString& marked)
{
    const QString text = flattened(marked);
    hit.snippet = text;
    hit.snippet.replace(openMark, QChar(0x00AB)).replace(closeMark, QChar(0x00BB));
    hit.snippetHtml = text.toHtmlEscaped();
    hit.snippetHtml.replace(openMark, QLatin1String("<b>")).replace(closeMark, QLatin1String("</b>"));
}

// The start of the body, cut at a word boundary, for hits that matched no words.
QString leadOf(const QString& body)
{
    QString text = flattened(body).simplified();
    text.remove(openMark).remove(closeMark);
    if (text.size() <= leadChars)
        return text;
    int cut = text.lastIndexOf(QLatin1Char(' '), leadChars);
    if (cut < leadChars / 2)
        cut = leadChars;
    return text.left(cut) + QChar(0x2026);
}

void bindAll(Statement& statement, const CompiledQuery& query,
             const QList<std::pair<QByteArray, QVariant>>& extra = {})
{
    auto bindNamed = [&](const QByteArray& name, const QVariant& value) {
        const int index = sqlite3_bind_parameter_index(statement.handle(), name.constData());
        if (index > 0)
            statement.bind(index, value);
    };
    if (query.hasMatch())
        bindNamed(":match", query.match);
    for (const auto& [name, value] : query.parameters)
        bindNamed(name, value);
    for (const auto& [name, value] : extra)
        bindNamed(name, value);
}

QString rankFunction()
{
    return QStringLiteral("bm25(%1, %2)")
        .arg(SearchEngine::titleWeight, 0, 'f', 1)
        .arg(SearchEngine::bodyWeight, 0, 'f', 1);
}

} // namespace

SearchEngine::SearchEngine(Database& db) : m_db(db), m_resolver(db), m_facets(db) {}

CompiledQuery SearchEngine::compile(const QString& query, QueryError* error)
{
    const ParsedQuery parsed = QueryParser::parse(query);
    if (!parsed.ok()) {
        if (error)
            *error = *parsed.error;
        return {};
    }
    return QueryCompiler(m_resolver).compile(parsed.root);
}

SearchResult SearchEngine::search(const QString& query, int limit, int offset)
{
    return search(query, limit, offset, Options{});
}

SearchResult SearchEngine::search(const QString& query, int limit, int offset, const Options& options)
{
    SearchResult result;
    const ParsedQuery parsed = QueryParser::parse(query);
    if (!parsed.ok()) {
        result.error = parsed.error;
        return result;
    }
    try {
        const CompiledQuery compiled = QueryCompiler(m_resolver).compile(parsed.root);
        result.notes = compiled.notes;
        runPage(compiled, qMax(0, limit), qMax(0, offset), options.snippets, result);
        const bool nothing = offset == 0 && result.hits.isEmpty();
        if (options.facets && !nothing) {
            // One pass over the whole set gives the total and the facets.
            FacetCounter::Counts counts = m_facets.count(
                hitSetSql(compiled), [&compiled](Statement& statement) { bindAll(statement, compiled); });
            result.total = counts.total;
            result.facets = std::move(counts.facets);
        } else if (offset == 0 && result.hits.size() < limit) {
            result.total = int(result.hits.size()); // a short first page is the whole result
        } else {
            runTotal(compiled, result);
        }
    } catch (const DbError& error) {
        const SearchResult failed{.error = runError(error.code())};
        return failed;
    }
    return result;
}

QueryError SearchEngine::runError(int code) const
{
    if (code == SQLITE_ERROR)
        return {tr("The search index could not run this query. Put unusual words in quotes and try again."),
                -1};
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return {tr("The database is busy; try the search again in a moment."), -1, true};
    if (code == SQLITE_INTERRUPT)
        return {tr("The search was cancelled."), -1};
    return {tr("The search could not be run: the database %1 could not be read.").arg(m_db.path()), -1, true};
}

QString SearchEngine::fromWhere(const CompiledQuery& query, bool joinStories, bool seekRowids) const
{
    // Filters name the story as +rowid: the unary + keeps SQLite from turning `rowid IN (...)` into
    // one full-text lookup (or one stories lookup) per listed row, which is far slower than
    // filtering the matches as they stream by.
    if (query.hasMatch()) {
        const bool join = joinStories || query.needsStories;
        QString sql = join ? QStringLiteral("FROM story_fts JOIN stories s ON s.rowid = story_fts.rowid "
                                            "WHERE story_fts MATCH :match")
                           : QStringLiteral("FROM story_fts WHERE story_fts MATCH :match");
        if (!query.where.isEmpty())
            sql += QStringLiteral(" AND ") +
                   query.whereOn(join ? QStringLiteral("+s.rowid") : QStringLiteral("+story_fts.rowid"));
        return sql;
    }
    // Without words, a page walks the date index newest first and stops when full (+s.rowid), while
    // the whole set is best read by seeking the listed rowids (s.rowid).
    QString sql = QStringLiteral("FROM stories s");
    if (!query.where.isEmpty())
        sql += QStringLiteral(" WHERE ") +
               query.whereOn(seekRowids ? QStringLiteral("s.rowid") : QStringLiteral("+s.rowid"));
    return sql;
}

void SearchEngine::runPage(const CompiledQuery& query, int limit, int offset, bool snippets,
                           SearchResult& result)
{
    QString sql;
    if (query.hasMatch()) {
        // rank with ORDER BY rank lets FTS5 sort by itself and stop after the page, so snippet() runs
        // only for the hits shown.
        const QString snippet =
            snippets
                ? QStringLiteral("snippet(story_fts, -1, char(2), char(3), '\u2026', %1)").arg(snippetTokens)
                : QStringLiteral("''");
        sql = QStringLiteral(
                  "SELECT s.rowid, s.id, s.title, s.date, story_fts.rank, %1 %2 "
                  "AND story_fts.rank MATCH :rank ORDER BY story_fts.rank LIMIT :limit OFFSET :offset")
                  .arg(snippet, fromWhere(query, true));
    } else {
        // The page's rowids first (newest first, from the date index), then their columns: the
        // body is read for the page only.
        const QString lead =
            snippets ? QStringLiteral("substr(s.body, 1, %1)").arg(leadChars * 2) : QStringLiteral("''");
        sql = QStringLiteral(
                  "SELECT s.rowid, s.id, s.title, s.date, 0, %1 FROM stories s WHERE s.rowid IN ("
                  "SELECT s.rowid %2 ORDER BY s.date DESC, s.rowid DESC LIMIT :limit OFFSET :offset) "
                  "ORDER BY s.date DESC, s.rowid DESC")
                  .arg(lead, fromWhere(query, false));
    }
    Statement statement = m_db.prepare(sql);
    bindAll(statement, query,
            {{":rank", rankFunction()}, {":limit", qint64(limit)}, {":offset", qint64(offset)}});
    while (statement.step()) {
        SearchHit hit;
        hit.rowid = statement.int64(0);
        hit.storyId = statement.text(1);
        hit.title = statement.text(2);
        hit.date = statement.text(3);
        hit.score = query.hasMatch() ? -statement.real(4) : 0.0;
        if (snippets) {
            if (query.hasMatch())
                fillSnippets(hit, statement.text(5));
            else
                fillSnippets(hit, leadOf(statement.text(5)));
        }
        result.hits.append(hit);
    }
}

QString SearchEngine::hitSetSql(const CompiledQuery& query) const
{
    // Straight from the full-text index when no filter reads story columns: looking up thousands of
    // story rows costs more than the match itself.
    return (query.hasMatch() ? QStringLiteral("SELECT story_fts.rowid AS rowid ")
                             : QStringLiteral("SELECT s.rowid AS rowid ")) +
           fromWhere(query, false, true);
}

void SearchEngine::runTotal(const CompiledQuery& query, SearchResult& result)
{
    Statement statement = m_db.prepare(QStringLiteral("SELECT count(*) FROM (%1)").arg(hitSetSql(query)));
    bindAll(statement, query);
    result.total = statement.step() ? statement.integer(0) : 0;
}

QList<qint64> SearchEngine::matchingRowids(const QString& query, QueryError* error)
{
    const ParsedQuery parsed = QueryParser::parse(query);
    if (!parsed.ok()) {
        if (error)
            *error = *parsed.error;
        return {};
    }
    QList<qint64> rowids;
    try {
        const CompiledQuery compiled = QueryCompiler(m_resolver).compile(parsed.root);
        const QString sql =
            compiled.hasMatch()
                ? QStringLiteral(
                      "SELECT story_fts.rowid %1 AND story_fts.rank MATCH :rank ORDER BY story_fts.rank")
                      .arg(fromWhere(compiled, false))
                : QStringLiteral("SELECT s.rowid %1 ORDER BY s.date DESC, s.rowid DESC")
                      .arg(fromWhere(compiled, false));
        Statement statement = m_db.prepare(sql);
        bindAll(statement, compiled, {{":rank", rankFunction()}});
        while (statement.step())
            rowids.append(statement.int64(0));
    } catch (const DbError& failure) {
        if (error)
            *error = runError(failure.code());
        return {};
    }
    return rowids;
}

} // namespace ws
