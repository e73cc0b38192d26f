#pragma once

#include "ingest/IngestReport.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace ws {

class ImportJob;

// Runs one ImportJob on a worker thread (its own database connection), relaying its progress to the
// GUI thread as signals. The window stays responsive; cancel() stops the job after its current batch.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(QObject* parent = nullptr);
    ~ImportRunner() override; // waits for a running job to stop

    bool start(const QString& databasePath, const QStringList& paths);
    void cancel();
    bool isRunning() const;
    bool isCancelling() const { return m_cancelling; }
    // Blocks until the job is done (tests, and closing the window mid-import).
    void wait();

signals:
    void progress(const ws::IngestProgress& progress);
    void finished(const ws::IngestReport& report);

private:
    std::shared_ptr<ImportJob> m_job;
    QFutureWatcher<IngestReport> m_watcher;
    bool m_cancelling = false;
};

} // namespace ws
