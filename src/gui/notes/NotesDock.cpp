#include "notes/NotesDock.h"

#include "NotesPdfExporter.h"
#include "db/Database.h"
#include "notes/NoteEditorDialog.h"
#include "notes/NoteRepository.h"
#include "notes/NotesModel.h"
#include "ui_NotesDock.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace ws {

namespace {

constexpr ExportFormat exportFormats[] = {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Pdf,
                                          ExportFormat::Csv, ExportFormat::Json};

} // namespace

NotesDock::NotesDock(Database* db, QWidget* parent)
    : QDockWidget(tr("Notes"), parent), m_ui(new Ui::NotesDock), m_model(new NotesModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("NotesDock"));
    auto* content = new QWidget(this);
    m_ui->setupUi(content);
    setWidget(content);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(NotesModel::SortRole);
    m_ui->view->setModel(m_proxy);
    m_ui->view->sortByColumn(NotesModel::EditedColumn, Qt::DescendingOrder);
    m_ui->view->header()->setStretchLastSection(false);
    m_ui->view->header()->setSectionResizeMode(NotesModel::BodyColumn, QHeaderView::Stretch);
    m_ui->view->setColumnWidth(NotesModel::AnchorColumn, 260);
    m_ui->view->setColumnWidth(NotesModel::QuoteColumn, 260);
    m_ui->view->header()->setSectionResizeMode(NotesModel::TagsColumn, QHeaderView::ResizeToContents);
    m_ui->view->header()->setSectionResizeMode(NotesModel::EditedColumn, QHeaderView::ResizeToContents);
    m_ui->tagFilter->addItem(tr("All tags"), QString());

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_ui->textFilter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &NotesDock::applyFilter);
    connect(m_ui->tagFilter, &QComboBox::activated, this, &NotesDock::applyFilter);
    // The window answers with setStoryFilter(), which applies the filter.
    connect(m_ui->followFilter, &QCheckBox::toggled, this, &NotesDock::followFilterToggled);
    connect(m_ui->followFilter, &QCheckBox::toggled, this, &NotesDock::applyFilter);
    connect(m_ui->view, &QTreeView::clicked, this, &NotesDock::activate);
    connect(m_ui->view, &QTreeView::activated, this, &NotesDock::activate);
    connect(m_ui->view, &QTreeView::doubleClicked, this, [this] { editNote(selectedNoteId()); });
    connect(m_ui->view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NotesDock::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showStatus();
        updateButtons();
    });
    connect(m_model, &NotesModel::failed, this, &NotesDock::showError);
    connect(m_ui->addButton, &QPushButton::clicked, this,
            [this] { addNote(NoteTarget::story(m_currentStory)); });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] { editNote(selectedNoteId()); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] { deleteNote(selectedNoteId()); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &NotesDock::exportNotes);
    setDatabase(db);
}

NotesDock::~NotesDock() = default;

void NotesDock::setDatabase(Database* db)
{
    m_db = db;
    m_currentStory.clear();
    m_storyFilter.reset();
    refreshTags();
    m_model->setDatabase(db);
    applyFilter();
}

void NotesDock::setStoryFilter(std::optional<QSet<QString>> storyIds)
{
    m_storyFilter = std::move(storyIds);
    if (m_ui->followFilter->isChecked())
        applyFilter();
}

bool NotesDock::followsFilter() const
{
    return m_ui->followFilter->isChecked();
}

void NotesDock::setCurrentStory(const QString& storyId)
{
    m_currentStory = storyId;
    updateButtons();
}

void NotesDock::reload()
{
    refreshTags();
    const qint64 selected = selectedNoteId();
    m_model->reload();
    selectNote(selected);
}

void NotesDock::applyFilter()
{
    NoteFilter filter;
    filter.text = m_ui->textFilter->text();
    filter.tag = m_ui->tagFilter->currentData().toString();
    if (m_ui->followFilter->isChecked())
        filter.storyIds = m_storyFilter;
    const qint64 selected = selectedNoteId();
    m_model->setFilter(filter);
    selectNote(selected);
}

void NotesDock::refreshTags()
{
    const QString current = m_ui->tagFilter->currentData().toString();
    QStringList tags;
    if (m_db) {
        try {
            tags = NoteRepository(*m_db).tags();
        } catch (const DbError& error) {
            showError(error.message());
        }
    }
    m_ui->tagFilter->clear();
    m_ui->tagFilter->addItem(tr("All tags"), QString());
    for (const QString& tag : std::as_const(tags))
        m_ui->tagFilter->addItem(tag, tag);
    m_ui->tagFilter->setCurrentIndex(qMax(0, m_ui->tagFilter->findData(current)));
}

void NotesDock::updateButtons()
{
    const bool hasNote = selectedNoteId() > 0;
    m_ui->addButton->setEnabled(m_db && !m_currentStory.isEmpty());
    m_ui->editButton->setEnabled(hasNote);
    m_ui->deleteButton->setEnabled(hasNote);
    m_ui->exportButton->setEnabled(m_db && m_model->rowCount() > 0);
}

void NotesDock::showStatus()
{
    const int detached = m_model->detachedCount();
    const int count = m_model->rowCount();
    QString text = count == 1 ? tr("1 note") : tr("%1 notes").arg(count);
    if (detached > 0)
        text += tr(", %1 detached").arg(detached);
    m_ui->status->setText(text);
}

void NotesDock::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(index);
    const ResolvedNote* resolved = m_model->noteAt(source.row());
    if (!resolved || resolved->isDetached())
        return;
    if (resolved->note.kind() == NoteKind::Entity) {
        if (resolved->entityId > 0)
            emit openEntity(resolved->entityId);
        return;
    }
    emit openAnchor(resolved->storyId, resolved->start, resolved->end);
}

qint64 NotesDock::selectedNoteId() const
{
    const QModelIndex current = m_ui->view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_ui->view->selectionModel()->isSelected(current))
        return 0;
    return current.data(NotesModel::NoteIdRole).toLongLong();
}

void NotesDock::selectNote(qint64 noteId)
{
    const int row = noteId > 0 ? m_model->rowOf(noteId) : -1;
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_ui->view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    m_ui->view->scrollTo(index);
}

void NotesDock::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Notes"), message);
}

qint64 NotesDock::addNote(const NoteTarget& target)
{
    if (!m_db)
        return 0;
    try {
        NoteRepository notes(*m_db);
        NoteEditorDialog editor(this);
        editor.setWindowTitle(tr("New note"));
        Note draft;
        draft.target = target;
        editor.setAnchor(notes.resolve(draft).anchorLabel(), target.quote);
        editor.setKnownTags(notes.tags());
        if (editor.exec() != QDialog::Accepted)
            return 0;
        const Note note = notes.add(target, editor.body(), editor.tags());
        reload();
        selectNote(note.id);
        emit notesChanged();
        return note.id;
    } catch (const DbError& error) {
        showError(error.message());
        return 0;
    }
}

bool NotesDock::editNote(qint64 noteId)
{
    if (!m_db || noteId <= 0)
        return false;
    try {
        NoteRepository notes(*m_db);
        const auto note = notes.find(noteId);
        if (!note)
            return false;
        NoteEditorDialog editor(this);
        editor.setWindowTitle(tr("Edit note"));
        editor.setAnchor(notes.resolve(*note).anchorLabel(), note->target.quote);
        editor.setBody(note->body);
        editor.setTags(note->tags);
        editor.setKnownTags(notes.tags());
        if (editor.exec() != QDialog::Accepted)
            return false;
        notes.update(noteId, editor.body(), editor.tags());
        reload();
        emit notesChanged();
        return true;
    } catch (const DbError& error) {
        showError(error.message());
        return false;
    }
}

bool NotesDock::deleteNote(qint64 noteId)
{
    if (!m_db || noteId <= 0)
        return false;
    const int row = m_model->rowOf(noteId);
    const QString label = row >= 0 ? m_model->noteAt(row)->anchorLabel() : QString();
    const auto answer = QMessageBox::question(
        this, tr("Delete note"), tr("Delete the note on \u201c%1\u201d? This cannot be undone.").arg(label),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    try {
        NoteRepository(*m_db).remove(noteId);
    } catch (const DbError& error) {
        showError(error.message());
        return false;
    }
    reload();
    emit notesChanged();
    return true;
}

void NotesDock::exportNotes()
{
    if (!m_db)
        return;
    QStringList filters;
    for (ExportFormat format : exportFormats)
        filters.append(exportFormatLabel(format));
    QString chosenFilter = filters.first();
    const QString start =
        QDir(QFileInfo(m_db->path()).absolutePath()).filePath(tr("notes") + QStringLiteral(".md"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export %n note(s)", nullptr, m_model->rowCount()),
                                                start, filters.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return;
    const ExportFormat format = exportFormats[qMax(0, int(filters.indexOf(chosenFilter)))];
    // The file dialog asked about the name as typed; a suffix added here makes another name to ask about.
    if (QFileInfo(path).suffix().compare(exportFormatName(format), Qt::CaseInsensitive) != 0) {
        path += QLatin1Char('.') + exportFormatName(format);
        if (QFileInfo::exists(path) &&
            QMessageBox::question(this, tr("Export notes"),
                                  tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return;
    }
    NotesExportInfo info;
    info.subtitle = tr("%n note(s) from %1, exported %2", nullptr, m_model->rowCount())
                        .arg(QFileInfo(m_db->path()).fileName(),
                             QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    const ExportStatus status = NotesPdfExporter::writeAny(path, format, m_model->notes(), true, info);
    if (!status.ok())
        showError(status.message);
}

} // namespace ws
