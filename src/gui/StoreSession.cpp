#include "StoreSession.h"

#include "Store.h"
#include "db/Statement.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace ws {

namespace {

// Store::open on a worker thread, the GUI thread waiting in an event loop that paints and takes input
// (the upgrade notice's Cancel; the notice is modal, so nothing else). The connection is used on the
// GUI thread only afterwards, never from two at once.
std::unique_ptr<Database> openOffThread(const QString& path, const UpgradeControl& control)
{
    std::unique_ptr<Database> db;
    std::exception_ptr error; // rethrown as it was: UpgradeCancelled stays itself
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&db, &error, &path, &control] {
        try {
            db = std::make_unique<Database>(Store::open(path, Database::Mode::ReadWrite, control));
        } catch (const DbError&) {
            error = std::current_exception();
        }
    }));
    if (!watcher.isFinished())
        loop.exec();
    watcher.waitForFinished();
    if (error)
        std::rethrow_exception(error);
    return db;
}

} // namespace

StoreSession::StoreSession(QObject* parent) : QObject(parent) {}

StoreSession::~StoreSession() = default;

void StoreSession::open(const QString& path)
{
    // The event loop of an upgrade takes input: nothing may start another one meanwhile.
    if (m_upgradeStop || m_repairing)
        throw DbError(tr("Another database is being upgraded; open %1 once that is done.").arg(path));
    std::unique_ptr<Database> db;
    if (Store::needsUpgrade(path))
        db = upgradeAndOpen(path);
    else if (Store::needsIndexRepair(path))
        db = repairAndOpen(path);
    else
        db = std::make_unique<Database>(Store::open(path));
    m_db = std::move(db);
    emit opened();
}

std::unique_ptr<Database> StoreSession::upgradeAndOpen(const QString& path)
{
    // The worker's reports become this object's signals on the GUI thread, in the order it made them.
    UpgradeControl control;
    control.backupProgress = [this](qint64 copied, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, copied, total] { emit backupProgress(copied, total); }, Qt::QueuedConnection);
    };
    control.stepsStarted = [this] {
        QMetaObject::invokeMethod(this, [this] { emit upgradeStepsStarted(); }, Qt::QueuedConnection);
    };
    m_upgradeStop.emplace();
    control.stop = m_upgradeStop->get_token();
    emit upgradeStarted(path);
    const auto finished = qScopeGuard([this] { endUpgrade(); }); // opened, failed or cancelled
    return openOffThread(path, control);
}

std::unique_ptr<Database> StoreSession::repairAndOpen(const QString& path)
{
    m_repairing = true;
    emit indexRepairStarted(path);
    const auto finished = qScopeGuard([this] {
        m_repairing = false;
        emit indexRepairFinished();
    });
    return openOffThread(path, {});
}

void StoreSession::endUpgrade()
{
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall); // the worker's last reports come first
    m_upgradeStop.reset();
    emit upgradeFinished();
}

void StoreSession::cancelUpgrade()
{
    if (m_upgradeStop)
        m_upgradeStop->request_stop();
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
