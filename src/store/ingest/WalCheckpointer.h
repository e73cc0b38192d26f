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
// `stopFrames` anyway, the writer checkpoints itself as SQLite would. The automatic checkpoint is
// back when it is destroyed, as it was set before. An in-memory database gets no checkpointer.
// By default the two are 8 MB and 128 MB of log, in frames of the database's page size: a large
// import's commits each leave more than 8 MB, so each is followed by a checkpoint; a small import's
// first commits (BatchWriter) are checkpointed too, while it goes on, instead of all of its log after
// its end.
class WalCheckpointer
{
public:
    static constexpr int defaultNudgeBytes = 8 * 1024 * 1024;
    static constexpr int defaultStopBytes = 128 * 1024 * 1024;
    // Frames 0: the defaults above.
    explicit WalCheckpointer(Database& writer, int nudgeFrames = 0, int stopFrames = 0);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    bool isActive() const { return m_thread.joinable(); }
    int checkpointsRun() const;
    // The writer's next commit is its last: it is left to the connection's automatic checkpoint (back
    // once this is gone) or to its close, which then copy it with whatever follows (an import's index
    // build) in one checkpoint and one pair of syncs, instead of two.
    void leaveTheLastCommit() { m_leaveNext = true; }
    int nudgeFrames() const { return m_nudgeFrames; }
    int stopFrames() const { return m_stopFrames; }

private:
    static int walHook(void* self, struct sqlite3* db, const char* schema, int frames);
    void run();

    Database& m_writer;
    int m_nudgeFrames = 0;
    int m_stopFrames = 0;
    int m_autoCheckpoint = 1000; // the writer's, put back at the end (SQLite's default)
    Database m_own;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_leaveNext = false; // read and written on the writer's thread only (the hook runs there)
    bool m_pending = false;
    bool m_stopping = false;
    int m_runs = 0;
};

} // namespace ws
