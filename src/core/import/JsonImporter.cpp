#include "import/JsonImporter.h"

#include "import/JsonFastParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace ws {

namespace {

// Walks JSON text without building it, to find where the records of an array start and end (so
// they carry line numbers, and the complete ones survive a truncated file).
class JsonScanner
{
public:
    explicit JsonScanner(const QString& text) : m_t(text) {}
    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_t.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_t[m_pos]; }
    void skipSpace()
    {
        while (!atEnd() && m_t[m_pos].isSpace())
            ++m_pos;
    }
    void step() { ++m_pos; }
    // Skips a string starting at the opening quote; false when the text ends inside it.
    bool skipString()
    {
        for (++m_pos; m_pos < m_t.size(); ++m_pos) {
            const QChar c = m_t[m_pos];
            if (c == u'\\')
                ++m_pos;
            else if (c == u'"') {
                ++m_pos;
                return true;
            }
        }
        return false;
    }
    QString readString()
    {
        const qsizetype start = m_pos + 1;
        if (!skipString())
            return {};
        return m_t.mid(start, m_pos - 1 - start);
    }
    // Skips any value; false when the text ends inside it.
    bool skipValue()
    {
        skipSpace();
        if (atEnd())
            return false;
        const QChar c = m_t[m_pos];
        if (c == u'"')
            return skipString();
        if (c == u'{' || c == u'[') {
            int depth = 0;
            while (m_pos < m_t.size()) {
                const QChar d = m_t[m_pos];
                if (d == u'"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                if (d == u'{' || d == u'[')
                    ++depth;
                else if (d == u'}' || d == u']') {
                    if (--depth == 0) {
                        ++m_pos;
                        return true;
                    }
                }
                ++m_pos;
            }
            return false;
        }
        while (m_pos < m_t.size() && m_t[m_pos] != u',' && m_t[m_pos] != u']' && m_t[m_pos] != u'}' &&
               !m_t[m_pos].isSpace())
            ++m_pos;
        return true;
    }
    // Finds the array of records: the root itself, or the value of `key` (or, with no key, the
    // first array of objects) in a root object. Leaves the position on the '['.
    bool findArray(const QString& key)
    {
        m_pos = 0;
        skipSpace();
        if (peek() == u'[')
            return true;
        if (peek() != u'{')
            return false;
        step();
        for (;;) {
            skipSpace();
            if (peek() != u'"')
                return false;
            const QString name = readString();
            skipSpace();
            if (peek() != u':')
                return false;
            step();
            skipSpace();
            if (peek() == u'[') {
                if (!key.isEmpty() && name == key)
                    return true;
                if (key.isEmpty()) {
                    const qsizetype save = m_pos;
                    step();
                    skipSpace();
                    const bool objects = peek() == u'{';
                    m_pos = save;
                    if (objects)
                        return true;
                }
            }
            if (!skipValue())
                return false;
            skipSpace();
            if (peek() != u',')
                return false;
            step();
        }
    }

private:
    const QString& m_t;
    qsizetype m_pos = 0;
};

// Counts lines forward through a text, for positions visited in increasing order.
class LineCounter
{
public:
    LineCounter(const QString& text, int firstLine) : m_t(text), m_line(firstLine) {}
    int lineAt(qsizetype pos)
    {
        for (; m_pos < pos && m_pos < m_t.size(); ++m_pos)
            m_line += (m_t[m_pos] == u'\n');
        return m_line;
    }

private:
    const QString& m_t;
    qsizetype m_pos = 0;
    int m_line;
};

int lineOfUtf8Offset(const QByteArray& utf8, qsizetype offset, int firstLine)
{
    return firstLine + int(utf8.left(offset).count('\n'));
}

QString valueText(const JsonNode& value)
{
    switch (value.type) {
    case JsonNode::Type::String:
        return value.text;
    case JsonNode::Type::Number:
        return QString::number(value.number, 'g', 15);
    case JsonNode::Type::Bool:
        return value.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case JsonNode::Type::Object:
        // {"name": "Reuters"}, {"#text": ...}, {"href": ...}
        for (const char16_t* key :
             {u"name", u"title", u"text", u"#text", u"value", u"href", u"url", u"label"}) {
            const JsonNode* member = value.member(key);
            if (member && member->isString())
                return member->text;
        }
        return {};
    default:
        return {};
    }
}

// What QJsonValue::toObject() gives for a value that is no object.
const JsonNode& emptyObject()
{
    static const JsonNode empty{JsonNode::Type::Object};
    return empty;
}

// The whole text as QJsonDocument reads it, as a tree; nothing for a scalar.
std::optional<JsonNode> nodeOf(const QJsonDocument& doc)
{
    if (doc.isObject())
        return JsonNode::fromQt(doc.object());
    if (doc.isArray())
        return JsonNode::fromQt(doc.array());
    return std::nullopt;
}

} // namespace

QString JsonImporter::wrapperKey(const JsonNode& object)
{
    static const QSet<QString> known = {"articles", "items", "stories",   "data", "results", "entries",
                                        "posts",    "news",  "documents", "docs", "records", "hits"};
    // A record has a title or text of its own; a wrapper does not.
    for (const JsonNode::Member& member : object.members) {
        if (!member.value.isString())
            continue;
        const auto field = RecordMapper::fieldOf(member.key);
        if (field == RecordMapper::Field::Title || field == RecordMapper::Field::Body)
            return {};
    }
    QString firstArray;
    for (const JsonNode::Member& member : object.members) {
        if (!member.value.isArray())
            continue;
        const std::vector<JsonNode>& array = member.value.items;
        if (!array.empty() && !array.front().isObject())
            continue;
        if (known.contains(member.key.toLower()))
            return member.key;
        if (firstArray.isEmpty())
            firstArray = member.key;
    }
    return firstArray;
}

int JsonImporter::sniff(QStringView head, const QString& fileName) const
{
    const QStringView text = head.trimmed();
    if (text.isEmpty())
        return 0;
    const bool jsonName = fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
                          fileName.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive) ||
                          fileName.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive);
    int score = 0;
    if (text.front() == u'[') {
        const QStringView rest = text.mid(1).trimmed();
        score = (!rest.isEmpty() && (rest.front() == u'{' || rest.front() == u']')) ? 90 : 60;
    } else if (text.front() == u'{') {
        const qsizetype nl = text.indexOf(u'\n');
        const QStringView first = nl < 0 ? text : text.left(nl);
        QJsonParseError error;
        QJsonDocument::fromJson(first.toUtf8(), &error);
        score = error.error == QJsonParseError::NoError ? 90 : 75;
    }
    return score > 0 && jsonName ? qMin(100, score + 5) : score;
}

void JsonImporter::parse(TextInput& input)
{
    m_badDates = 0;
    m_firstBadDate.clear();
    m_firstBadDateLine = 0;
    m_stories = 0;

    QString line;
    while (input.readLine(line) && line.trimmed().isEmpty()) {
    }
    if (line.trimmed().isEmpty())
        return;
    const int firstLine = input.lineNumber();
    const QString first = line.trimmed();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(first.toUtf8(), &error);
    if (first.startsWith(u'{') && error.error == QJsonParseError::NoError)
        parseLines(input, line, firstLine);
    else {
        if (input.sizeBytes() > input.limits().maxWholeFileBytes) {
            input.error(0, QStringLiteral("JSON document of %1 MB is larger than the %2 MB limit; "
                                          "split it or convert it to JSON Lines")
                               .arg(input.sizeBytes() / (1024 * 1024))
                               .arg(input.limits().maxWholeFileBytes / (1024 * 1024)));
            return;
        }
        parseDocument(input, line + QLatin1Char('\n') + input.readAll(), firstLine);
    }
    reportDates(input);
}

void JsonImporter::parseLines(TextInput& input, QString line, int lineNumber)
{
    for (;;) {
        if (input.isCancelled())
            return;
        const QString text = line.trimmed();
        if (!text.isEmpty()) {
            // The fast reader takes clean lines; QJsonDocument decides the rest and words the errors.
            QByteArray utf8;
            QJsonParseError error{0, QJsonParseError::NoError};
            std::optional<JsonNode> node = JsonFastParser::parse(text);
            if (!node) {
                utf8 = text.toUtf8();
                node = nodeOf(QJsonDocument::fromJson(utf8, &error));
            }
            if (error.error != QJsonParseError::NoError) {
                const bool cutOff = error.offset >= utf8.size() - 1 && !text.endsWith(u'}');
                if (cutOff)
                    input.error(lineNumber, QStringLiteral("truncated JSON: the record is cut off (%1); "
                                                           "line skipped")
                                                .arg(error.errorString()));
                else
                    input.error(lineNumber, QStringLiteral("invalid JSON at column %1: %2; line skipped")
                                                .arg(error.offset + 1)
                                                .arg(error.errorString()));
            } else if (node && node->isObject()) {
                const QString key = wrapperKey(*node);
                if (key.isEmpty()) {
                    addRecord(input, *node, lineNumber, lineNumber);
                } else {
                    for (const JsonNode& v : node->member(key)->items)
                        addRecord(input, v.isObject() ? v : emptyObject(), lineNumber, lineNumber);
                }
            } else if (node && node->isArray()) {
                for (const JsonNode& v : node->items) {
                    if (v.isObject())
                        addRecord(input, v, lineNumber, lineNumber);
                }
            }
        }
        if (!input.readLine(line))
            return;
        lineNumber = input.lineNumber();
    }
}

void JsonImporter::parseDocument(TextInput& input, const QString& text, int firstLine)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    QString arrayKey;
    if (error.error == QJsonParseError::NoError) {
        if (doc.isObject()) {
            const JsonNode object = JsonNode::fromQt(doc.object());
            arrayKey = wrapperKey(object);
            if (arrayKey.isEmpty()) {
                // One object: one record.
                const int lastLine = firstLine + int(text.trimmed().count(u'\n'));
                addRecord(input, object, firstLine, lastLine);
                return;
            }
        }
    }

    // Records of the array one by one, with their lines; complete records before a cut survive.
    JsonScanner scanner(text);
    LineCounter lines(text, firstLine);
    int recordsBeforeError = 0;
    bool closed = false;
    int cutLine = 0;
    if (scanner.findArray(arrayKey)) {
        const int arrayLine = lines.lineAt(scanner.pos());
        scanner.step();
        for (;;) {
            if (input.isCancelled())
                return;
            scanner.skipSpace();
            if (scanner.peek() == u']') {
                closed = true;
                break;
            }
            const qsizetype begin = scanner.pos();
            if (!scanner.skipValue()) {
                cutLine = lines.lineAt(begin);
                break;
            }
            const qsizetype end = scanner.pos();
            const int lineStart = lines.lineAt(begin);
            const int lineEnd = lines.lineAt(end - 1);
            QJsonParseError elementError{0, QJsonParseError::NoError};
            const bool object = text[begin] == u'{';
            std::optional<JsonNode> element;
            if (object) {
                const QStringView elementText = QStringView(text).mid(begin, end - begin);
                element = JsonFastParser::parse(elementText);
                if (!element)
                    element = nodeOf(QJsonDocument::fromJson(elementText.toUtf8(), &elementError));
            }
            if (!object) {
                input.warning(lineStart, QStringLiteral("array element is not an object; skipped"));
            } else if (elementError.error == QJsonParseError::NoError) {
                addRecord(input, element && element->isObject() ? *element : emptyObject(), lineStart,
                          lineEnd);
                ++recordsBeforeError;
            } else if (error.error == QJsonParseError::NoError) {
                input.error(
                    lineStart,
                    QStringLiteral("invalid JSON record: %1; skipped").arg(elementError.errorString()));
            }
            scanner.skipSpace();
            if (scanner.peek() == u',') {
                scanner.step();
                continue;
            }
            if (scanner.peek() == u']') {
                closed = true;
                break;
            }
            cutLine = lines.lineAt(scanner.pos());
            break;
        }
        Q_UNUSED(arrayLine);
    }
    if (error.error == QJsonParseError::NoError)
        return;

    const int errorLine = lineOfUtf8Offset(utf8, error.offset, firstLine);
    const bool truncated =
        error.offset >= utf8.trimmed().size() - 1 || (!closed && cutLine > 0 && scanner.atEnd());
    QString message = truncated
                          ? QStringLiteral("truncated JSON: the document ends before it is complete (%1)")
                                .arg(error.errorString())
                          : QStringLiteral("invalid JSON: %1").arg(error.errorString());
    if (recordsBeforeError > 0)
        message += QStringLiteral("; the %1 complete record%2 before it %3 imported")
                       .arg(recordsBeforeError)
                       .arg(recordsBeforeError == 1 ? "" : "s")
                       .arg(recordsBeforeError == 1 ? "was" : "were");
    else
        message += QStringLiteral("; nothing imported");
    input.error(truncated ? lineOfUtf8Offset(utf8, utf8.trimmed().size(), firstLine) : errorLine, message);
}

void JsonImporter::addRecord(TextInput& input, const JsonNode& object, int lineStart, int lineEnd)
{
    m_mapper.clear();
    for (const JsonNode::Member& member : object.members) {
        const JsonNode& value = member.value;
        if (value.isArray()) {
            QStringList items;
            items.reserve(qsizetype(value.items.size()));
            for (const JsonNode& v : value.items)
                items.append(valueText(v));
            m_mapper.add(member.key, items);
        } else if (value.type == JsonNode::Type::Number &&
                   RecordMapper::fieldOf(member.key) == RecordMapper::Field::Date &&
                   std::abs(value.number) < 9.0e18) {
            // A number within qint64 is an epoch; a larger one is no date and is reported as written.
            m_mapper.addEpoch(member.key, qint64(value.number));
        } else {
            m_mapper.add(member.key, valueText(value));
        }
    }
    QString badDate;
    std::optional<Story> story = m_mapper.story(&badDate);
    if (!story) {
        input.warning(lineStart, QStringLiteral("record has no title or text; skipped"));
        return;
    }
    if (!badDate.isEmpty() && m_badDates++ == 0) {
        m_firstBadDate = badDate;
        m_firstBadDateLine = lineStart;
    }
    story->source.path = input.path();
    story->source.lineStart = lineStart;
    story->source.lineEnd = lineEnd;
    ++m_stories;
    input.addStory(std::move(*story));
}

void JsonImporter::reportDates(TextInput& input)
{
    if (m_badDates == 0)
        return;
    input.warning(m_firstBadDateLine,
                  QStringLiteral("%1 date%2 could not be read (first: \"%3\"); left empty")
                      .arg(m_badDates)
                      .arg(m_badDates == 1 ? "" : "s")
                      .arg(m_firstBadDate.left(60)));
}

} // namespace ws
