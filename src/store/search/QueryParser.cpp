#include "search/QueryParser.h"

#include <QDate>
#include <QRegularExpression>

namespace ws {

namespace {

struct Lexeme
{
    enum class Type
    {
        Word,
        Field,
        LParen,
        RParen,
        Or,
        And,
        Not,
        Minus,
        End
    };
    Type type = Type::End;
    QString text; // Word/Field: the word, phrase or value; operators: as typed
    std::optional<QueryField> field;
    bool quoted = false;
    bool prefix = false;
    int position = 0;
};

// Straight and typographic double quotes both open and close a phrase (input methods type “”).
bool isQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D);
}
bool isColon(QChar c)
{
    return c == QLatin1Char(':') || c == QChar(0xFF1A);
}
bool isBreak(QChar c)
{
    return c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')') || isQuote(c);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::QueryParser", text);
}

QString fieldExample(QueryField field)
{
    switch (field) {
    case QueryField::Company:
        return QStringLiteral("company:TSMC");
    case QueryField::Person:
        return QStringLiteral("person:\"Jensen Huang\"");
    case QueryField::Technology:
        return QStringLiteral("tech:CoWoS");
    case QueryField::Organization:
        return QStringLiteral("org:\"European Commission\"");
    case QueryField::Place:
        return QStringLiteral("place:Shanghai");
    case QueryField::Product:
        return QStringLiteral("product:Blackwell");
    case QueryField::Deal:
        return QStringLiteral("deal:investment");
    case QueryField::Title:
        return QStringLiteral("title:packaging");
    case QueryField::Source:
        return QStringLiteral("source:reuters");
    case QueryField::After:
        return QStringLiteral("after:2024-03");
    case QueryField::Before:
        return QStringLiteral("before:2025");
    }
    return {};
}

bool isValidDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const int year = match.captured(1).toInt();
    const int month = match.capturedLength(2) ? match.captured(2).toInt() : 1;
    const int day = match.capturedLength(3) ? match.captured(3).toInt() : 1;
    return year >= 1000 && QDate(year, month, day).isValid();
}

class Lexer
{
public:
    explicit Lexer(const QString& query) : m_q(query) {}

    std::optional<QueryError> run(std::vector<Lexeme>& out)
    {
        const int n = int(m_q.size());
        int i = 0;
        while (i < n) {
            const QChar c = m_q[i];
            if (c.isSpace()) {
                ++i;
            } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
                out.push_back({c == QLatin1Char('(') ? Lexeme::Type::LParen : Lexeme::Type::RParen,
                               QString(c), std::nullopt, false, false, i});
                ++i;
            } else if (isQuote(c)) {
                Lexeme phrase{Lexeme::Type::Word, {}, std::nullopt, true, false, i};
                if (auto error = readQuoted(i, phrase))
                    return error;
                out.push_back(phrase);
            } else if (c == QLatin1Char('-')) {
                if (i + 1 >= n || m_q[i + 1].isSpace() || m_q[i + 1] == QLatin1Char(')'))
                    return QueryError{
                        tr("A '-' at column %1 must stand right before a word, as in -Samsung.").arg(i + 1),
                        i};
                out.push_back({Lexeme::Type::Minus, QStringLiteral("-"), std::nullopt, false, false, i});
                ++i;
            } else {
                Lexeme word;
                if (auto error = readWord(i, word))
                    return error;
                out.push_back(word);
            }
        }
        out.push_back({Lexeme::Type::End, {}, std::nullopt, false, false, n});
        return std::nullopt;
    }

private:
    // At an opening quote: the phrase up to the closing one, and a '*' right after it.
    std::optional<QueryError> readQuoted(int& i, Lexeme& lexeme)
    {
        const int open = i;
        int close = open + 1;
        while (close < m_q.size() && !isQuote(m_q[close]))
            ++close;
        if (close >= m_q.size())
            return QueryError{
                tr("Unclosed quote at column %1: add the closing quote or remove this one.").arg(open + 1),
                open};
        lexeme.text = m_q.mid(open + 1, close - open - 1);
        if (lexeme.text.trimmed().isEmpty())
            return QueryError{tr("Empty quotes at column %1: put words between them.").arg(open + 1), open};
        lexeme.quoted = true;
        i = close + 1;
        if (i < m_q.size() && m_q[i] == QLatin1Char('*')) {
            lexeme.prefix = true;
            ++i;
        }
        return std::nullopt;
    }

    std::optional<QueryError> readWord(int& i, Lexeme& lexeme)
    {
        const int start = i;
        while (i < m_q.size() && !isBreak(m_q[i]))
            ++i;
        const QString word = m_q.mid(start, i - start);
        lexeme.position = start;
        if (word == QLatin1String("OR") || word == QLatin1String("AND") || word == QLatin1String("NOT")) {
            lexeme.type = word == QLatin1String("OR")    ? Lexeme::Type::Or
                          : word == QLatin1String("AND") ? Lexeme::Type::And
                                                         : Lexeme::Type::Not;
            lexeme.text = word;
            return std::nullopt;
        }
        int colon = 0;
        while (colon < word.size() && !isColon(word[colon]))
            ++colon;
        bool letters = colon > 0 && colon < word.size();
        for (int k = 0; k < colon && letters; ++k)
            letters = word[k].isLetter() && word[k].unicode() < 0x80;
        if (letters)
            return readField(i, start, word.left(colon), word.mid(colon + 1), lexeme);

        lexeme.type = Lexeme::Type::Word;
        lexeme.text = word;
        return takePrefix(lexeme, start);
    }

    // `word` ended in '*': a prefix search. A '*' with nothing before it is an error.
    std::optional<QueryError> takePrefix(Lexeme& lexeme, int at)
    {
        while (lexeme.text.endsWith(QLatin1Char('*'))) {
            lexeme.text.chop(1);
            lexeme.prefix = true;
        }
        if (lexeme.text.isEmpty())
            return QueryError{
                tr("A '*' at column %1 must come right after a word, as in semicon*.").arg(at + 1), at};
        return std::nullopt;
    }

    std::optional<QueryError> readField(int& i, int start, const QString& name, const QString& value,
                                        Lexeme& lexeme)
    {
        const auto field = queryFieldFromName(name);
        if (!field)
            return QueryError{
                tr("Unknown field '%1:' at column %2. The fields are company, person, tech, org, "
                   "place, product, deal, title, source, after and before; put other text with a "
                   "colon in quotes.")
                    .arg(name)
                    .arg(start + 1),
                start};
        lexeme.type = Lexeme::Type::Field;
        lexeme.field = field;
        const int valueAt = start + int(name.size()) + 1;
        const QString needsValue = tr("'%1:' at column %2 needs a value right after the colon, as in %3.")
                                       .arg(name.toLower())
                                       .arg(start + 1)
                                       .arg(fieldExample(*field));
        if (!value.isEmpty()) {
            lexeme.text = value;
            if (lexeme.text.endsWith(QLatin1Char('*')) &&
                lexeme.text.count(QLatin1Char('*')) == lexeme.text.size())
                return QueryError{needsValue, start};
            takePrefix(lexeme, valueAt);
        } else if (i < m_q.size() && isQuote(m_q[i])) {
            if (auto error = readQuoted(i, lexeme))
                return error;
        } else {
            return QueryError{needsValue, start};
        }
        if (*field == QueryField::After || *field == QueryField::Before) {
            if (lexeme.prefix || !isValidDate(lexeme.text))
                return QueryError{tr("'%1:' at column %2 needs a date written YYYY, YYYY-MM or YYYY-MM-DD "
                                     "(such as 2024-03-15), not '%3'.")
                                      .arg(name.toLower())
                                      .arg(valueAt + 1)
                                      .arg(lexeme.text + (lexeme.prefix ? QStringLiteral("*") : QString())),
                                  valueAt};
        }
        return std::nullopt;
    }

    const QString& m_q;
};

// Recursive descent over the lexemes. Precedence, loosest first: the implied AND (or an explicit
// AND), then OR, then NOT and '-'.
class Parser
{
public:
    explicit Parser(const std::vector<Lexeme>& lexemes) : m_lex(lexemes) {}

    QueryNode parseQuery()
    {
        if (peek().type == Lexeme::Type::End)
            return QueryNode{};
        QueryNode root = parseAnd();
        if (!m_error && peek().type == Lexeme::Type::RParen)
            fail(tr("Unmatched ')' at column %1: remove it or add a '(' before it.").arg(peek().position + 1),
                 peek().position);
        return root;
    }

    std::optional<QueryError> error() const { return m_error; }

private:
    const Lexeme& peek() const { return m_lex[m_at]; }
    const Lexeme& take() { return m_lex[m_at++]; }
    bool failed() const { return m_error.has_value(); }

    void fail(const QString& message, int position)
    {
        if (!m_error)
            m_error = QueryError{message, position};
    }

    static bool endsTerm(Lexeme::Type type)
    {
        return type == Lexeme::Type::End || type == Lexeme::Type::RParen || type == Lexeme::Type::Or ||
               type == Lexeme::Type::And;
    }

    void needTermAfter(const Lexeme& op)
    {
        if (endsTerm(peek().type))
            fail(tr("'%1' at column %2 needs a term after it.").arg(op.text).arg(op.position + 1),
                 op.position);
    }

    static QueryNode combine(QueryNode::Kind kind, std::vector<QueryNode> items, int position)
    {
        if (items.size() == 1)
            return std::move(items.front());
        QueryNode node;
        node.kind = kind;
        node.position = position;
        node.children = std::move(items);
        return node;
    }

    QueryNode parseAnd()
    {
        std::vector<QueryNode> items;
        const int position = peek().position;
        while (!failed()) {
            const Lexeme& next = peek();
            if (next.type == Lexeme::Type::End || next.type == Lexeme::Type::RParen)
                break;
            if (next.type == Lexeme::Type::And || next.type == Lexeme::Type::Or) {
                if (items.empty() || next.type == Lexeme::Type::Or) {
                    fail(
                        tr("'%1' at column %2 needs a term before it.").arg(next.text).arg(next.position + 1),
                        next.position);
                    break;
                }
                const Lexeme& op = take();
                needTermAfter(op);
                continue;
            }
            items.push_back(parseOr());
        }
        return combine(QueryNode::Kind::And, std::move(items), position);
    }

    QueryNode parseOr()
    {
        std::vector<QueryNode> items;
        const int position = peek().position;
        items.push_back(parseUnary());
        while (!failed() && peek().type == Lexeme::Type::Or) {
            const Lexeme& op = take();
            needTermAfter(op);
            if (failed())
                break;
            items.push_back(parseUnary());
        }
        return combine(QueryNode::Kind::Or, std::move(items), position);
    }

    QueryNode parseUnary()
    {
        const Lexeme& next = peek();
        if (next.type != Lexeme::Type::Not && next.type != Lexeme::Type::Minus)
            return parsePrimary();
        const Lexeme& op = take();
        needTermAfter(op);
        if (failed())
            return {};
        if (++m_depth > QueryParser::maxDepth) {
            fail(tr("The query nests too deeply at column %1.").arg(op.position + 1), op.position);
            return {};
        }
        QueryNode node;
        node.kind = QueryNode::Kind::Not;
        node.position = op.position;
        node.children.push_back(parseUnary());
        --m_depth;
        return node;
    }

    QueryNode parsePrimary()
    {
        const Lexeme& next = take();
        switch (next.type) {
        case Lexeme::Type::Word:
        case Lexeme::Type::Field: {
            QueryNode node;
            node.kind = next.type == Lexeme::Type::Word ? QueryNode::Kind::Term : QueryNode::Kind::Field;
            node.text = next.text;
            node.field = next.field;
            node.quoted = next.quoted;
            node.prefix = next.prefix;
            node.position = next.position;
            return node;
        }
        case Lexeme::Type::LParen: {
            if (peek().type == Lexeme::Type::RParen) {
                fail(tr("Empty parentheses at column %1: put terms between them.").arg(next.position + 1),
                     next.position);
                return {};
            }
            if (++m_depth > QueryParser::maxDepth) {
                fail(tr("The query nests too deeply at column %1.").arg(next.position + 1), next.position);
                return {};
            }
            QueryNode inner = parseAnd();
            --m_depth;
            if (!failed() && peek().type != Lexeme::Type::RParen)
                fail(tr("Unclosed parenthesis at column %1: add a ')' to close it.").arg(next.position + 1),
                     next.position);
            else if (!failed())
                take();
            return inner;
        }
        case Lexeme::Type::RParen:
            fail(tr("Unmatched ')' at column %1: remove it or add a '(' before it.").arg(next.position + 1),
                 next.position);
            return {};
        default:
            // Operators are handled by the callers; anything left here stands alone.
            fail(tr("'%1' at column %2 needs a term after it.").arg(next.text).arg(next.position + 1),
                 next.position);
            return {};
        }
    }

    const std::vector<Lexeme>& m_lex;
    size_t m_at = 0;
    int m_depth = 0;
    std::optional<QueryError> m_error;
};

} // namespace

ParsedQuery QueryParser::parse(const QString& query)
{
    ParsedQuery result;
    std::vector<Lexeme> lexemes;
    if (auto error = Lexer(query).run(lexemes)) {
        result.error = error;
        return result;
    }
    Parser parser(lexemes);
    result.root = parser.parseQuery();
    result.error = parser.error();
    if (result.error)
        result.root = QueryNode{};
    return result;
}

QString QueryParser::helpText()
{
    return tr(
        "Search the stories:\n"
        "  TSMC packaging            stories with both words (any form: case and accents are ignored)\n"
        "  \"advanced packaging\"      the exact phrase\n"
        "  HBM OR DRAM               either word (OR binds tighter than the implied AND)\n"
        "  -Samsung  or  NOT Samsung leave out stories with the word\n"
        "  semicon*                  words starting with semicon\n"
        "  (HBM OR DRAM) Korea       parentheses group terms\n"
        "  積電  台积电                Chinese and Japanese text matches any part of two characters or "
        "more; traditional and simplified match each other\n"
        "Fields:\n"
        "  company:TSMC  company:\"Samsung Electronics\"  company:台積電   a company, by any of its names\n"
        "  person:  org:  place:  product:                          people, organizations, places, "
        "products\n"
        "  tech:CoWoS                a technology and the ones under it (CoWoS-L, CoWoS-S)\n"
        "  deal:investment           stories with a deal of this kind (investment, acquisition, "
        "contract, ...)\n"
        "  title:Blackwell           the word in the title\n"
        "  source:reuters            the file or feed name contains this\n"
        "  after:2024-03  before:2025   from March 2024 on; before 2025 (YYYY, YYYY-MM or YYYY-MM-DD)\n"
        "Fields combine with words, OR, '-' and parentheses like words do.");
}

} // namespace ws
