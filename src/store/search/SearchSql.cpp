#include "search/SearchSql.h"

#include "db/Statement.h"
#include "search/SearchEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <sqlite3.h>

namespace ws::SearchSql {

namespace {

constexpr int snippetTokens = 24;
constexpr int leadChars = 200;

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

} // namespace

void bindAll(Statement& statement, const CompiledQuery& query, const Bindings& extra)
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

QString matchFromWhere(const CompiledQuery& query, bool joinStories)
{
    // Filters name the story as +rowid: the unary + keeps SQLite from turning `rowid IN (...)` into
    // one full-text lookup per listed row, which is far slower than filtering the matches as they
    // stream by.
    const bool join = joinStories || query.needsStories;
    QString sql = join ? QStringLiteral("FROM story_fts JOIN stories s ON s.rowid = story_fts.rowid "
                                        "WHERE story_fts MATCH :match")
                       : QStringLiteral("FROM story_fts WHERE story_fts MATCH :match");
    if (!query.where.isEmpty())
        sql += QStringLiteral(" AND ") +
               query.whereOn(join ? QStringLiteral("+s.rowid") : QStringLiteral("+story_fts.rowid"));
    return sql;
}

QString storiesFromWhere(const CompiledQuery& query, bool seek)
{
    QString sql = QStringLiteral("FROM stories s");
    if (!query.where.isEmpty())
        sql += QStringLiteral(" WHERE ") +
               query.whereOn(seek ? QStringLiteral("s.rowid") : QStringLiteral("+s.rowid"));
    return sql;
}

QString probe(const CompiledQuery& query)
{
    if (query.where.isEmpty())
        return QStringLiteral("1");
    // Only SQL written by QueryCompiler is in `where` (user text is bound), so these forms are exact.
    // Words under OR or NOT keep their IN form: one full-text pass is cheaper than one per story.
    static const QRegularExpression entities(
        QStringLiteral("\\bs\\.rowid IN \\(SELECT story_rowid FROM story_entities WHERE entity_id IN \\("));
    static const QRegularExpression deals(
        QStringLiteral("\\bs\\.rowid IN \\(SELECT story_rowid FROM deals WHERE "));
    QString sql = query.where;
    sql.replace(entities,
                QStringLiteral("EXISTS (SELECT 1 FROM story_entities WHERE story_rowid = s.rowid AND "
                               "entity_id IN ("));
    // A story's deals through their story index: the kind index would list every deal of the kind.
    sql.replace(deals,
                QStringLiteral("EXISTS (SELECT 1 FROM deals INDEXED BY deals_story WHERE story_rowid = "
                               "s.rowid AND "));
    // What stays a set is read once, never sought per listed row.
    static const QRegularExpression sets(QStringLiteral("\\bs\\.rowid (NOT )?IN \\("));
    sql.replace(sets, QStringLiteral("+s.rowid \\1IN ("));
    return sql;
}

QString storySetSql(const CompiledQuery& query)
{
    static const QRegularExpression single(
        QStringLiteral("^s\\.rowid IN \\(SELECT story_rowid FROM (story_entities|deals) WHERE (.*)\\)$"));
    static const QRegularExpression storyColumn(QStringLiteral("\\bs\\."));
    const QRegularExpressionMatch match = single.match(query.where);
    if (!match.hasMatch() || match.captured(2).contains(storyColumn))
        return {}; // several conditions, or one on the story row
    const QString table = match.captured(1);
    const QString condition = match.captured(2);
    // One entity has each story once (the primary key); several entities, or deals, may share one.
    const bool unique = table == QLatin1String("story_entities") && !condition.contains(QLatin1Char(','));
    return QStringLiteral("SELECT %1story_rowid FROM %2 WHERE %3")
        .arg(unique ? QString() : QStringLiteral("DISTINCT "), table, condition);
}

QString rankCall()
{
    return QStringLiteral("ws_rank(story_fts, %1, %2)")
        .arg(SearchEngine::titleWeight, 0, 'f', 1)
        .arg(SearchEngine::bodyWeight, 0, 'f', 1);
}

QString snippetCall(bool snippets)
{
    return snippets
               ? QStringLiteral("snippet(story_fts, -1, char(2), char(3), '\u2026', %1)").arg(snippetTokens)
               : QStringLiteral("''");
}

QString leadColumn(bool snippets)
{
    return snippets ? QStringLiteral("substr(s.body, 1, %1)").arg(leadChars * 2) : QStringLiteral("''");
}

QString jsonList(const QList<qint64>& rowids)
{
    QJsonArray array;
    for (qint64 rowid : rowids)
        array.append(rowid);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void fillSnippet(SearchHit& hit, const QString& marked)
{
    const QString text = flattened(marked);
    hit.snippet = text;
    hit.snippet.replace(openMark, QChar(0x00AB)).replace(closeMark, QChar(0x00BB));
    hit.snippetHtml = text.toHtmlEscaped();
    hit.snippetHtml.replace(openMark, QLatin1String("<b>")).replace(closeMark, QLatin1String("</b>"));
}

void fillLead(SearchHit& hit, const QString& body)
{
    // The start of the body, cut at a word boundary.
    QString text = flattened(body).simplified();
    text.remove(openMark).remove(closeMark);
    if (text.size() > leadChars) {
        int cut = text.lastIndexOf(QLatin1Char(' '), leadChars);
        if (cut < leadChars / 2)
            cut = leadChars;
        text = text.left(cut) + QChar(0x2026);
    }
    fillSnippet(hit, text);
}

QHash<qint64, SearchHit> readHits(Statement& statement, bool excerpts, Excerpt kind)
{
    QHash<qint64, SearchHit> hits;
    while (statement.step()) {
        SearchHit hit{statement.text(1), statement.int64(0), statement.text(2), statement.text(3)};
        if (excerpts && kind == Excerpt::Snippet)
            fillSnippet(hit, statement.text(4));
        else if (excerpts)
            fillLead(hit, statement.text(4));
        hits.insert(hit.rowid, hit);
    }
    return hits;
}

} // namespace ws::SearchSql
