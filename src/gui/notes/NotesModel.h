#pragma once

#include "notes/NoteRepository.h"

#include <QAbstractTableModel>

namespace ws {

class Database;

// Every note (filtered) with its anchor as the corpus is now, one row each: what it is on, the
// quoted passage, the note, its tags, when it was edited. Detached notes stay listed, greyed.
class NotesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AnchorColumn,
        QuoteColumn,
        BodyColumn,
        TagsColumn,
        EditedColumn,
        ColumnCount
    };
    enum Role
    {
        NoteIdRole = Qt::UserRole + 200, // qint64
        StoryIdRole,                     // QString: the story the note is on now (empty for an entity)
        StartRole,                       // int: the passage in the story's text, -1 when none
        EndRole,                         // int
        DetachedRole,                    // bool
        EntityIdRole,                    // qint64: entity notes, 0 when the entity is gone
        SortRole,
    };

    explicit NotesModel(QObject* parent = nullptr);

    void setDatabase(Database* db); // null: no database, no rows
    void setFilter(const NoteFilter& filter);
    const NoteFilter& filter() const { return m_filter; }
    // Reads the notes again (after an edit, an import or a re-extraction).
    void reload();

    const ResolvedNote* noteAt(int row) const;
    int rowOf(qint64 noteId) const;
    int detachedCount() const;
    const QList<ResolvedNote>& notes() const { return m_notes; }
    const QString& error() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void failed(const QString& message);

private:
    Database* m_db = nullptr;
    NoteFilter m_filter;
    QList<ResolvedNote> m_notes;
    QString m_error;
};

} // namespace ws
