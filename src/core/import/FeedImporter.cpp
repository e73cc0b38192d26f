#include "import/FeedImporter.h"

#include "import/TitleDeriver.h"
#include "text/DateParser.h"
#include "text/HtmlScanner.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace ws {

namespace {

// The text of one item while it is read: element local name -> text, first one wins.
struct Item
{
    QHash<QString, QString> fields;
    QString link;
    QStringList categories;
    QStringList authors;
    int lineStart = 0;

    void set(const QString& key, const QString& value)
    {
        if (!value.trimmed().isEmpty() && !fields.contains(key))
            fields.insert(key, value.trimmed());
    }
    QString first(std::initializer_list<const char*> keys) const
    {
        for (const char* key : keys) {
            const QString value = fields.value(QString::fromLatin1(key));
            if (!value.isEmpty())
                return value;
        }
        return {};
    }
};

QString toText(const QString& value)
{
    static const QRegularExpression markup(QStringLiteral("<[a-zA-Z/!]"));
    return value.contains(markup) || value.contains(u'&') ? HtmlScanner::toPlainText(value)
                                                          : value.simplified();
}

} // namespace

int FeedImporter::sniff(QStringView head, const QString& fileName) const
{
    Q_UNUSED(fileName);
    const QStringView start = head.left(4096);
    static const QRegularExpression root(QStringLiteral(R"(<(?:rss[\s>]|feed[\s>]|rdf:RDF[\s>]))"));
    if (!root.match(start).hasMatch())
        return 0;
    const QStringView trimmed = head.trimmed();
    return trimmed.startsWith(u"<?xml") || trimmed.startsWith(u"<rss") || trimmed.startsWith(u"<feed") ? 95
                                                                                                       : 70;
}

void FeedImporter::parse(TextInput& input)
{
    const QString text = input.readAll();
    QXmlStreamReader xml(text);
    QString feedTitle;
    Item item;
    bool inItem = false;
    int itemDepth = 0;
    int depth = 0;
    int stories = 0;

    auto finishItem = [&](int lineEnd) {
        Story story;
        story.title = toText(item.first({"title"}));
        story.body = toText(item.first({"encoded", "content", "description", "summary"}));
        if (story.title.isEmpty() && story.body.isEmpty()) {
            input.warning(item.lineStart, QStringLiteral("feed item has no title or text; skipped"));
            return;
        }
        if (story.title.isEmpty())
            story.title = TitleDeriver::derive(story.body);
        const QString date = item.first({"pubDate", "date", "published", "issued", "updated", "modified"});
        story.date = DateParser::toIso(date);
        if (!date.isEmpty() && story.date.isEmpty())
            input.warning(item.lineStart,
                          QStringLiteral("date \"%1\" could not be read; left empty").arg(date.left(60)));
        story.author = item.authors.join(QStringLiteral(", "));
        story.topics = item.categories;
        story.source.path = input.path();
        story.source.lineStart = item.lineStart;
        story.source.lineEnd = lineEnd;
        story.source.url = item.link.isEmpty() ? item.first({"guid", "id"}) : item.link;
        if (!story.source.url.startsWith(QLatin1String("http")))
            story.source.url = item.link;
        story.source.feed = feedTitle;
        story.id = Story::makeId(story.title, story.body, story.date);
        ++stories;
        input.addStory(std::move(story));
    };

    while (!xml.atEnd() && !input.isCancelled()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QString name = xml.name().toString();
            if (!inItem && (name == QLatin1String("item") || name == QLatin1String("entry"))) {
                inItem = true;
                itemDepth = depth;
                item = Item();
                item.lineStart = int(xml.lineNumber());
                continue;
            }
            if (!inItem) {
                if (name == QLatin1String("title") && feedTitle.isEmpty()) {
                    feedTitle = toText(xml.readElementText(QXmlStreamReader::IncludeChildElements));
                    --depth;
                }
                continue;
            }
            if (name == QLatin1String("link")) {
                // Atom: <link rel="alternate" href=".."/>; RSS: <link>url</link>.
                const QString href = xml.attributes().value(QLatin1String("href")).toString();
                const QString rel = xml.attributes().value(QLatin1String("rel")).toString();
                if (!href.isEmpty()) {
                    if (item.link.isEmpty() && (rel.isEmpty() || rel == QLatin1String("alternate")))
                        item.link = href;
                } else {
                    const QString url = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                    --depth;
                    if (item.link.isEmpty())
                        item.link = url;
                }
                continue;
            }
            if (name == QLatin1String("category")) {
                const QString term = xml.attributes().value(QLatin1String("term")).toString();
                const QString value =
                    term.isEmpty() ? xml.readElementText(QXmlStreamReader::IncludeChildElements) : term;
                if (term.isEmpty())
                    --depth;
                if (!value.trimmed().isEmpty())
                    item.categories.append(value.trimmed());
                continue;
            }
            if (name == QLatin1String("author") || name == QLatin1String("creator")) {
                // Atom <author><name>..</name></author>; RSS <author>mail (Name)</author>; dc:creator.
                QString value = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                --depth;
                static const QRegularExpression mailName(QStringLiteral(R"(^\S+@\S+\s*\((.+)\)$)"));
                const auto m = mailName.match(value);
                if (m.hasMatch())
                    value = m.captured(1);
                if (!value.isEmpty() && !item.authors.contains(value))
                    item.authors.append(value);
                continue;
            }
            if (depth == itemDepth + 1) {
                // content, description, summary, title, pubDate ...: HTML kept as text to be stripped.
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
                Q_UNUSED(type);
                item.set(name, value);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (inItem && depth == itemDepth) {
                inItem = false;
                finishItem(int(xml.lineNumber()));
            }
            --depth;
        }
    }
    if (xml.hasError() && !input.isCancelled()) {
        const bool truncated = xml.error() == QXmlStreamReader::PrematureEndOfDocumentError;
        QString message = QStringLiteral("%1 at column %2: %3")
                              .arg(truncated ? QStringLiteral("truncated XML") : QStringLiteral("XML error"))
                              .arg(xml.columnNumber())
                              .arg(xml.errorString());
        message += stories > 0 ? QStringLiteral("; the %1 item%2 before it %3 imported")
                                     .arg(stories)
                                     .arg(stories == 1 ? "" : "s")
                                     .arg(stories == 1 ? "was" : "were")
                               : QStringLiteral("; no items imported");
        input.error(int(xml.lineNumber()), message);
    }
}

} // namespace ws
