#include "ImportController.h"

#include "ImportProgressDialog.h"
#include "ImportReportDialog.h"
#include "ImportRunner.h"
#include "StoreSession.h"

#include <QMessageBox>

namespace ws {

ImportController::ImportController(StoreSession& session, QWidget* window)
    : QObject(window), m_session(session), m_window(window), m_runner(new ImportRunner(this)),
      m_progress(new ImportProgressDialog(window))
{
    connect(m_runner, &ImportRunner::progress, m_progress, &ImportProgressDialog::showProgress);
    connect(m_runner, &ImportRunner::finished, this, &ImportController::onFinished);
    connect(m_progress, &ImportProgressDialog::cancelRequested, this, &ImportController::cancel);
}

ImportController::~ImportController()
{
    m_runner->cancel();
    m_runner->wait();
}

bool ImportController::importPaths(const QStringList& paths, Report report)
{
    if (paths.isEmpty() || !m_session.isOpen())
        return false;
    if (isRunning()) {
        QMessageBox::information(m_window, tr("Import running"),
                                 tr("Another import is still running; wait for it or cancel it first."));
        return false;
    }
    m_reportPolicy = report;
    if (!m_runner->start(m_session.path(), paths))
        return false;
    m_progress->begin(paths);
    m_progress->show();
    emit runningChanged(true);
    emit message(tr("Importing into %1…").arg(m_session.path()));
    return true;
}

bool ImportController::isRunning() const
{
    return m_runner->isRunning();
}

void ImportController::cancel()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    m_progress->showCancelling();
}

void ImportController::wait()
{
    m_runner->wait();
}

void ImportController::onFinished(const IngestReport& report)
{
    m_progress->hide();
    emit runningChanged(false);
    // Even a cancelled or failed run may have committed batches: every view re-reads.
    m_session.notifyDataChanged();
    emit message(ImportReportDialog::summary(report));
    emit finished(report);
    const bool problems = report.hasErrors() || report.warnings > 0 || report.cancelled;
    if (m_reportPolicy == Report::Always || problems) {
        auto* dialog = new ImportReportDialog(report, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
}

} // namespace ws
