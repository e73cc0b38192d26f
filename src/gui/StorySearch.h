#pragma once

#include "view/StoryListQuery.h"
#include "view/StoryMatcher.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace ws {

// Runs the story list's search off the GUI thread, on a read connection of its own (WAL lets it read
// while the window's connection and an import work). Only the newest request counts: starting one
// interrupts the one running (sqlite3_interrupt), and an answer to an older request is dropped,
// never shown. The answer is the ordered matches and the first page of rows, ready to show.
class StorySearch : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        quint64 ticket = 0;
        StoryFilter filter;
        StoryMatcher::Match match;
        QList<StoryRow> firstPage;
    };

    explicit StorySearch(QObject* parent = nullptr);
    ~StorySearch() override;

    // Searches `filter` (which must have a query) in the database file at `path`; returns the ticket
    // that finished() or failed() will carry.
    quint64 start(const QString& path, const StoryFilter& filter, int pageSize);
    // Stops the running search, if any; its answer never comes.
    void cancel();
    bool isRunning() const { return m_running != 0; }

signals:
    void finished(const ws::StorySearch::Answer& answer);
    void failed(quint64 ticket, const QString& message);

private:
    struct Shared;
    class Worker;

    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    Worker* m_worker = nullptr;
    quint64 m_running = 0; // the ticket under way, 0 when none
};

} // namespace ws

Q_DECLARE_METATYPE(ws::StorySearch::Answer)
