#include "ingest/WalCheckpointer.h"

#include "db/Statement.h"

#include <sqlite3.h>
#include <utility>

namespace ws {

namespace {

} // namespace

WalCheckpointer::WalCheckpointer(Database& writer, int nudgeFrames, int stopFrames) : m_writer(writer)
{
    const QString& path = writer.path();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return;
    const int pageSize = qMax(512, writer.pageSize());
    m_nudgeFrames = nudgeFrames > 0 ? nudgeFrames : defaultNudgeBytes / pageSize;
    m_stopFrames = stopFrames > 0 ? stopFrames : defaultStopBytes / pageSize;
    try {
        m_own = Database(path);
    } catch (const DbError&) {
        return; // the writer checkpoints as usual
    }
    Statement autoCheckpoint = writer.prepare(QStringLiteral("PRAGMA wal_autocheckpoint"));
    if (autoCheckpoint.step())
        m_autoCheckpoint = int(autoCheckpoint.int64(0));
    sqlite3_wal_hook(m_writer.handle(), &WalCheckpointer::walHook, this);
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    sqlite3_wal_autocheckpoint(m_writer.handle(), m_autoCheckpoint);
}

int WalCheckpointer::checkpointsRun() const
{
    std::lock_guard lock(m_mutex);
    return m_runs;
}

int WalCheckpointer::walHook(void* self, sqlite3* db, const char* schema, int frames)
{
    auto* checkpointer = static_cast<WalCheckpointer*>(self);
    if (std::exchange(checkpointer->m_leaveNext, false))
        return SQLITE_OK;
    if (frames >= checkpointer->m_stopFrames) {
        // The thread has not kept the log short (a reader holds an old snapshot, or the disk is slow):
        // the writer does what SQLite's automatic checkpoint would.
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    } else if (frames >= checkpointer->m_nudgeFrames) {
        {
            std::lock_guard lock(checkpointer->m_mutex);
            checkpointer->m_pending = true;
        }
        checkpointer->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_pending || m_stopping; });
            if (m_stopping)
                return;
            m_pending = false;
        }
        // PASSIVE: copies what no reader still needs, never waits for the writer or the readers.
        sqlite3_wal_checkpoint_v2(m_own.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        std::lock_guard lock(m_mutex);
        ++m_runs;
    }
}

} // namespace ws
