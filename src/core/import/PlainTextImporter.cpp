#include "import/PlainTextImporter.h"

#include "import/TitleDeriver.h"

#include <QRegularExpression>

namespace ws {

namespace {

// A block of paragraphs too big to be stories of a news file is cut here rather than held.
constexpr int maxBlockParagraphs = 5000;
// Lines looked at before deciding whether single blank lines separate stories or paragraphs.
constexpr int lookaheadLines = 4000;

bool isBlank(const QString& line)
{
    for (QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool isRule(const QString& line)
{
    static const QRegularExpression rule(QStringLiteral(R"(^\s*(?:[-*=_#~]\s*){3,}$)"));
    return rule.match(line).hasMatch();
}

} // namespace

int PlainTextImporter::sniff(QStringView head, const QString& fileName) const
{
    Q_UNUSED(fileName);
    // The fallback for anything that decodes as text; other formats claim their files first.
    return head.trimmed().isEmpty() ? 0 : 10;
}

void PlainTextImporter::parse(TextInput& input)
{
    m_block.clear();
    m_heldHeadline.reset();
    m_pending.reset();

    // Look ahead: if stories are set off by two blank lines while single blank lines also occur
    // between text, single blank lines are paragraph breaks inside a story.
    QList<Line> lookahead;
    QString text;
    int blankRun = 0;
    bool singleBlanks = false;
    bool doubleBlanks = false;
    bool seenText = false;
    while (lookahead.size() < lookaheadLines && input.readLine(text)) {
        if (isBlank(text)) {
            ++blankRun;
        } else {
            if (seenText && blankRun == 1)
                singleBlanks = true;
            if (seenText && blankRun >= 2)
                doubleBlanks = true;
            blankRun = 0;
            seenText = true;
        }
        lookahead.append({text, input.lineNumber()});
    }
    const bool paragraphBlanks = singleBlanks && doubleBlanks;

    blankRun = 0;
    auto feed = [&](const Line& line) {
        if (isRule(line.text)) {
            flushBlock(input);
            blankRun = 0;
            return;
        }
        if (isBlank(line.text)) {
            ++blankRun;
            if (!paragraphBlanks || blankRun >= 2)
                flushBlock(input);
            return;
        }
        blankRun = 0;
        m_block.append(line);
        if (m_block.size() >= maxBlockParagraphs)
            flushBlock(input);
    };
    for (const Line& line : std::as_const(lookahead)) {
        if (input.isCancelled())
            return;
        feed(line);
    }
    lookahead.clear();
    while (!input.isCancelled() && input.readLine(text))
        feed({text, input.lineNumber()});
    if (input.isCancelled())
        return;
    flushBlock(input);
    if (m_heldHeadline)
        emitStory(input, {*m_heldHeadline});
    m_heldHeadline.reset();
    emitPending(input);
}

void PlainTextImporter::flushBlock(TextInput& input)
{
    if (m_block.isEmpty())
        return;
    QList<Line> block = std::move(m_block);
    m_block.clear();

    // A caption alone on its block belongs to the story before it.
    bool allCaptions = true;
    for (const Line& line : block)
        allCaptions = allCaptions && StorySegmenter::isCaption(line.text);
    if (allCaptions && m_pending && !m_heldHeadline) {
        for (const Line& line : block)
            m_pending->body += QLatin1Char('\n') + line.text.trimmed();
        m_pending->source.lineEnd = block.back().number;
        m_pending->id = Story::makeId(m_pending->title, m_pending->body, m_pending->date);
        return;
    }
    // A headline alone on its block ("Headline", blank line, story) joins the next block.
    if (block.size() == 1 && !m_heldHeadline && TitleDeriver::looksLikeHeadline(block.front().text)) {
        m_heldHeadline = block.front();
        return;
    }
    if (m_heldHeadline) {
        block.prepend(*m_heldHeadline);
        m_heldHeadline.reset();
    }

    QStringList paragraphs;
    paragraphs.reserve(block.size());
    for (const Line& line : block)
        paragraphs.append(line.text);
    QList<int> starts = block.size() > 1 ? m_segmenter.segment(paragraphs) : QList<int>{0};
    // A headline line is the title of the paragraphs after it, not a story of its own: its missing
    // full stop is not a truncated teaser, and the dateline after it re-introduces names by design.
    if (starts.size() > 1 && starts[1] == 1 && TitleDeriver::looksLikeHeadline(paragraphs.front()))
        starts.removeAt(1);
    for (int s = 0; s < starts.size(); ++s) {
        const int from = starts[s];
        const int to = s + 1 < starts.size() ? starts[s + 1] : int(block.size());
        emitStory(input, block.mid(from, to - from));
    }
}

void PlainTextImporter::emitStory(TextInput& input, const QList<Line>& paragraphs)
{
    emitPending(input);
    Story story;
    QStringList body;
    int first = 0;
    const QString lead = paragraphs.front().text.trimmed();
    if (paragraphs.size() > 1 && TitleDeriver::looksLikeHeadline(lead)) {
        story.title = lead;
        first = 1;
    } else {
        story.title = TitleDeriver::derive(lead);
    }
    for (int i = first; i < paragraphs.size(); ++i)
        body.append(paragraphs[i].text.trimmed());
    story.body = body.join(QLatin1Char('\n'));
    story.source.path = input.path();
    story.source.lineStart = paragraphs.front().number;
    story.source.lineEnd = paragraphs.back().number;
    story.id = Story::makeId(story.title, story.body, story.date);
    m_pending = std::move(story);
}

void PlainTextImporter::emitPending(TextInput& input)
{
    if (m_pending)
        input.addStory(std::move(*m_pending));
    m_pending.reset();
}

} // namespace ws
