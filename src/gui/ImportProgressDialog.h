#pragma once

#include "ingest/IngestReport.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ImportProgressDialog;
}

namespace ws {

// Shows an import's progress (files, stories, MB) with Cancel. Not modal: the window stays usable.
class ImportProgressDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportProgressDialog(QWidget* parent = nullptr);
    ~ImportProgressDialog() override;

    void begin(const QStringList& paths);
    void showProgress(const IngestProgress& progress);
    void showCancelling();

signals:
    void cancelRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    const std::unique_ptr<Ui::ImportProgressDialog> m_ui;
};

} // namespace ws
