#pragma once

#include <QProgressDialog>

class QPushButton;

namespace ws {

class StoreSession;

// Shown while the session upgrades a database: the percentage of the backup copy with Cancel, then a
// busy bar while the schema steps run (each one transaction, so Cancel is off by then). Modal, so
// that the Cancel button is the only input the window takes meanwhile; goes when the upgrade ends.
class UpgradeNotice : public QProgressDialog
{
    Q_OBJECT

public:
    UpgradeNotice(StoreSession& session, const QString& path, QWidget* parent = nullptr);

    void reject() override; // Escape: the same as Cancel, never a silent hide

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    static QString stepsStatus(); // the longest of its texts
    void showStatus(const QString& status);
    void showCopied(qint64 copied, qint64 total);
    void showStepsStarted();
    void requestCancel();

    enum class Phase { Copying, Cancelling, Steps };

    StoreSession& m_session;
    const QString m_fileName;
    QPushButton* m_cancel = nullptr;
    Phase m_phase = Phase::Copying;
};

} // namespace ws
