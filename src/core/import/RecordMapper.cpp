#include "import/RecordMapper.h"

#include "import/TitleDeriver.h"
#include "text/DateParser.h"
#include "text/HtmlScanner.h"

#include <QRegularExpression>

namespace ws {

namespace {

struct Mapping
{
    RecordMapper::Field field;
    int rank;
};

const QHash<QString, Mapping>& mappings()
{
    using F = RecordMapper::Field;
    static const QHash<QString, Mapping> table = {
        {"title", {F::Title, 0}},
        {"headline", {F::Title, 1}},
        {"heading", {F::Title, 2}},
        {"name", {F::Title, 5}},
        {"body", {F::Body, 0}},
        {"text", {F::Body, 1}},
        {"content", {F::Body, 2}},
        {"article", {F::Body, 3}},
        {"articlebody", {F::Body, 3}},
        {"fulltext", {F::Body, 3}},
        {"maintext", {F::Body, 3}},
        {"story", {F::Body, 4}},
        {"description", {F::Body, 6}},
        {"summary", {F::Body, 7}},
        {"abstract", {F::Body, 8}},
        {"snippet", {F::Body, 9}},
        {"lead", {F::Body, 9}},
        {"date", {F::Date, 0}},
        {"published", {F::Date, 1}},
        {"publishedat", {F::Date, 1}},
        {"pubdate", {F::Date, 1}},
        {"publishdate", {F::Date, 1}},
        {"publicationdate", {F::Date, 1}},
        {"datepublished", {F::Date, 1}},
        {"publishedon", {F::Date, 1}},
        {"datetime", {F::Date, 2}},
        {"time", {F::Date, 3}},
        {"createdat", {F::Date, 4}},
        {"created", {F::Date, 4}},
        {"timestamp", {F::Date, 4}},
        {"updated", {F::Date, 6}},
        {"updatedat", {F::Date, 6}},
        {"modified", {F::Date, 7}},
        {"source", {F::Source, 0}},
        {"publisher", {F::Source, 1}},
        {"outlet", {F::Source, 2}},
        {"site", {F::Source, 3}},
        {"sitename", {F::Source, 3}},
        {"feed", {F::Source, 4}},
        {"publication", {F::Source, 4}},
        {"newspaper", {F::Source, 4}},
        {"url", {F::Url, 0}},
        {"link", {F::Url, 1}},
        {"href", {F::Url, 2}},
        {"permalink", {F::Url, 2}},
        {"sourceurl", {F::Url, 3}},
        {"uri", {F::Url, 4}},
        {"author", {F::Author, 0}},
        {"authors", {F::Author, 0}},
        {"byline", {F::Author, 1}},
        {"creator", {F::Author, 2}},
        {"writer", {F::Author, 3}},
        {"category", {F::Topics, 0}},
        {"categories", {F::Topics, 0}},
        {"topics", {F::Topics, 0}},
        {"topic", {F::Topics, 0}},
        {"tags", {F::Topics, 1}},
        {"keywords", {F::Topics, 2}},
        {"section", {F::Topics, 3}},
        {"subject", {F::Topics, 3}},
        {"places", {F::Places, 0}},
        {"place", {F::Places, 0}},
        {"countries", {F::Places, 1}},
    };
    return table;
}

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;|]")), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

} // namespace

QString RecordMapper::normalizeKey(const QString& key)
{
    QString out;
    out.reserve(key.size());
    for (QChar c : key) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

RecordMapper::Field RecordMapper::fieldOf(const QString& key)
{
    const auto it = mappings().constFind(normalizeKey(key));
    return it == mappings().constEnd() ? Field::None : it->field;
}

void RecordMapper::clear()
{
    m_values.clear();
}

bool RecordMapper::offer(const QString& key, Field* field, int* rank)
{
    const auto it = mappings().constFind(normalizeKey(key));
    if (it == mappings().constEnd())
        return false;
    *field = it->field;
    *rank = it->rank;
    const auto existing = m_values.constFind(int(it->field));
    return existing == m_values.constEnd() || existing->rank > it->rank;
}

void RecordMapper::add(const QString& key, const QString& value)
{
    Field field;
    int rank;
    const QString v = value.trimmed();
    if (v.isEmpty() || !offer(key, &field, &rank))
        return;
    Value& slot = m_values[int(field)];
    slot.rank = rank;
    slot.text = v;
    slot.list = (field == Field::Topics || field == Field::Places) ? splitList(v) : QStringList{};
}

void RecordMapper::add(const QString& key, const QStringList& values)
{
    Field field;
    int rank;
    QStringList list;
    for (const QString& v : values) {
        if (!v.trimmed().isEmpty())
            list.append(v.trimmed());
    }
    if (list.isEmpty() || !offer(key, &field, &rank))
        return;
    Value& slot = m_values[int(field)];
    slot.rank = rank;
    slot.text = list.join(QStringLiteral(", "));
    slot.list = list;
}

void RecordMapper::addEpoch(const QString& key, qint64 value)
{
    if (fieldOf(key) == Field::Date)
        add(key, DateParser::fromEpoch(value));
}

std::optional<Story> RecordMapper::story(QString* badDate) const
{
    auto text = [&](Field f) { return m_values.value(int(f)).text; };
    Story story;
    story.title = text(Field::Title).simplified();
    story.body = text(Field::Body);
    if (story.title.isEmpty() && story.body.isEmpty())
        return std::nullopt;
    const QString date = text(Field::Date);
    static const QRegularExpression epoch(QStringLiteral("^\\d{10}(?:\\d{3})?$"));
    static const QRegularExpression markup(QStringLiteral("</?(?:p|br|div|span|a|em|strong|b|i)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    // Most bodies are plain text: the expression only runs where a tag may be.
    if (story.body.contains(QLatin1Char('<')) && story.body.contains(markup))
        story.body = HtmlScanner::toPlainText(story.body);
    if (!date.isEmpty()) {
        story.date =
            epoch.match(date).hasMatch() ? DateParser::fromEpoch(date.toLongLong()) : DateParser::toIso(date);
        if (story.date.isEmpty() && badDate)
            *badDate = date;
    }
    if (story.title.isEmpty())
        story.title = TitleDeriver::derive(story.body);
    story.author = text(Field::Author);
    story.source.url = text(Field::Url);
    story.source.feed = text(Field::Source);
    story.topics = m_values.value(int(Field::Topics)).list;
    story.places = m_values.value(int(Field::Places)).list;
    story.id = Story::makeId(story.title, story.body, story.date);
    return story;
}

} // namespace ws
