#include "ImportRunner.h"

#include "ingest/ImportJob.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <mutex>

namespace ws {

ImportRunner::ImportRunner(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<IngestReport>::finished, this, [this] {
        IngestReport report = m_watcher.result();
        m_job.reset();
        m_cancelling = false;
        emit finished(report);
    });
}

ImportRunner::~ImportRunner()
{
    cancel();
    wait();
}

bool ImportRunner::start(const QString& databasePath, const QStringList& paths)
{
    if (isRunning())
        return false;
    m_job = std::make_shared<ImportJob>(databasePath, paths);
    m_cancelling = false;
    auto job = m_job;
    // Progress crosses threads through a queued call; only the newest update is kept between paints.
    QPointer<ImportRunner> self(this);
    auto latest = std::make_shared<std::pair<std::mutex, IngestProgress>>();
    auto queued = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run([job, self, latest, queued] {
        IngestReport report;
        try {
            report = job->run([self, latest, queued](const IngestProgress& progress) {
                {
                    std::lock_guard lock(latest->first);
                    latest->second = progress;
                }
                if (queued->exchange(true))
                    return;
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, latest, queued] {
                        queued->store(false);
                        IngestProgress copy;
                        {
                            std::lock_guard lock(latest->first);
                            copy = latest->second;
                        }
                        if (self)
                            emit self->progress(copy);
                    },
                    Qt::QueuedConnection);
            });
        } catch (const std::exception& error) {
            // ImportJob reports database failures in fatalError; anything else still ends the run.
            report.fatalError = QString::fromUtf8(error.what());
        }
        return report;
    }));
    return true;
}

void ImportRunner::cancel()
{
    if (m_job && !m_cancelling) {
        m_cancelling = true;
        m_job->cancel();
    }
}

bool ImportRunner::isRunning() const
{
    return m_job != nullptr;
}

void ImportRunner::wait()
{
    m_watcher.waitForFinished();
}

} // namespace ws
