#pragma once

#include "import/Importer.h"
#include "import/StorySegmenter.h"

#include <optional>

namespace ws {

// Plain text: stories separated by blank lines (or, where a file also uses single blank lines
// between paragraphs, by two or more blank lines or a rule line such as "---"). A block of several
// paragraphs is cut into stories by StorySegmenter. The title is the first line when it looks like
// a headline, else it is derived (TitleDeriver). Streams: memory does not grow with the file.
class PlainTextImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("plain text"); }
    int sniff(QStringView head, const QString& fileName) const override;
    bool readsWholeFile() const override { return false; }
    void parse(TextInput& input) override;

private:
    struct Line
    {
        QString text;
        int number = 0;
    };
    void flushBlock(TextInput& input);
    void emitStory(TextInput& input, const QList<Line>& paragraphs);
    void emitPending(TextInput& input);

    StorySegmenter m_segmenter;
    QList<Line> m_block;
    std::optional<Line> m_heldHeadline; // a headline alone on its block joins the next block
    std::optional<Story> m_pending;     // held back so that a caption block can still join it
};

} // namespace ws
