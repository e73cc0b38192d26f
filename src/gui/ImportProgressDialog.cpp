#include "ImportProgressDialog.h"

#include "ui_ImportProgressDialog.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace ws {

ImportProgressDialog::ImportProgressDialog(QWidget* parent)
    : QDialog(parent), m_ui(new Ui::ImportProgressDialog)
{
    m_ui->setupUi(this);
    setModal(false);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ImportProgressDialog::cancelRequested);
}

ImportProgressDialog::~ImportProgressDialog() = default;

void ImportProgressDialog::begin(const QStringList& paths)
{
    setWindowTitle(paths.size() == 1 ? tr("Importing %1").arg(QFileInfo(paths.first()).fileName())
                                     : tr("Importing from %1 places").arg(paths.size()));
    m_ui->fileLabel->setText(tr("Looking for files…"));
    m_ui->countsLabel->clear();
    m_ui->progressBar->setRange(0, 0);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
}

void ImportProgressDialog::showProgress(const IngestProgress& progress)
{
    const QLocale locale;
    if (!progress.currentFile.isEmpty())
        m_ui->fileLabel->setText(tr("Reading %1").arg(progress.currentFile));
    // Bytes give the smoothest bar; files where sizes are unknown.
    if (progress.bytesTotal > 0) {
        m_ui->progressBar->setRange(0, 1000);
        m_ui->progressBar->setValue(int(1000.0 * double(progress.bytesDone) / double(progress.bytesTotal)));
    } else if (progress.filesTotal > 0) {
        m_ui->progressBar->setRange(0, progress.filesTotal);
        m_ui->progressBar->setValue(progress.filesDone);
    }
    m_ui->countsLabel->setText(
        tr("%1 of %2 files · %3 stories · %4 of %5 MB")
            .arg(locale.toString(progress.filesDone), locale.toString(progress.filesTotal),
                 locale.toString(progress.stories), locale.toString(double(progress.bytesDone) / 1e6, 'f', 1),
                 locale.toString(double(progress.bytesTotal) / 1e6, 'f', 1)));
}

void ImportProgressDialog::showCancelling()
{
    m_ui->fileLabel->setText(tr("Cancelling: finishing the current batch; what is written stays."));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
}

void ImportProgressDialog::closeEvent(QCloseEvent* event)
{
    // Closing the window is a request to cancel, never a silent abandon.
    emit cancelRequested();
    event->ignore();
}

} // namespace ws
