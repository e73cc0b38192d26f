#include "UpgradeNotice.h"

#include "StoreSession.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace ws {

UpgradeNotice::UpgradeNotice(StoreSession& session, const QString& path, QWidget* parent)
    : QProgressDialog(parent), m_session(session), m_fileName(QFileInfo(path).fileName())
{
    setObjectName(QStringLiteral("upgradeProgress"));
    setWindowTitle(tr("Upgrading the database"));
    setWindowModality(Qt::ApplicationModal);
    // The bar goes from the copy's 100 % to busy: it must not reset or close itself on the way.
    setAutoReset(false);
    setAutoClose(false);
    // Wide enough for its longest text from the start, so that it does not grow as the texts change.
    setMinimumWidth(fontMetrics().horizontalAdvance(stepsStatus()) +
                    4 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin));
    m_cancel = new QPushButton(tr("Cancel"), this);
    setCancelButton(m_cancel);
    // A QProgressDialog hides itself at once on Cancel or Escape (canceled() calls cancel()); this one
    // stays, saying it is cancelling, until the copy has stopped.
    disconnect(this, &QProgressDialog::canceled, this, nullptr);
    connect(this, &QProgressDialog::canceled, this, &UpgradeNotice::requestCancel);
    connect(&session, &StoreSession::backupProgress, this, &UpgradeNotice::showCopied);
    connect(&session, &StoreSession::upgradeStepsStarted, this, &UpgradeNotice::showStepsStarted);
    connect(&session, &StoreSession::upgradeFinished, this, [this] {
        hide();
        deleteLater();
    });
    setRange(0, 100);
    setValue(0);
    showStatus(tr("First a copy of the file as it was is saved beside it."));
}

QString UpgradeNotice::stepsStatus()
{
    return tr("The copy is saved. Now the tables are upgraded; this part cannot be cancelled.");
}

void UpgradeNotice::showStatus(const QString& status)
{
    setLabelText(tr("Upgrading %1 for this version of Wirescope.").arg(m_fileName) + u'\n' + status);
}

void UpgradeNotice::showCopied(qint64 copied, qint64 total)
{
    if (m_phase != Phase::Copying)
        return; // when cancelling, the label says so until the copy has stopped
    setValue(total > 0 ? int(100 * copied / total) : 100);
    const QLocale locale;
    showStatus(tr("Saving a copy of the file as it was: %1 of %2 MB.")
                   .arg(locale.toString(double(copied) / 1e6, 'f', 0),
                        locale.toString(double(total) / 1e6, 'f', 0)));
}

void UpgradeNotice::showStepsStarted()
{
    m_phase = Phase::Steps;
    m_cancel->setEnabled(false);
    setRange(0, 0);
    showStatus(stepsStatus());
}

void UpgradeNotice::requestCancel()
{
    if (m_phase != Phase::Copying)
        return;
    m_phase = Phase::Cancelling;
    m_cancel->setEnabled(false);
    showStatus(tr("Cancelling: the unfinished copy is removed, and the file stays as it was."));
    m_session.cancelUpgrade();
}

void UpgradeNotice::reject()
{
    requestCancel();
}

void UpgradeNotice::closeEvent(QCloseEvent* event)
{
    // The upgrade ends the notice; closing it asks to cancel, as the Cancel button does.
    requestCancel();
    event->ignore();
}

} // namespace ws
