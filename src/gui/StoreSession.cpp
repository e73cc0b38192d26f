#include "StoreSession.h"

#include "Store.h"
#include "db/Statement.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace ws {

namespace {

// Store::open on a worker thread, the GUI thread waiting in an event loop that paints but takes no
// user input. The connection is used on the GUI thread only afterwards, never from two at once.
std::unique_ptr<Database> openOffThread(const QString& path)
{
    std::unique_ptr<Database> db;
    std::optional<DbError> error;
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&db, &error, path] {
        try {
            db = std::make_unique<Database>(Store::open(path));
        } catch (const DbError& failure) {
            error = failure;
        }
    }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    watcher.waitForFinished();
    if (error)
        throw *error;
    return db;
}

} // namespace

StoreSession::StoreSession(QObject* parent) : QObject(parent) {}

StoreSession::~StoreSession() = default;

void StoreSession::open(const QString& path)
{
    std::unique_ptr<Database> db;
    if (Store::needsUpgrade(path)) {
        emit upgradeStarted(path);
        try {
            db = openOffThread(path);
        } catch (...) {
            emit upgradeFinished();
            throw;
        }
        emit upgradeFinished();
    } else {
        db = std::make_unique<Database>(Store::open(path));
    }
    m_db = std::move(db);
    emit opened();
}

void StoreSession::close()
{
    if (!m_db)
        return;
    m_db.reset();
    emit opened();
}

qint64 StoreSession::storyCount() const
{
    if (!m_db)
        return 0;
    Statement statement = m_db->prepare(QStringLiteral("SELECT count(*) FROM stories"));
    return statement.step() ? statement.int64(0) : 0;
}

bool StoreSession::hasStories() const
{
    if (!m_db)
        return false;
    Statement statement = m_db->prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM stories)"));
    return statement.step() && statement.integer(0) != 0;
}

void StoreSession::notifyDataChanged()
{
    emit dataChanged();
}

} // namespace ws
