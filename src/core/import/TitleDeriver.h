#pragma once

#include <QString>
#include <QStringView>

namespace ws {

// Titles for stories that do not come with one, and the headline/kicker tests the plain-text
// importer and the segmenter share.
class TitleDeriver
{
public:
    static constexpr int maxTitleLength = 110;

    // A short line without closing sentence punctuation, as headlines are written.
    static bool looksLikeHeadline(QStringView line);
    // The kicker label a paragraph starts with ("INDUSTRY LEADER" for "INDUSTRY LEADER: TSMC
    // aims..."), or empty. `length` gets the length of the label with its colon and spaces.
    static QString kickerLabel(QStringView paragraph, int* length = nullptr);
    // The first sentence, aware of abbreviations ("Jan.", "Corp.") and initials ("C.C. Wei").
    static QString firstSentence(QStringView text);
    // "LABEL: first sentence of the rest" for a kicker, else the first sentence; trimmed.
    static QString derive(QStringView text);
    // Cut at a word boundary before `max` characters, with an ellipsis.
    static QString trim(QStringView text, int max = maxTitleLength);
};

} // namespace ws
