#pragma once

#include <QProgressDialog>

namespace ws {

class StoreSession;

// Shown while the session builds the indexes that an interrupted import left missing: a busy bar and
// what is happening, seconds on a large corpus. Nothing to cancel (the build is one transaction that
// the next open would only start again); modal, so that the window takes no input meanwhile; goes
// when the repair ends.
class IndexRepairNotice : public QProgressDialog
{
    Q_OBJECT

public:
    IndexRepairNotice(StoreSession& session, const QString& path, QWidget* parent = nullptr);

    void reject() override; // Escape: ignored, the notice goes by itself

protected:
    void closeEvent(QCloseEvent* event) override;
};

} // namespace ws
