#include "search/QueryCompiler.h"

#include "search/EntityResolver.h"
#include "search/TextTokenizer.h"

#include <QRegularExpression>

namespace ws {

namespace {

// FTS5 alternatives, each parenthesized so that compound ones keep their meaning.
QString anyOf(const QStringList& expressions)
{
    if (expressions.size() == 1)
        return expressions.front();
    return QLatin1Char('(') + expressions.join(QStringLiteral(") OR (")) + QLatin1Char(')');
}

} // namespace

// What a subtree compiles to: words that FTS5 can rank, words that must not appear, and SQL
// conditions. An empty piece constrains nothing (a word with no searchable characters).
struct QueryCompiler::Piece
{
    QString text;           // FTS5 expression that must match; empty for none
    QStringList negated;    // FTS5 expressions that must not match
    QStringList conditions; // SQL conditions over s

    bool isEmpty() const { return text.isEmpty() && negated.isEmpty() && conditions.isEmpty(); }
    // Expressible as one FTS5 expression (FTS5's NOT needs something on its left).
    bool isText() const { return !text.isEmpty() && conditions.isEmpty(); }
    QString fts() const
    {
        if (negated.isEmpty())
            return text;
        return QStringLiteral("(%1) NOT (%2)").arg(text, anyOf(negated));
    }
};

namespace {

bool isSingleCjkCharacter(const QString& text)
{
    const auto tokens = TextTokenizer::tokens(text.toUtf8());
    if (tokens.size() != 1)
        return false;
    const QString token = QString::fromUtf8(tokens.front().text);
    const auto ucs4 = token.toUcs4();
    if (ucs4.size() != 1 || ucs4.front() < 0x1100)
        return false;
    // A token of one non-Latin character that came from a CJK run (Latin words fold to themselves).
    const QChar::Script script = QChar::script(ucs4.front());
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana || script == QChar::Script_Hangul;
}

QString parenthesized(const QString& text)
{
    return QLatin1Char('(') + text + QLatin1Char(')');
}

} // namespace

QString CompiledQuery::whereOn(const QString& rowid) const
{
    // Only SQL written by the compiler is in `where` (user text is bound), so this is exact.
    static const QRegularExpression storyRowid(QStringLiteral("\\bs\\.rowid\\b"));
    QString sql = where;
    return sql.replace(storyRowid, rowid);
}

QString QueryCompiler::ftsString(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    // FTS5 reads its expression as a C string: a NUL would end it inside the quotes. The tokenizer
    // treats NUL as a separator, so a space means the same.
    escaped.replace(QChar(0), QLatin1Char(' '));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString QueryCompiler::addParameter(const QVariant& value)
{
    const QByteArray name = ":p" + QByteArray::number(m_out.parameters.size() + 1);
    m_out.parameters.append({name, value});
    return QString::fromLatin1(name);
}

CompiledQuery QueryCompiler::compile(const QueryNode& root)
{
    m_out = CompiledQuery{};
    const Piece piece = compileNode(root);
    if (!piece.text.isEmpty()) {
        m_out.match = piece.fts();
        m_out.where = piece.conditions.join(QStringLiteral(" AND "));
    } else {
        m_out.where = sqlParts(piece).join(QStringLiteral(" AND "));
    }
    return std::move(m_out);
}

QueryCompiler::Piece QueryCompiler::compileNode(const QueryNode& node)
{
    switch (node.kind) {
    case QueryNode::Kind::All:
        return {};
    case QueryNode::Kind::Term:
        return compileTerm(node, {});
    case QueryNode::Kind::Field:
        if (*node.field == QueryField::Title)
            return compileTerm(node, QStringLiteral("title"));
        return compileField(node);
    case QueryNode::Kind::Not: {
        const Piece child = compileNode(node.children.front());
        Piece piece;
        if (child.isText())
            piece.negated.append(child.fts());
        else if (!child.isEmpty())
            piece.conditions.append(QStringLiteral("NOT ") + toSql(child));
        return piece;
    }
    case QueryNode::Kind::And: {
        Piece piece;
        QStringList texts;
        for (const QueryNode& childNode : node.children) {
            Piece child = compileNode(childNode);
            if (!child.text.isEmpty())
                texts.append(child.text);
            piece.negated += child.negated;
            piece.conditions += child.conditions;
        }
        if (texts.size() == 1)
            piece.text = texts.front();
        else if (!texts.isEmpty())
            piece.text = parenthesized(texts.join(QStringLiteral(") AND (")));
        return piece;
    }
    case QueryNode::Kind::Or: {
        std::vector<Piece> children;
        bool allText = true;
        for (const QueryNode& childNode : node.children) {
            Piece child = compileNode(childNode);
            if (child.isEmpty())
                continue;
            allText = allText && child.isText();
            children.push_back(std::move(child));
        }
        Piece piece;
        if (children.size() == 1)
            return children.front();
        QStringList parts;
        for (const Piece& child : children)
            parts.append(allText ? child.fts() : toSql(child));
        if (allText && !parts.isEmpty())
            piece.text = parenthesized(parts.join(QStringLiteral(") OR (")));
        else if (!parts.isEmpty())
            piece.conditions.append(parenthesized(parts.join(QStringLiteral(" OR "))));
        return piece;
    }
    }
    return {};
}

QueryCompiler::Piece QueryCompiler::compileTerm(const QueryNode& node, const QString& column)
{
    Piece piece;
    if (TextTokenizer::tokens(node.text.toUtf8()).isEmpty()) {
        m_out.notes.append(
            tr("'%1' has nothing to search for (no letters or digits) and was left out.").arg(node.text));
        return piece;
    }
    // One Chinese character is only indexed inside bigrams: match the bigrams that start with it.
    const bool prefix = node.prefix || (!node.quoted && isSingleCjkCharacter(node.text));
    piece.text = ftsString(node.text) + (prefix ? QStringLiteral(" *") : QString());
    if (!column.isEmpty())
        piece.text = column + QStringLiteral(" : ") + piece.text;
    return piece;
}

QueryCompiler::Piece QueryCompiler::compileField(const QueryNode& node)
{
    Piece piece;
    const QueryField field = *node.field;
    if (isEntityField(field)) {
        const QList<qint64> ids = m_resolver.resolve(entityTypeOfField(field), node.text, node.prefix);
        if (ids.isEmpty()) {
            m_out.notes.append(tr("No %1 is called '%2'.").arg(entityTypeOfField(field), node.text));
            piece.conditions.append(QStringLiteral("0"));
            return piece;
        }
        QStringList names;
        for (qint64 id : ids)
            names.append(addParameter(id));
        piece.conditions.append(
            QStringLiteral("s.rowid IN (SELECT story_rowid FROM story_entities WHERE entity_id IN (%1))")
                .arg(names.join(QStringLiteral(", "))));
        return piece;
    }
    switch (field) {
    case QueryField::Deal: {
        const QString kind = addParameter(node.text.trimmed().toLower());
        piece.conditions.append(
            node.prefix
                ? QStringLiteral("s.rowid IN (SELECT story_rowid FROM deals WHERE substr(kind, 1, "
                                 "length(%1)) = %1)")
                      .arg(kind)
                : QStringLiteral("s.rowid IN (SELECT story_rowid FROM deals WHERE kind = %1)").arg(kind));
        break;
    }
    case QueryField::Source: {
        const QString key = TextTokenizer::foldKey(node.text);
        if (key.isEmpty()) {
            m_out.notes.append(tr("'source:%1' has nothing to search for and was left out.").arg(node.text));
            break;
        }
        m_out.needsStories = true;
        piece.conditions.append(
            QStringLiteral("instr(ws_fold(s.source_path || ' ' || s.feed || ' ' || s.url), %1) > 0")
                .arg(addParameter(key)));
        break;
    }
    case QueryField::After:
        m_out.needsStories = true;
        piece.conditions.append(QStringLiteral("s.date >= %1").arg(addParameter(node.text)));
        break;
    case QueryField::Before:
        m_out.needsStories = true;
        piece.conditions.append(
            QStringLiteral("(s.date <> '' AND s.date < %1)").arg(addParameter(node.text)));
        break;
    default:
        break;
    }
    return piece;
}

QStringList QueryCompiler::sqlParts(const Piece& piece)
{
    QStringList parts;
    if (!piece.text.isEmpty())
        parts.append(QStringLiteral("s.rowid IN (SELECT rowid FROM story_fts WHERE story_fts MATCH %1)")
                         .arg(addParameter(piece.fts())));
    else if (!piece.negated.isEmpty())
        parts.append(QStringLiteral("s.rowid NOT IN (SELECT rowid FROM story_fts WHERE story_fts MATCH %1)")
                         .arg(addParameter(anyOf(piece.negated))));
    parts += piece.conditions;
    return parts;
}

QString QueryCompiler::toSql(const Piece& piece)
{
    const QStringList parts = sqlParts(piece);
    if (parts.isEmpty())
        return QStringLiteral("1");
    return parenthesized(parts.join(QStringLiteral(" AND ")));
}

} // namespace ws
