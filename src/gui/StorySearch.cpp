#include "StorySearch.h"

#include "db/Database.h"
#include "db/DbError.h"

#include <atomic>
#include <mutex>
#include <sqlite3.h>

namespace ws {

// What both threads touch: the newest ticket, and the worker's connection for interrupting it.
struct StorySearch::Shared
{
    std::atomic<quint64> latest{0};
    std::mutex mutex;
    sqlite3* handle = nullptr; // under mutex; set while the worker's connection is open

    void interrupt()
    {
        const std::lock_guard lock(mutex);
        if (handle)
            sqlite3_interrupt(handle);
    }
};

// Lives on the search thread and owns the connection there.
class StorySearch::Worker : public QObject
{
public:
    explicit Worker(std::shared_ptr<Shared> shared) : m_shared(std::move(shared)) {}
    ~Worker() override { close(); }

    // Runs on the search thread; the answer goes back to `reply` on the GUI thread.
    void run(StorySearch* reply, quint64 ticket, const QString& path, const StoryFilter& filter, int pageSize)
    {
        if (ticket != m_shared->latest)
            return; // a newer request came before this one started
        Answer answer{ticket, filter, {}, {}};
        QString error;
        try {
            open(path);
            StoryListQuery query(*m_db, filter);
            answer.firstPage = query.fetch(pageSize);
            answer.match = StoryMatcher(*m_db).match(filter);
        } catch (const DbError& failure) {
            error = failure.message();
        }
        if (ticket != m_shared->latest)
            return; // interrupted, or finished too late: stale either way
        QMetaObject::invokeMethod(
            reply,
            [reply, answer, error] {
                if (error.isEmpty())
                    emit reply->finished(answer);
                else
                    emit reply->failed(answer.ticket, error);
            },
            Qt::QueuedConnection);
    }

private:
    void open(const QString& path)
    {
        if (m_db && m_db->path() == path)
            return;
        close();
        auto db = std::make_unique<Database>(path);
        const std::lock_guard lock(m_shared->mutex);
        m_shared->handle = db->handle();
        m_db = std::move(db);
    }

    void close()
    {
        {
            const std::lock_guard lock(m_shared->mutex);
            m_shared->handle = nullptr;
        }
        m_db.reset();
    }

    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<Database> m_db;
};

StorySearch::StorySearch(QObject* parent) : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_worker = new Worker(m_shared);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("StorySearch"));
    m_thread.start();
    // Whatever answer comes, the request it answers is over (a stale one never arrives).
    connect(this, &StorySearch::finished, this, [this](const Answer& answer) {
        if (answer.ticket == m_running)
            m_running = 0;
    });
    connect(this, &StorySearch::failed, this, [this](quint64 ticket) {
        if (ticket == m_running)
            m_running = 0;
    });
}

StorySearch::~StorySearch()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

quint64 StorySearch::start(const QString& path, const StoryFilter& filter, int pageSize)
{
    const quint64 ticket = ++m_shared->latest;
    m_shared->interrupt(); // the older search, if one runs: its answer would be dropped anyway
    m_running = ticket;
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, this, ticket, path, filter, pageSize] { worker->run(this, ticket, path, filter, pageSize); },
        Qt::QueuedConnection);
    return ticket;
}

void StorySearch::cancel()
{
    ++m_shared->latest;
    m_shared->interrupt();
    m_running = 0;
}

} // namespace ws
