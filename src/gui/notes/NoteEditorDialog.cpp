#include "notes/NoteEditorDialog.h"

#include "notes/Note.h"
#include "ui_NoteEditorDialog.h"

#include <QCompleter>
#include <QStringListModel>

namespace ws {

NoteEditorDialog::NoteEditorDialog(QWidget* parent) : QDialog(parent), m_ui(new Ui::NoteEditorDialog)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->bodyEdit->setFocus();
}

NoteEditorDialog::~NoteEditorDialog() = default;

void NoteEditorDialog::setAnchor(const QString& label, const QString& quote)
{
    m_ui->anchorLabel->setText(tr("On: %1").arg(label));
    m_ui->quoteLabel->setVisible(!quote.isEmpty());
    QString shown = quote.simplified();
    if (shown.size() > 400)
        shown = shown.left(399) + QChar(0x2026);
    m_ui->quoteLabel->setText(QChar(0x201c) + shown + QChar(0x201d));
}

void NoteEditorDialog::setBody(const QString& body)
{
    m_ui->bodyEdit->setPlainText(body);
}

QString NoteEditorDialog::body() const
{
    return m_ui->bodyEdit->toPlainText();
}

void NoteEditorDialog::setTags(const QStringList& tags)
{
    m_ui->tagsEdit->setText(tags.join(QStringLiteral(", ")));
}

QStringList NoteEditorDialog::tags() const
{
    return normalizedTags(m_ui->tagsEdit->text().split(QLatin1Char(',')));
}

void NoteEditorDialog::setKnownTags(const QStringList& tags)
{
    auto* completer = new QCompleter(new QStringListModel(tags, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->tagsEdit->setCompleter(completer);
}

} // namespace ws
