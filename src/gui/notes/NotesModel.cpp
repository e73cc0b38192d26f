#include "notes/NotesModel.h"

#include "PlainToolTip.h"
#include "db/DbError.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QPalette>
#include <algorithm>

namespace ws {

namespace {

QString oneLine(const QString& text, int limit = 160)
{
    QString line = text.simplified();
    if (line.size() > limit)
        line = line.left(limit - 1) + QChar(0x2026);
    return line;
}

QString shortTime(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

} // namespace

NotesModel::NotesModel(QObject* parent) : QAbstractTableModel(parent) {}

void NotesModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void NotesModel::setFilter(const NoteFilter& filter)
{
    m_filter = filter;
    reload();
}

void NotesModel::reload()
{
    beginResetModel();
    m_notes.clear();
    m_error.clear();
    if (m_db) {
        try {
            m_notes = NoteRepository(*m_db).list(m_filter);
        } catch (const DbError& error) {
            m_error = error.message();
        }
    }
    endResetModel();
    if (!m_error.isEmpty())
        emit failed(m_error);
}

const ResolvedNote* NotesModel::noteAt(int row) const
{
    return row >= 0 && row < m_notes.size() ? &m_notes[row] : nullptr;
}

int NotesModel::rowOf(qint64 noteId) const
{
    for (int row = 0; row < m_notes.size(); ++row) {
        if (m_notes[row].note.id == noteId)
            return row;
    }
    return -1;
}

int NotesModel::detachedCount() const
{
    return int(std::count_if(m_notes.cbegin(), m_notes.cend(),
                             [](const ResolvedNote& n) { return n.isDetached(); }));
}

int NotesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int NotesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotesModel::data(const QModelIndex& index, int role) const
{
    const ResolvedNote* resolved = index.isValid() ? noteAt(index.row()) : nullptr;
    if (!resolved || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const Note& note = resolved->note;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AnchorColumn:
            return resolved->anchorLabel();
        case QuoteColumn:
            return oneLine(note.target.quote);
        case BodyColumn:
            return oneLine(note.body);
        case TagsColumn:
            return note.tags.join(QStringLiteral(", "));
        case EditedColumn:
            return shortTime(note.edited);
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines{resolved->anchorLabel()};
        if (const QString citation = resolved->citationLine(); !citation.isEmpty())
            lines.append(citation);
        if (const QString remark = resolved->anchorRemark(); !remark.isEmpty())
            lines.append(remark);
        if (!note.body.isEmpty())
            lines.append(QString() + QChar(0x2014) + QLatin1Char(' ') + oneLine(note.body, 400));
        return PlainToolTip::of(lines.join(QLatin1Char('\n')));
    }
    case Qt::ForegroundRole:
        if (resolved->isDetached())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        break;
    case Qt::FontRole:
        if (resolved->isDetached() && index.column() == AnchorColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case NoteIdRole:
        return note.id;
    case StoryIdRole:
        return resolved->storyId;
    case StartRole:
        return resolved->start;
    case EndRole:
        return resolved->end;
    case DetachedRole:
        return resolved->isDetached();
    case EntityIdRole:
        return resolved->entityId;
    case SortRole:
        if (index.column() == EditedColumn)
            return note.edited;
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    }
    return {};
}

QVariant NotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AnchorColumn:
        return tr("On");
    case QuoteColumn:
        return tr("Passage");
    case BodyColumn:
        return tr("Note");
    case TagsColumn:
        return tr("Tags");
    case EditedColumn:
        return tr("Edited");
    }
    return {};
}

} // namespace ws
