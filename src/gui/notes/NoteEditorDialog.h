#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class NoteEditorDialog;
}

namespace ws {

// Edits one note's body (plain text with simple Markdown) and tags; shows what the note is on and
// its quoted passage. Saving is the caller's job (NoteRepository), on accept.
class NoteEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NoteEditorDialog(QWidget* parent = nullptr);
    ~NoteEditorDialog() override;

    void setAnchor(const QString& label, const QString& quote);
    void setBody(const QString& body);
    QString body() const;
    void setTags(const QStringList& tags);
    QStringList tags() const;                   // normalized: trimmed, no empty or repeated tags
    void setKnownTags(const QStringList& tags); // offered as completions

private:
    const std::unique_ptr<Ui::NoteEditorDialog> m_ui;
};

} // namespace ws
