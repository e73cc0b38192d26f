#include "search/SearchEngine.h"

#include "db/Database.h"
#include "db/DbError.h"
#include "db/Statement.h"
#include "search/QueryParser.h"

#include <sqlite3.h>

namespace ws {

namespace {

constexpr int facetSize = 10;
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

QList<FacetCount>* facetList(SearchFacets& facets, const QString& type)
{
    if (type == QLatin1String("company"))
        return &facets.companies;
    if (type == QLatin1String("technology"))
        return &facets.technologies;
    if (type == QLatin1String("person"))
        return &facets.people;
    if (type == QLatin1String("organization"))
        return &facets.organizations;
    if (type == QLatin1String("place"))
        return &facets.places;
    if (type == QLatin1String("product"))
        return &facets.products;
    return nullptr;
}

QString rankFunction()
{
    return QStringLiteral("bm25(%1, %2)").arg(SearchEngine::titleWeight, 0, 'f', 1).arg(SearchEngine::bodyWeight, 0, 'f', 1);
}

} // namespace

SearchEngine::SearchEngine(Database& db) : m_db(db), m_resolver(db) {}

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
        // A short first page is the whole result: no need to count again.
        if (offset == 0 && result.hits.size() < limit)
            result.total = int(result.hits.size());
        else
            runTotal(compiled, result);
        if (options.facets && result.total > 0)
            runFacets(compiled, result);
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
        return {tr("The database is busy; try the search again in a moment."), -1};
    if (code == SQLITE_INTERRUPT)
        return {tr("The search was cancelled."), -1};
    return {tr("The search could not be run: the database could not be read."), -1};
}

QString SearchEngine::hitsSql(const CompiledQuery& query, const QString& columns) const
{
    QString sql;
    if (query.hasMatch()) {
        sql = QStringLiteral("SELECT %1 FROM story_fts JOIN stories s ON s.rowid = story_fts.rowid "
                             "WHERE story_fts MATCH :match")
                  .arg(columns);
        if (!query.where.isEmpty())
            sql += QStringLiteral(" AND ") + query.where;
    } else {
        sql = QStringLiteral("SELECT %1 FROM stories s").arg(columns);
        if (!query.where.isEmpty())
            sql += QStringLiteral(" WHERE ") + query.where;
    }
    return sql;
}

void SearchEngine::runPage(const CompiledQuery& query, int limit, int offset, bool snippets, SearchResult& result)
{
    QString sql;
    if (query.hasMatch()) {
        // rank with ORDER BY rank lets FTS5 sort by itself and stop after the page, so snippet() runs
        // only for the hits shown.
        const QString snippet = snippets ? QStringLiteral("snippet(story_fts, -1, char(2), char(3), '\u2026', %1)")
                                               .arg(snippetTokens)
                                         : QStringLiteral("''");
        sql = hitsSql(query, QStringLiteral("s.rowid, s.id, s.title, s.date, story_fts.rank, ") + snippet) +
              QStringLiteral(" AND story_fts.rank MATCH :rank ORDER BY story_fts.rank LIMIT :limit OFFSET :offset");
    } else {
        const QString lead = snippets ? QStringLiteral("substr(s.body, 1, %1)").arg(leadChars * 2)
                                      : QStringLiteral("''");
        sql = hitsSql(query, QStringLiteral("s.rowid, s.id, s.title, s.date, 0, ") + lead) +
              QStringLiteral(" ORDER BY s.date DESC, s.rowid DESC LIMIT :limit OFFSET :offset");
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

void SearchEngine::runTotal(const CompiledQuery& query, SearchResult& result)
{
    const QString sql = query.hasMatch() && query.where.isEmpty()
                            ? QStringLiteral("SELECT count(*) FROM story_fts WHERE story_fts MATCH :match")
                            : hitsSql(query, QStringLiteral("count(*)"));
    Statement statement = m_db.prepare(sql);
    bindAll(statement, query);
    result.total = statement.step() ? statement.integer(0) : 0;
}

void SearchEngine::runFacets(const CompiledQuery& query, SearchResult& result)
{
    const QString hits = hitsSql(query, QStringLiteral("s.rowid AS rowid"));
    Statement entities = m_db.prepare(
        QStringLiteral("WITH hits AS (%1) "
                       "SELECT type, id, name, n FROM ("
                       "  SELECT e.type AS type, e.id AS id, e.name AS name, count(*) AS n,"
                       "    row_number() OVER (PARTITION BY e.type ORDER BY count(*) DESC, e.name) AS r"
                       "  FROM hits JOIN story_entities se ON se.story_rowid = hits.rowid"
                       "  JOIN entities e ON e.id = se.entity_id GROUP BY e.id) "
                       "WHERE r <= %2 ORDER BY type, n DESC, name")
            .arg(hits)
            .arg(facetSize));
    bindAll(entities, query);
    while (entities.step()) {
        if (QList<FacetCount>* list = facetList(result.facets, entities.text(0)))
            list->append({entities.int64(1), entities.text(2), entities.integer(3)});
    }
    Statement deals = m_db.prepare(QStringLiteral("WITH hits AS (%1) "
                                                  "SELECT d.kind, count(DISTINCT d.story_rowid) AS n "
                                                  "FROM hits JOIN deals d ON d.story_rowid = hits.rowid "
                                                  "GROUP BY d.kind ORDER BY n DESC, d.kind LIMIT %2")
                                       .arg(hits)
                                       .arg(facetSize));
    bindAll(deals, query);
    while (deals.step())
        result.facets.dealKinds.append({0, deals.text(0), deals.integer(1)});
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
                ? hitsSql(compiled, QStringLiteral("s.rowid")) +
                      QStringLiteral(" AND story_fts.rank MATCH :rank ORDER BY story_fts.rank")
                : hitsSql(compiled, QStringLiteral("s.rowid")) + QStringLiteral(" ORDER BY s.date DESC, s.rowid DESC");
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
