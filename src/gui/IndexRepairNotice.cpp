#include "IndexRepairNotice.h"

#include "StoreSession.h"

#include <QCloseEvent>
#include <QFileInfo>

namespace ws {

IndexRepairNotice::IndexRepairNotice(StoreSession& session, const QString& path, QWidget* parent)
    : QProgressDialog(parent)
{
    setObjectName(QStringLiteral("indexRepairProgress"));
    setWindowTitle(tr("Finishing an interrupted import"));
    setWindowModality(Qt::ApplicationModal);
    setCancelButton(nullptr);
    setAutoReset(false);
    setAutoClose(false);
    setRange(0, 0); // busy: SQLite reports no progress while it builds an index
    setMinimumDuration(0);
    setLabelText(tr("An import into %1 stopped before its end.\nThe stories it saved are kept; the indexes "
                    "it had not built yet are being built now.")
                     .arg(QFileInfo(path).fileName()));
    connect(&session, &StoreSession::indexRepairFinished, this, [this] {
        hide();
        deleteLater();
    });
}

void IndexRepairNotice::reject() {}

void IndexRepairNotice::closeEvent(QCloseEvent* event) { event->ignore(); }

} // namespace ws
