#pragma once

#include "db/DbError.h"

#include <functional>
#include <stop_token>

namespace ws {

// How a caller follows a schema upgrade and stops it. The backup copy of the whole file comes first
// and takes seconds on a large corpus; it reports its progress and can be stopped. The schema steps
// after it run in transactions and are not stopped. Every callback runs on the upgrading thread; an
// empty control (the CLI, the tests) reports nothing and never stops.
struct UpgradeControl
{
    std::function<void(qint64 copied, qint64 total)> backupProgress;
    std::function<void()> stepsStarted; // the backup is whole: from here on the upgrade runs to its end
    std::stop_token stop;               // honoured until the backup is whole, not after
};

// Thrown instead of upgrading when `stop` was requested before the steps: the backup copy is removed
// and the database file left as it was. A DbError, so that whoever does not ask for a stop
// need not know of it.
class UpgradeCancelled : public DbError
{
public:
    using DbError::DbError;
};

} // namespace ws
