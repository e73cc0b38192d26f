#include "ImportReportDialog.h"

#include "ui_ImportReportDialog.h"

#include <QLocale>
#include <QStyle>

namespace ws {

QString ImportReportDialog::summary(const IngestReport& report)
{
    QString text;
    if (report.cancelled)
        text = tr("The import was cancelled; the stories written before that are kept. ");
    if (!report.fatalError.isEmpty())
        text += tr("The import stopped: %1 ").arg(report.fatalError);
    // Counts after a colon read right whatever the number (no plural forms needed).
    text += tr("New stories: %L1. Already present: %L2. Files: %L3. Errors: %L4. Warnings: %L5. Time: %6 s.")
                .arg(report.added)
                .arg(report.duplicates)
                .arg(report.files.size())
                .arg(report.errors)
                .arg(report.warnings)
                .arg(QLocale().toString(report.seconds, 'f', 1));
    return text;
}

ImportReportDialog::ImportReportDialog(const IngestReport& report, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::ImportReportDialog)
{
    m_ui->setupUi(this);
    m_ui->summaryLabel->setText(summary(report));
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const FileReport& file : report.files) {
        auto* item = new QTreeWidgetItem(m_ui->issueTree);
        item->setText(0, file.path);
        item->setToolTip(0, file.path);
        item->setText(2, QLocale().toString(file.added));
        item->setText(3, QString::number(file.errors));
        item->setText(4, QString::number(file.warnings));
        if (file.errors > 0)
            item->setIcon(0, errorIcon);
        else if (file.warnings > 0)
            item->setIcon(0, warningIcon);
        for (const ImportIssue& issue : file.issues) {
            auto* child = new QTreeWidgetItem(item);
            child->setIcon(0, issue.isError() ? errorIcon : warningIcon);
            child->setText(0, issue.message);
            child->setToolTip(0, issue.toString());
            if (issue.line > 0)
                child->setText(1, QString::number(issue.line));
        }
        item->setExpanded(!file.issues.isEmpty() && file.issues.size() <= 20);
    }
    m_ui->issueTree->header()->resizeSection(0, 440);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

ImportReportDialog::~ImportReportDialog() = default;

} // namespace ws
