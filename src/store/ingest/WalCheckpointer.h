#pragma once

#include "db/Database.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace ws {

// Copies an import's write-ahead log back into the database file on a thread of its own, so that the
// writer thread (the one every import waits for) does not stop for it after its commits.
//
// While it lives it replaces the writer connection's automatic checkpoint (a WAL hook): after a
// commit that leaves more than `nudgeFrames` frames in the log it wakes its thread, which runs a
// PASSIVE checkpoint on its own connection (readers and the writer go on). When the log grows past
// `stopFrames` anyway, the writer checkpoints itself as SQLite would, so the file stays bounded. The
// automatic checkpoint is back when it is destroyed. An in-memory database gets no checkpointer.
// The defaults are 8 MB and 128 MB of 4 KB pages: a large import's commits each leave more than 8 MB,
// so each is followed by a checkpoint; a small import's first commits (BatchWriter) are checkpointed
// too, while it goes on, instead of all of its log after its end.
class WalCheckpointer
{
public:
    explicit WalCheckpointer(Database& writer, int nudgeFrames = 2000, int stopFrames = 32000);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    bool isActive() const { return m_thread.joinable(); }
    int checkpointsRun() const;

private:
    static int walHook(void* self, struct sqlite3* db, const char* schema, int frames);
    void run();

    Database& m_writer;
    const int m_nudgeFrames;
    const int m_stopFrames;
    Database m_own;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false;
    bool m_stopping = false;
    int m_runs = 0;
};

} // namespace ws
