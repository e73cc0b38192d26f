#pragma once

#include <QString>
#include <optional>

namespace ws {

// How a quoted passage was found in a story's text, best first.
enum class AnchorStatus
{
    Exact,      // at the stored offsets
    Moved,      // the same text elsewhere (nearest occurrence to the stored offsets)
    Normalized, // the same words with other whitespace, case, quotes or dashes
    Fuzzy,      // a window close enough to the quote (small edits inside it)
    Detached,   // not found: the note keeps its quote and waits
};

QString anchorStatusName(AnchorStatus status); // exact, moved, normalized, fuzzy, detached
std::optional<AnchorStatus> anchorStatusFromName(const QString& name);

struct AnchorMatch
{
    AnchorStatus status = AnchorStatus::Detached;
    int start = -1; // UTF-16 offsets into the story text, end exclusive; -1 when detached
    int end = -1;
    double similarity = 0; // 1 for exact and normalized matches, the edit ratio for fuzzy ones

    bool isFound() const { return status != AnchorStatus::Detached; }
};

// Finds a note's quote again in a story's text (Extraction::textOf(title, body)), trying in turn:
// the stored offsets, the nearest exact occurrence, a whitespace/case/punctuation-folded match, and
// the closest window by edit distance (kept when at least `fuzzyThreshold` of the quote survives).
class NoteAnchor
{
public:
    static constexpr double fuzzyThreshold = 0.75;
    // Shorter quotes must match exactly or folded: a few characters fuzzily match almost anything.
    static constexpr int minFuzzyLength = 12;
    // Longer quotes are not searched fuzzily (the cost grows with quote x story length).
    static constexpr int maxFuzzyLength = 5000;

    // `oldStart` < 0 when there are no stored offsets (a quote typed on the command line).
    static AnchorMatch locate(const QString& text, const QString& quote, int oldStart = -1);

private:
    static AnchorMatch exact(const QString& text, const QString& quote, int oldStart);
    static AnchorMatch folded(const QString& text, const QString& quote, int oldStart);
    static AnchorMatch fuzzy(const QString& text, const QString& quote, int oldStart);
};

} // namespace ws
