#include "notes/NoteAnchor.h"

#include "notes/ApproximateMatch.h"
#include "notes/FoldedText.h"

#include <QHash>
#include <QList>
#include <algorithm>
#include <cstdlib>

namespace ws {

namespace {

// The occurrence of `needle` in `haystack` nearest `preferred` (the first one when preferred < 0).
qsizetype nearestOccurrence(QStringView haystack, QStringView needle, qsizetype preferred)
{
    qsizetype best = -1;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        if (preferred < 0)
            return at;
        if (best < 0 || std::abs(at - preferred) < std::abs(best - preferred))
            best = at;
        if (at > preferred)
            break; // later occurrences are only farther
    }
    return best;
}

// Where in the text the quote probably starts: each short piece of the quote found in the text votes
// for the start it implies; nearby votes count together. Returns the strongest starts, best first.
QList<int> candidateStarts(const QString& text, const QString& quote, int preferredStart)
{
    const int m = int(quote.size());
    const int gram = std::clamp(m / 6, 4, 10);
    const int step = std::max(1, gram / 2);
    const int bin = std::max(8, m / 4);
    constexpr int maxHitsPerGram = 64; // a piece found everywhere says nothing
    QHash<int, int> votes;
    QHash<int, int> firstStart;
    for (int offset = 0; offset + gram <= m; offset += step) {
        const QStringView piece = QStringView(quote).mid(offset, gram);
        QList<int> hits;
        for (qsizetype at = text.indexOf(piece); at >= 0 && hits.size() <= maxHitsPerGram;
             at = text.indexOf(piece, at + 1))
            hits.append(int(at));
        if (hits.size() > maxHitsPerGram)
            continue;
        for (int at : hits) {
            const int start = at - offset;
            const int key = start >= 0 ? start / bin : -1 - (-start / bin);
            ++votes[key];
            firstStart.insert(key, start);
        }
    }
    QList<QPair<int, int>> ranked; // (votes, start)
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        ranked.append({it.value(), firstStart.value(it.key())});
    std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first > b.first;
        return std::abs(a.second - preferredStart) < std::abs(b.second - preferredStart);
    });
    QList<int> starts;
    for (int i = 0; i < ranked.size() && i < 4; ++i)
        starts.append(ranked[i].second);
    if (preferredStart >= 0)
        starts.append(preferredStart); // the text around the old place, even without a vote
    return starts;
}

} // namespace

QString anchorStatusName(AnchorStatus status)
{
    switch (status) {
    case AnchorStatus::Exact:
        return QStringLiteral("exact");
    case AnchorStatus::Moved:
        return QStringLiteral("moved");
    case AnchorStatus::Normalized:
        return QStringLiteral("normalized");
    case AnchorStatus::Fuzzy:
        return QStringLiteral("fuzzy");
    case AnchorStatus::Detached:
        return QStringLiteral("detached");
    }
    return {};
}

std::optional<AnchorStatus> anchorStatusFromName(const QString& name)
{
    for (AnchorStatus status : {AnchorStatus::Exact, AnchorStatus::Moved, AnchorStatus::Normalized,
                                AnchorStatus::Fuzzy, AnchorStatus::Detached}) {
        if (anchorStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

AnchorMatch NoteAnchor::locate(const QString& text, const QString& quote, int oldStart)
{
    if (quote.trimmed().isEmpty() || text.isEmpty())
        return {};
    if (AnchorMatch match = exact(text, quote, oldStart); match.isFound())
        return match;
    if (AnchorMatch match = folded(text, quote, oldStart); match.isFound())
        return match;
    return fuzzy(text, quote, oldStart);
}

AnchorMatch NoteAnchor::exact(const QString& text, const QString& quote, int oldStart)
{
    const int length = int(quote.size());
    if (oldStart >= 0 && oldStart + length <= text.size() && QStringView(text).mid(oldStart, length) == quote)
        return {AnchorStatus::Exact, oldStart, oldStart + length, 1.0};
    const qsizetype at = nearestOccurrence(text, quote, oldStart);
    if (at < 0)
        return {};
    return {AnchorStatus::Moved, int(at), int(at) + length, 1.0};
}

AnchorMatch NoteAnchor::folded(const QString& text, const QString& quote, int oldStart)
{
    const FoldedText foldedText(text);
    const FoldedText foldedQuote(quote, true);
    if (foldedQuote.size() == 0)
        return {};
    const int preferred = oldStart >= 0 ? foldedText.foldedPosition(oldStart) : -1;
    const qsizetype at = nearestOccurrence(foldedText.text(), foldedQuote.text(), preferred);
    if (at < 0)
        return {};
    const int from = int(at);
    const int to = from + foldedQuote.size();
    return {AnchorStatus::Normalized, foldedText.originalStart(from), foldedText.originalEnd(to), 1.0};
}

AnchorMatch NoteAnchor::fuzzy(const QString& text, const QString& quote, int oldStart)
{
    const FoldedText foldedQuote(quote, true);
    const int m = foldedQuote.size();
    if (m < minFuzzyLength || m > maxFuzzyLength)
        return {};
    const FoldedText foldedText(text);
    const QString& haystack = foldedText.text();
    const int preferred = oldStart >= 0 ? foldedText.foldedPosition(oldStart) : -1;
    const int slack = m / 2 + 16;
    AnchorMatch best;
    int bestDistance = -1;
    for (int start : candidateStarts(haystack, foldedQuote.text(), preferred)) {
        const int from = std::clamp(start - slack, 0, int(haystack.size()));
        const int to = std::clamp(start + m + slack, 0, int(haystack.size()));
        if (to <= from)
            continue;
        const auto window = ApproximateMatch::best(foldedQuote.text(),
                                                   QStringView(haystack).mid(from, to - from), start - from);
        if (!window.isValid() || (bestDistance >= 0 && window.distance >= bestDistance))
            continue;
        // Trim spaces the alignment took in at either edge.
        int a = from + window.start;
        int b = from + window.end;
        while (a < b && haystack.at(a) == QLatin1Char(' '))
            ++a;
        while (b > a && haystack.at(b - 1) == QLatin1Char(' '))
            --b;
        if (b <= a)
            continue;
        bestDistance = window.distance;
        best = {AnchorStatus::Fuzzy, foldedText.originalStart(a), foldedText.originalEnd(b),
                1.0 - double(window.distance) / double(m)};
    }
    if (bestDistance < 0 || best.similarity < fuzzyThreshold)
        return {};
    return best;
}

} // namespace ws
