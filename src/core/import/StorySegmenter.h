#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ws {

// Why the segmenter did or did not start a story at a paragraph.
struct BoundaryScore
{
    int paragraph = 0;
    double score = 0;
    bool boundary = false;
    QStringList reasons; // "kicker +3", "previous paragraph breaks off +2", ...
};

// Finds story boundaries in a run of paragraphs (one per line, no blank lines between stories).
// Each paragraph gets a score from signals that hold for news writing in general, and a story starts
// where the score reaches `threshold`:
//   +3   a kicker label in capitals ("INDUSTRY LEADER: ...") or a dateline ("TAIPEI, Jan 10 (X) -")
//   +2   the previous paragraph breaks off without closing punctuation (a truncated teaser)
//   +1.5 for each entity introduced again in full form ("X Corp", "Name (中文)", "(ABBR)") that the
//        current story already introduced (at most +3)
//   +1.5 a headline-like short line after a closed paragraph
//   +2.5 it opens by introducing a company in full form with its gloss ("Huawei Technologies Co (華為)
//        on Monday ..."),
//        the way a story's first paragraph does
//   +1   no capitalised name shared with the story so far and little vocabulary shared with the
//        previous paragraph
//   +1   little vocabulary shared with the story so far
//   -2   the paragraph opens with a pronoun or connective (It, He, They, However, ...)
//   -1   it opens with "The" and a common noun ("The company said")
// Captions ("Photo: AFP") never start a story; they stay with the paragraph before. docs/IMPORT.md
// describes the rules.
class StorySegmenter
{
public:
    static constexpr double threshold = 2.5;

    // Indices of the paragraphs that start a story; the first is always 0 (for a non-empty input).
    QList<int> segment(const QStringList& paragraphs) const;
    // The score of every paragraph with its reasons.
    QList<BoundaryScore> explain(const QStringList& paragraphs) const;

    static bool isCaption(QStringView paragraph);
    // Ends with sentence punctuation, possibly followed by closing quotes or brackets.
    static bool endsClosed(QStringView paragraph);

private:
    struct Features
    {
        bool caption = false;
        bool kicker = false;
        bool dateline = false;
        bool headline = false;
        bool opensWithGloss = false; // starts by introducing a name with its gloss: "Name Co (中文) ..."
        bool closed = true;
        int words = 0;
        int opening = 0;              // 2 pronoun/connective, 1 "The" + common noun, 0 none
        QSet<QString> fullForms;      // "nvidia corp"
        QList<QSet<QString>> glosses; // keys of each parenthesised gloss ({"tsmc", "台積電"})
        QSet<QString> vocabulary;
        QSet<QString> names; // capitalised words (not the first) and Han runs
    };
    static Features featuresOf(const QString& paragraph);
};

} // namespace ws
