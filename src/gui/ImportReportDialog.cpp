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
    text += tr("%Ln new story(ies), %1 already present, from %2 in %3 s; %4 error(s) and %5 warning(s).",
               nullptr, report.added)
                .arg(QLocale().toString(report.duplicates))
                .arg(tr("%Ln file(s)", nullptr, int(report.files.size())))
                .arg(QLocale().toString(report.seconds, 'f', 1))
                .arg(report.errors)
                .arg(report.warnings);
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
