#include "import/ReutersImporter.h"

#include "import/TitleDeriver.h"
#include "text/DateParser.h"
#include "text/HtmlEntities.h"

#include <QRegularExpression>

namespace ws {

namespace {

// The content of the first <tag ...>...</tag> in `text`, or a null string.
QStringView element(QStringView text, QLatin1String tag)
{
    const QString open = QLatin1Char('<') + tag;
    qsizetype start = text.indexOf(open);
    while (start >= 0) {
        const qsizetype after = start + open.size();
        if (after < text.size() && (text[after] == u'>' || text[after] == u' '))
            break;
        start = text.indexOf(open, after);
    }
    if (start < 0)
        return {};
    const qsizetype contentStart = text.indexOf(u'>', start);
    if (contentStart < 0)
        return {};
    const QString close = QStringLiteral("</") + tag + QLatin1Char('>');
    const qsizetype end = text.indexOf(close, contentStart + 1);
    if (end < 0)
        return {};
    return text.mid(contentStart + 1, end - contentStart - 1);
}

// The <D>..</D> values of a category list.
QStringList values(QStringView list)
{
    QStringList out;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype start = list.indexOf(u"<D>", pos);
        if (start < 0)
            break;
        const qsizetype end = list.indexOf(u"</D>", start + 3);
        if (end < 0)
            break;
        const QString value = HtmlEntities::decode(list.mid(start + 3, end - start - 3)).trimmed();
        if (!value.isEmpty())
            out.append(value);
        pos = end + 4;
    }
    return out;
}

// Body text: entities decoded, wire codes dropped, the closing "Reuter" signature removed,
// paragraph indents kept as line breaks.
QString cleanBody(QStringView raw)
{
    QString text = HtmlEntities::decode(raw);
    static const QRegularExpression signature(QStringLiteral(R"(\s*\bREUTER\s*$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    text.remove(signature);
    QStringList lines = text.split(u'\n');
    for (QString& line : lines)
        line = line.trimmed();
    while (!lines.isEmpty() && lines.front().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

} // namespace

int ReutersImporter::sniff(QStringView head, const QString& fileName) const
{
    Q_UNUSED(fileName);
    const QStringView start = head.left(8192);
    static const QRegularExpression record(QStringLiteral(R"(^<REUTERS\b[^>\n]*\bNEWID=)"),
                                           QRegularExpression::MultilineOption);
    static const QRegularExpression doctype(QStringLiteral(R"(^<!DOCTYPE\s+lewis\b)"),
                                            QRegularExpression::MultilineOption);
    if (record.match(start).hasMatch())
        return 100;
    if (doctype.match(start).hasMatch())
        return 95;
    return 0;
}

Story ReutersImporter::parseRecord(const QString& record, QString* problem)
{
    Story story;
    const QString date = HtmlEntities::decode(element(record, QLatin1String("DATE"))).simplified();
    // The archive's dates are "26-FEB-1987 15:01:01.79", some followed by wire codes.
    static const QRegularExpression datePattern(
        QStringLiteral(R"(^\d{1,2}-[A-Za-z]{3}-\d{4}\s+\d{1,2}:\d{2}:\d{2}(?:\.\d+)?)"));
    const auto m = datePattern.match(date);
    story.date = DateParser::toIso(m.hasMatch() ? m.captured(0) : date);
    if (story.date.isEmpty()) {
        // A few records have a garbled time ("605:12:19.12"); their day is still certain.
        static const QRegularExpression dayOnly(QStringLiteral(R"(^\d{1,2}-[A-Za-z]{3}-\d{4})"));
        const auto day = dayOnly.match(date);
        if (day.hasMatch())
            story.date = DateParser::toIso(day.captured(0));
        if (problem)
            *problem = story.date.isEmpty()
                           ? QStringLiteral("date \"%1\" could not be read").arg(date)
                           : QStringLiteral("time in \"%1\" could not be read; kept the day").arg(date);
    }
    story.topics = values(element(record, QLatin1String("TOPICS")));
    story.places = values(element(record, QLatin1String("PLACES")));

    const QStringView text = element(record, QLatin1String("TEXT"));
    story.title = HtmlEntities::decode(element(text, QLatin1String("TITLE"))).simplified();
    story.author = HtmlEntities::decode(element(text, QLatin1String("AUTHOR"))).simplified();
    static const QRegularExpression byline(QStringLiteral(R"(^by\s+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    story.author.remove(byline);
    const QString dateline = HtmlEntities::decode(element(text, QLatin1String("DATELINE"))).simplified();
    const QStringView body = element(text, QLatin1String("BODY"));
    if (!body.isNull()) {
        story.body = cleanBody(body);
        if (!dateline.isEmpty())
            story.body = dateline + QLatin1Char(' ') + story.body;
    } else {
        // TYPE="BRIEF" (a title only) or TYPE="UNPROC" (text without markup): the text outside tags.
        static const QRegularExpression tags(QStringLiteral(R"(<TITLE>.*?</TITLE>|<[^>]+>)"),
                                             QRegularExpression::DotMatchesEverythingOption);
        QString rest = text.toString();
        rest.remove(tags);
        story.body = cleanBody(rest);
        static const QRegularExpression stars(QStringLiteral(R"(^\*+\s*)"));
        story.body.remove(stars);
    }
    if (story.title.isEmpty()) {
        // The first line with words in it, without leading wire punctuation (". HEADLINES").
        static const QRegularExpression letters(QStringLiteral(R"(\p{L})"));
        for (const QString& line : story.body.split(u'\n')) {
            if (!line.contains(letters))
                continue;
            qsizetype start = 0;
            while (start < line.size() && !line[start].isLetterOrNumber())
                ++start;
            story.title = TitleDeriver::derive(QStringView(line).mid(start));
            break;
        }
    }
    story.source.feed = QStringLiteral("Reuters");
    story.id = Story::makeId(story.title, story.body, story.date);
    return story;
}

void ReutersImporter::parse(TextInput& input)
{
    QString line;
    QString record;
    int recordLine = 0;
    bool inRecord = false;
    int missingDates = 0;
    int firstMissingDateLine = 0;
    QString firstProblem;
    while (!input.isCancelled() && input.readLine(line)) {
        if (!inRecord) {
            if (!line.startsWith(QLatin1String("<REUTERS")))
                continue;
            inRecord = true;
            recordLine = input.lineNumber();
            record.clear();
        }
        record += line;
        record += u'\n';
        if (line.contains(QLatin1String("</REUTERS>"))) {
            inRecord = false;
            QString problem;
            Story story = parseRecord(record, &problem);
            if (!problem.isEmpty() && missingDates++ == 0) {
                firstMissingDateLine = recordLine;
                firstProblem = problem;
            }
            if (story.title.isEmpty() && story.body.isEmpty()) {
                // Still a record of the archive: kept, named by its NEWID so it is not merged.
                static const QRegularExpression newId(QStringLiteral(R"x(NEWID="(\d+)")x"));
                const QString id = newId.match(record).captured(1);
                story.title = QStringLiteral("Reuters-21578 record %1 (no text)").arg(id);
                story.id = Story::makeId(story.title, story.body, story.date);
                input.warning(recordLine, QStringLiteral("record NEWID=%1 has no text").arg(id));
            }
            story.source.path = input.path();
            story.source.lineStart = recordLine;
            story.source.lineEnd = input.lineNumber();
            input.addStory(std::move(story));
        }
    }
    if (inRecord && !input.isCancelled())
        input.error(recordLine, QStringLiteral("truncated record: <REUTERS> opened here is not closed"));
    if (missingDates > 0)
        input.warning(firstMissingDateLine, QStringLiteral("%1 record%2 with an unreadable date (first: %3)")
                                                .arg(missingDates)
                                                .arg(missingDates == 1 ? "" : "s")
                                                .arg(firstProblem));
}

} // namespace ws
