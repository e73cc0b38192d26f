#include "notes/ApproximateMatch.h"

#include <QList>
#include <cstdlib>

namespace ws {

ApproximateMatch::Window ApproximateMatch::best(QStringView pattern, QStringView text, int preferredStart)
{
    const int m = int(pattern.size());
    const int n = int(text.size());
    if (m == 0 || n == 0)
        return {};
    // Row i holds, for every text position j, the cost of aligning pattern[0, i) so that it ends at j,
    // and where in the text that alignment started.
    QList<int> previous(n + 1), current(n + 1), previousStart(n + 1), currentStart(n + 1);
    for (int j = 0; j <= n; ++j) {
        previous[j] = 0;
        previousStart[j] = j;
    }
    for (int i = 1; i <= m; ++i) {
        current[0] = i;
        currentStart[0] = 0;
        const QChar p = pattern[i - 1];
        for (int j = 1; j <= n; ++j) {
            int cost = previous[j - 1] + (p == text[j - 1] ? 0 : 1);
            int start = previousStart[j - 1];
            if (previous[j] + 1 < cost) { // pattern character missing from the text
                cost = previous[j] + 1;
                start = previousStart[j];
            }
            if (current[j - 1] + 1 < cost) { // text character missing from the pattern
                cost = current[j - 1] + 1;
                start = currentStart[j - 1];
            }
            current[j] = cost;
            currentStart[j] = start;
        }
        previous.swap(current);
        previousStart.swap(currentStart);
    }
    Window window;
    for (int j = 1; j <= n; ++j) {
        const int distance = previous[j];
        const int start = previousStart[j];
        const bool better = window.distance < 0 || distance < window.distance ||
                            (distance == window.distance &&
                             std::abs(start - preferredStart) < std::abs(window.start - preferredStart));
        if (better && start < j)
            window = {start, j, distance};
    }
    return window;
}

} // namespace ws
