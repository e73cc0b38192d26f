#include "import/HtmlImporter.h"

#include "import/TitleDeriver.h"
#include "text/DateParser.h"
#include "text/HtmlScanner.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ws {

namespace {

struct Paragraph
{
    QString text;
    int container = 0; // id of the enclosing block container
    bool inArticle = false;
    bool inMain = false;
    int line = 0;
};

bool isDropped(const QString& name)
{
    static const QSet<QString> dropped = {"script", "style",    "nav",      "header", "footer", "aside",
                                          "form",   "noscript", "template", "svg",    "iframe", "button",
                                          "select", "textarea", "figure",   "menu",   "dialog"};
    return dropped.contains(name);
}

bool isParagraph(const QString& name)
{
    static const QSet<QString> paragraphs = {"p",  "h2", "h3",         "h4",  "h5",
                                             "h6", "li", "blockquote", "pre", "dd"};
    return paragraphs.contains(name);
}

bool isContainer(const QString& name)
{
    static const QSet<QString> containers = {"div", "section", "article", "main", "body", "td", "ul", "ol"};
    return containers.contains(name);
}

} // namespace

int HtmlImporter::sniff(QStringView head, const QString& fileName) const
{
    const QString start = head.left(4096).toString().toLower();
    int score = 0;
    if (start.contains(QLatin1String("<!doctype html")) || start.contains(QLatin1String("<html")))
        score = 90;
    else if (start.contains(QLatin1String("<head")) || start.contains(QLatin1String("<body")))
        score = 80;
    else if (start.contains(QLatin1String("<p>")) || start.contains(QLatin1String("<div")))
        score = 40;
    if (score > 0 && (fileName.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
                      fileName.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive)))
        score += 5;
    return qMin(score, 100);
}

void HtmlImporter::parse(TextInput& input)
{
    const QString html = input.readAll();
    HtmlScanner scanner(html);
    HtmlToken token;

    QHash<QString, QString> meta; // property/name/itemprop -> content
    QString titleTag;
    QString firstH1;
    QString timeDatetime;
    QString canonical;
    QList<Paragraph> paragraphs;

    QList<QString> stack;      // open elements
    QList<int> containerStack; // ids of open containers
    int nextContainer = 1;
    int dropDepth = 0; // > 0 inside dropped elements
    int articleDepth = 0;
    int mainDepth = 0;
    QString current; // paragraph being read
    int currentLine = 0;
    bool inParagraph = false;
    bool inTitle = false;
    bool inH1 = false;
    QString h1Text;

    auto closeParagraph = [&] {
        const QString text = current.simplified();
        if (inParagraph && !text.isEmpty())
            paragraphs.append({text, containerStack.isEmpty() ? 0 : containerStack.back(), articleDepth > 0,
                               mainDepth > 0, currentLine});
        current.clear();
        inParagraph = false;
    };
    auto popTo = [&](const QString& name) {
        // Close up to the matching open element (tolerating unclosed children).
        const qsizetype at = stack.lastIndexOf(name);
        if (at < 0)
            return;
        while (stack.size() > at) {
            const QString top = stack.takeLast();
            if (isDropped(top))
                dropDepth = qMax(0, dropDepth - 1);
            if (top == QLatin1String("article"))
                articleDepth = qMax(0, articleDepth - 1);
            if (top == QLatin1String("main"))
                mainDepth = qMax(0, mainDepth - 1);
            if (isContainer(top) && !containerStack.isEmpty())
                containerStack.removeLast();
            if (isParagraph(top))
                closeParagraph();
        }
    };

    while (scanner.next(token)) {
        if (input.isCancelled())
            return;
        if (token.kind == HtmlToken::Kind::StartTag) {
            const QString& name = token.name;
            if (name == QLatin1String("meta")) {
                QString key = token.attribute(QStringLiteral("property"));
                if (key.isEmpty())
                    key = token.attribute(QStringLiteral("name"));
                if (key.isEmpty())
                    key = token.attribute(QStringLiteral("itemprop"));
                const QString content = token.attribute(QStringLiteral("content"));
                if (!key.isEmpty() && !content.isEmpty() && !meta.contains(key.toLower()))
                    meta.insert(key.toLower(), content);
                continue;
            }
            if (name == QLatin1String("link") &&
                token.attribute(QStringLiteral("rel")) == QLatin1String("canonical")) {
                canonical = token.attribute(QStringLiteral("href"));
                continue;
            }
            if (name == QLatin1String("time") && timeDatetime.isEmpty())
                timeDatetime = token.attribute(QStringLiteral("datetime"));
            if (name == QLatin1String("title"))
                inTitle = true;
            if (name == QLatin1String("h1") && firstH1.isEmpty()) {
                inH1 = true;
                h1Text.clear();
            }
            if (name == QLatin1String("br")) {
                current += u' ';
                continue;
            }
            if (HtmlScanner::isVoidElement(name) || token.selfClosing)
                continue;
            // An open paragraph ends where another block starts (<p> is often left unclosed).
            if ((isParagraph(name) || isContainer(name)) && inParagraph && !stack.isEmpty() &&
                isParagraph(stack.back()))
                popTo(stack.back());
            stack.append(name);
            if (isDropped(name))
                ++dropDepth;
            if (name == QLatin1String("article"))
                ++articleDepth;
            if (name == QLatin1String("main"))
                ++mainDepth;
            if (isContainer(name))
                containerStack.append(nextContainer++);
            if (isParagraph(name) && dropDepth == 0) {
                current.clear();
                inParagraph = true;
                currentLine = token.line;
            }
        } else if (token.kind == HtmlToken::Kind::EndTag) {
            if (token.name == QLatin1String("title"))
                inTitle = false;
            if (token.name == QLatin1String("h1") && inH1) {
                inH1 = false;
                firstH1 = h1Text.simplified();
            }
            popTo(token.name);
        } else if (token.kind == HtmlToken::Kind::Text) {
            if (inTitle && titleTag.isEmpty() && stack.contains(QStringLiteral("title")))
                titleTag = token.text.simplified();
            if (inH1)
                h1Text += token.text;
            if (dropDepth == 0 && inParagraph)
                current += token.text;
        }
    }
    closeParagraph();

    // Main text: <article>, else <main>, else the container with the most paragraph text.
    QList<Paragraph> chosen;
    for (const Paragraph& p : paragraphs) {
        if (p.inArticle)
            chosen.append(p);
    }
    if (chosen.isEmpty()) {
        for (const Paragraph& p : paragraphs) {
            if (p.inMain)
                chosen.append(p);
        }
    }
    if (chosen.isEmpty()) {
        QHash<int, qsizetype> sizes;
        for (const Paragraph& p : paragraphs)
            sizes[p.container] += p.text.size();
        int best = -1;
        qsizetype bestSize = 0;
        for (auto it = sizes.begin(); it != sizes.end(); ++it) {
            if (it.value() > bestSize) {
                best = it.key();
                bestSize = it.value();
            }
        }
        for (const Paragraph& p : paragraphs) {
            if (p.container == best)
                chosen.append(p);
        }
    }

    Story story;
    story.title = meta.value(QStringLiteral("og:title"));
    if (story.title.isEmpty())
        story.title = firstH1;
    if (story.title.isEmpty())
        story.title = titleTag;
    story.title = story.title.simplified();
    QStringList body;
    for (const Paragraph& p : chosen) {
        if (p.text != story.title)
            body.append(p.text);
    }
    story.body = body.join(QStringLiteral("\n\n"));
    if (story.title.isEmpty() && story.body.isEmpty()) {
        input.error(0, QStringLiteral("HTML page has no title and no article text"));
        return;
    }
    if (story.body.isEmpty())
        input.warning(0, QStringLiteral("HTML page has a title but no article text"));
    if (story.title.isEmpty())
        story.title = TitleDeriver::derive(story.body);

    QString date;
    for (const char* key :
         {"article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "date",
          "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date"}) {
        date = meta.value(QString::fromLatin1(key));
        if (!date.isEmpty())
            break;
    }
    if (date.isEmpty())
        date = timeDatetime;
    story.date = DateParser::toIso(date);
    if (!date.isEmpty() && story.date.isEmpty())
        input.warning(0, QStringLiteral("date \"%1\" could not be read; left empty").arg(date.left(60)));
    story.author = meta.value(QStringLiteral("author"));
    if (story.author.isEmpty())
        story.author = meta.value(QStringLiteral("article:author"));
    story.source.path = input.path();
    if (!chosen.isEmpty()) {
        story.source.lineStart = chosen.front().line;
        story.source.lineEnd = chosen.back().line;
    }
    story.source.url = canonical.isEmpty() ? meta.value(QStringLiteral("og:url")) : canonical;
    story.source.feed = meta.value(QStringLiteral("og:site_name"));
    const QString section = meta.value(QStringLiteral("article:section"));
    if (!section.isEmpty())
        story.topics.append(section);
    story.id = Story::makeId(story.title, story.body, story.date);
    input.addStory(std::move(story));
}

} // namespace ws
