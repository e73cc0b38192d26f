#pragma once

#include "search/QueryNode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <utility>

namespace ws {

class EntityResolver;

// A query ready for SQLite. Every piece of user text is an FTS5 string (quoted, never pasted as
// syntax) or a bound parameter.
struct CompiledQuery
{
    // FTS5 expression for `story_fts MATCH`; empty when the query has no words that rank (only fields,
    // only exclusions, or words inside an OR with fields).
    QString match;
    // SQL condition over `stories AS s`, empty for none. Its parameters are named :p1, :p2, ...
    QString where;
    QList<std::pair<QByteArray, QVariant>> parameters;
    // What the user may want to know, e.g. that no company is called that.
    QStringList notes;
    // `where` reads story columns other than rowid (date, source): it needs the stories table.
    bool needsStories = false;

    bool hasMatch() const { return !match.isEmpty(); }
    // `where` with s.rowid written as `rowid` (e.g. story_fts.rowid, to filter without the stories table).
    QString whereOn(const QString& rowid) const;
};

// Turns a parsed query into an FTS5 expression plus SQL filters. Words, phrases, prefixes and title:
// go to FTS5; entity fields become `s.rowid IN (SELECT story_rowid FROM story_entities WHERE entity_id
// IN (...))` with the ids the resolver found (none: no story matches); deal:, source:, after: and
// before: become conditions on deals and stories. Words mixed with fields under OR or NOT become
// `s.rowid IN (SELECT rowid FROM story_fts WHERE story_fts MATCH ...)` so any combination works.
class QueryCompiler
{
    Q_DECLARE_TR_FUNCTIONS(ws::QueryCompiler)

public:
    explicit QueryCompiler(EntityResolver& resolver) : m_resolver(resolver) {}

    CompiledQuery compile(const QueryNode& root);

    // The FTS5 string for a piece of user text: "text" with inner quotes doubled.
    static QString ftsString(const QString& text);

private:
    struct Piece;
    Piece compileNode(const QueryNode& node);
    Piece compileTerm(const QueryNode& node, const QString& column);
    Piece compileField(const QueryNode& node);
    QStringList sqlParts(const Piece& piece);
    QString toSql(const Piece& piece);
    QString addParameter(const QVariant& value);

    EntityResolver& m_resolver;
    CompiledQuery m_out;
};

} // namespace ws
