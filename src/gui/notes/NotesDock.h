#pragma once

#include "notes/Note.h"

#include <QDockWidget>
#include <QSet>
#include <memory>
#include <optional>

class QSortFilterProxyModel;

namespace Ui {
class NotesDock;
}

namespace ws {

class Database;
class NotesModel;

// The Notes panel: every note with its anchor, filtered by text, by tag and (when "Only the listed
// stories" is on) by the stories the window's filter shows. A click opens the anchor; Add, Edit,
// Delete (after confirmation) and Export (format and file chosen in dialogs, overwrite confirmed).
// Every change is written to the database at once.
//
// Wiring for the window:
//   dock->setDatabase(session.database());              // on open; null when closed
//   dock->setStoryFilter(ids);                          // the story ids FilterState matches now
//   dock->setCurrentStory(id);                          // the reader's story: what Add notes on
//   dock->addNote(NoteTarget::passage(id, text, s, e)); // the reader's "Add note" on a selection
//   dock->reload();                                     // after an import or a re-extraction
//   connect(dock, &NotesDock::openAnchor, ...);         // show the story, highlight [start, end)
//   connect(dock, &NotesDock::notesChanged, ...);       // re-mark the reader's annotated passages
class NotesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit NotesDock(Database* db = nullptr, QWidget* parent = nullptr);
    ~NotesDock() override;

    void setDatabase(Database* db);
    // The stories the window's filter matches (content ids), or nullopt when nothing is filtered.
    void setStoryFilter(std::optional<QSet<QString>> storyIds);
    // Whether "Only the listed stories" is on: only then does the window compute the story filter.
    bool followsFilter() const;
    void setCurrentStory(const QString& storyId);
    void reload();

    // Opens the editor for a new note on `target` and saves it. Returns the new note's id, or 0 when
    // the analyst cancelled or it could not be saved (the reason is shown).
    qint64 addNote(const NoteTarget& target);
    bool editNote(qint64 noteId);
    // Asks first; returns true when the note was deleted.
    bool deleteNote(qint64 noteId);
    void exportNotes();

    NotesModel* model() const { return m_model; }

signals:
    // The note's passage (start/end -1 for a whole-story or deal note without offsets).
    void openAnchor(const QString& storyId, int start, int end);
    void openEntity(qint64 entityId);
    void notesChanged();
    void followFilterToggled(bool on);

private:
    void applyFilter();
    void refreshTags();
    void updateButtons();
    void showStatus();
    void activate(const QModelIndex& index);
    qint64 selectedNoteId() const;
    void selectNote(qint64 noteId);
    void showError(const QString& message);

    const std::unique_ptr<Ui::NotesDock> m_ui;
    NotesModel* m_model;
    QSortFilterProxyModel* m_proxy;
    Database* m_db = nullptr;
    std::optional<QSet<QString>> m_storyFilter;
    QString m_currentStory;
};

} // namespace ws
