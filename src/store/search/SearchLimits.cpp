#include "search/SearchLimits.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace ws {

int estimateTotal(const Database& db, int counted, qint64 oldestRowid)
{
    Statement bounds = db.prepare(
        QStringLiteral("SELECT (SELECT min(rowid) FROM stories), (SELECT max(rowid) FROM stories)"));
    if (!bounds.step() || counted <= 0)
        return counted;
    const qint64 first = bounds.int64(0);
    const qint64 last = bounds.int64(1);
    const double walked = double(std::max<qint64>(1, last - oldestRowid + 1));
    const double estimate = double(counted) * double(std::max<qint64>(1, last - first + 1)) / walked;
    // Two significant digits: more would claim a precision the estimate does not have.
    const double scale = std::pow(10.0, std::max(0.0, std::floor(std::log10(estimate)) - 1));
    const double rounded = std::round(estimate / scale) * scale;
    return int(std::min<double>(std::max<double>(rounded, counted), double(INT_MAX)));
}

} // namespace ws
