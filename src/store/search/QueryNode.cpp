#include "search/QueryNode.h"

#include <QStringList>

namespace ws {

namespace {

struct FieldName
{
    const char* name;
    QueryField field;
};

// The first name of each field is its canonical one; the others are accepted spellings.
constexpr FieldName fieldNames[] = {
    {"company", QueryField::Company},
    {"person", QueryField::Person},
    {"tech", QueryField::Technology},
    {"technology", QueryField::Technology},
    {"org", QueryField::Organization},
    {"organization", QueryField::Organization},
    {"organisation", QueryField::Organization},
    {"place", QueryField::Place},
    {"product", QueryField::Product},
    {"deal", QueryField::Deal},
    {"title", QueryField::Title},
    {"source", QueryField::Source},
    {"after", QueryField::After},
    {"before", QueryField::Before},
};

QString quotedText(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

std::optional<QueryField> queryFieldFromName(const QString& name)
{
    const QString lower = name.toLower();
    for (const FieldName& entry : fieldNames) {
        if (lower == QLatin1String(entry.name))
            return entry.field;
    }
    return std::nullopt;
}

QString queryFieldName(QueryField field)
{
    for (const FieldName& entry : fieldNames) {
        if (entry.field == field)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

bool isEntityField(QueryField field)
{
    switch (field) {
    case QueryField::Company:
    case QueryField::Person:
    case QueryField::Technology:
    case QueryField::Organization:
    case QueryField::Place:
    case QueryField::Product:
        return true;
    default:
        return false;
    }
}

QString entityTypeOfField(QueryField field)
{
    switch (field) {
    case QueryField::Company:
        return QStringLiteral("company");
    case QueryField::Person:
        return QStringLiteral("person");
    case QueryField::Technology:
        return QStringLiteral("technology");
    case QueryField::Organization:
        return QStringLiteral("organization");
    case QueryField::Place:
        return QStringLiteral("place");
    case QueryField::Product:
        return QStringLiteral("product");
    default:
        return {};
    }
}

QString QueryNode::toString() const
{
    switch (kind) {
    case Kind::All:
        return QStringLiteral("(ALL)");
    case Kind::Term: {
        QString out = quoted ? quotedText(text) : text;
        return prefix ? out + QLatin1Char('*') : out;
    }
    case Kind::Field: {
        QString out = queryFieldName(*field) + QLatin1Char(':') + (quoted ? quotedText(text) : text);
        return prefix ? out + QLatin1Char('*') : out;
    }
    case Kind::And:
    case Kind::Or:
    case Kind::Not:
        break;
    }
    QStringList parts;
    parts.append(kind == Kind::And  ? QStringLiteral("AND")
                 : kind == Kind::Or ? QStringLiteral("OR")
                                    : QStringLiteral("NOT"));
    for (const QueryNode& child : children)
        parts.append(child.toString());
    return QLatin1Char('(') + parts.join(QLatin1Char(' ')) + QLatin1Char(')');
}

} // namespace ws
