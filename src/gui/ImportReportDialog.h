#pragma once

#include "ingest/IngestReport.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ImportReportDialog;
}

namespace ws {

// The end of an import: the totals, then each file with its errors and warnings (file and line).
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(const IngestReport& report, QWidget* parent = nullptr);
    ~ImportReportDialog() override;

    static QString summary(const IngestReport& report);

private:
    const std::unique_ptr<Ui::ImportReportDialog> m_ui;
};

} // namespace ws
