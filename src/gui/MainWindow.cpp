#include "MainWindow.h"

#include "BrowserTabs.h"
#include "EntityCorrector.h"
#include "EntitySidebar.h"
#include "ImportController.h"
#include "IndexRepairNotice.h"
#include "ReaderView.h"
#include "SearchBar.h"
#include "StoryListModel.h"
#include "StoryListView.h"
#include "TableExporter.h"
#include "UpgradeNotice.h"
#include "notes/NotesDock.h"
#include "search/QueryParser.h"
#include "ui_MainWindow.h"
#include "view/EntityTableQuery.h"
#include "view/StoryDetailQuery.h"

#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <numeric>

namespace ws {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_ui(new Ui::MainWindow)
{
    m_ui->setupUi(this);
    createPanels();
    connectActions();
    connectPanels();
    connectNotes();
    onDatabaseOpened();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanels()
{
    m_searchBar = new SearchBar(this);
    m_ui->centralLayout->insertWidget(0, m_searchBar);
    m_ui->centralLayout->setStretchFactor(m_ui->mainSplitter, 1);
    m_browsers = new BrowserTabs(m_session, m_filter, this);
    m_ui->mainSplitter->insertWidget(0, m_browsers);
    m_storyList = new StoryListView(this);
    m_reader = new ReaderView(this);
    m_ui->storySplitter->addWidget(m_storyList);
    m_ui->storySplitter->addWidget(m_reader);
    m_sidebar = new EntitySidebar(this);
    m_ui->mainSplitter->addWidget(m_sidebar);
    m_ui->mainSplitter->setSizes({460, 760, 340});
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->storySplitter->setSizes({330, 520});
    m_corrector = new EntityCorrector(m_session, m_filter, this);
    m_imports = new ImportController(m_session, this);
    m_tableExporter = new TableExporter(m_session, m_filter, this);
    m_notes = new NotesDock(nullptr, this);
    m_notes->setObjectName(QStringLiteral("notesDock")); // saveState() finds it by name
    addDockWidget(Qt::BottomDockWidgetArea, m_notes);
    resizeDocks({m_notes}, {170}, Qt::Vertical); // the stories keep most of the height
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(m_notes->toggleViewAction());
    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    statusBar()->addPermanentWidget(m_matchLabel);

    m_ui->actionBack->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_ui->actionForward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_ui->actionImportFiles->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_ui->actionRefresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
}

void MainWindow::connectActions()
{
    connect(m_ui->actionNewDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->actionImportFiles, &QAction::triggered, this, &MainWindow::importFiles);
    connect(m_ui->actionImportFolder, &QAction::triggered, this, &MainWindow::importFolder);
    connect(m_ui->actionExportStories, &QAction::triggered, this,
            [this] { m_tableExporter->exportTable(CorpusExporter::Table::Stories); });
    connect(m_ui->actionExportEntities, &QAction::triggered, this,
            [this] { m_tableExporter->exportTable(CorpusExporter::Table::Entities); });
    connect(m_ui->actionExportDeals, &QAction::triggered, this,
            [this] { m_tableExporter->exportTable(CorpusExporter::Table::Deals); });
    connect(m_tableExporter, &TableExporter::written, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_tableExporter, &TableExporter::failed, this, [this](const QString& text) {
        // Window-modal and not blocking: the analyst asked for this file and must see why it failed.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), text, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportFailedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionBack, &QAction::triggered, &m_filter, &FilterState::back);
    connect(m_ui->actionForward, &QAction::triggered, &m_filter, &FilterState::forward);
    connect(m_ui->actionClearFilter, &QAction::triggered, this, [this] {
        m_filter.clearEntities();
        m_filter.setQuery({});
    });
    connect(m_ui->actionFocusSearch, &QAction::triggered, m_searchBar, &SearchBar::focusQuery);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    const QList<QAction*> tabs{m_ui->actionShowCompanies, m_ui->actionShowTechnologies,
                               m_ui->actionShowPeople, m_ui->actionShowDeals};
    for (int i = 0; i < tabs.size(); ++i)
        connect(tabs.at(i), &QAction::triggered, this, [this, i] { m_browsers->setCurrentIndex(i); });
    connect(m_ui->actionQueryHelp, &QAction::triggered, m_searchBar, &SearchBar::showHelp);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Wirescope"),
                           tr("<b>Wirescope %1</b><p>An industry-news explorer: stories, companies, people, "
                              "technologies and deals, linked.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::connectPanels()
{
    connect(&m_filter, &FilterState::changed, this, &MainWindow::onFilterChanged);
    connect(&m_session, &StoreSession::opened, this, &MainWindow::onDatabaseOpened);
    // A schema upgrade copies the whole file first: seconds on a large corpus, shown with Cancel.
    connect(&m_session, &StoreSession::upgradeStarted, this,
            [this](const QString& path) { (new UpgradeNotice(m_session, path, this))->show(); });
    // So does building the indexes that a killed import into the file left missing.
    connect(&m_session, &StoreSession::indexRepairStarted, this,
            [this](const QString& path) { (new IndexRepairNotice(m_session, path, this))->show(); });
    connect(&m_session, &StoreSession::dataChanged, this, [this] {
        m_storyList->reload();
        m_reader->reload();
    });
    connect(m_searchBar, &SearchBar::queryChanged, this, &MainWindow::onQueryEdited);
    connect(m_searchBar, &SearchBar::chipRemoved, &m_filter, &FilterState::removeEntity);
    connect(m_searchBar, &SearchBar::chipsCleared, &m_filter, &FilterState::clearEntities);

    connect(m_storyList, &StoryListView::storySelected, this, &MainWindow::showStory);
    // What follows a search query waits for the story list's search, run on its own thread.
    connect(m_storyList->model(), &StoryListModel::searchFinished, m_browsers, &BrowserTabs::followFilter);
    connect(m_storyList->model(), &StoryListModel::searchFinished, this, &MainWindow::updateNotesFilter);
    connect(m_storyList->model(), &StoryListModel::searchStarted, this,
            [this] { m_matchLabel->setText(tr("Searching\u2026")); });
    connect(m_storyList->model(), &StoryListModel::totalChanged, this, [this](qint64 total) {
        m_matchLabel->setText(m_filter.isEmpty() ? tr("Stories: %L1").arg(total)
                                                 : tr("Stories matching the filter: %L1").arg(total));
        // Keep the reader on a story of the list: the first one when the old one is gone.
        if (m_storyList->currentStory() == 0 && m_storyList->model()->rowCount() > 0)
            m_storyList->selectRow(0);
    });
    connect(m_reader, &ReaderView::storyShown, m_sidebar, &EntitySidebar::showStory);
    connect(m_reader, &ReaderView::storyCleared, m_sidebar, &EntitySidebar::clear);
    connect(m_sidebar, &EntitySidebar::evidenceActivated, m_reader, &ReaderView::reveal);
    connect(m_browsers, &BrowserTabs::storyActivated, this, &MainWindow::showStory);

    connect(m_storyList, &StoryListView::entityActivated, this, &MainWindow::activateEntity);
    connect(m_reader, &ReaderView::entityActivated, this, &MainWindow::activateEntity);
    connect(m_sidebar, &EntitySidebar::entityActivated, this, &MainWindow::activateEntity);
    connect(m_browsers, &BrowserTabs::entityActivated, this, &MainWindow::activateEntity);
    connect(m_reader, &ReaderView::entityMenuRequested, m_corrector, &EntityCorrector::showMenu);
    connect(m_sidebar, &EntitySidebar::entityMenuRequested, m_corrector, &EntityCorrector::showMenu);
    connect(m_browsers, &BrowserTabs::entityMenuRequested, m_corrector, &EntityCorrector::showMenu);

    connect(m_storyList, &StoryListView::failed, this, &MainWindow::showError);
    connect(m_reader, &ReaderView::failed, this, &MainWindow::showError);
    connect(m_browsers, &BrowserTabs::failed, this, &MainWindow::showError);
    connect(m_corrector, &EntityCorrector::corrected, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_imports, &ImportController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    connect(m_imports, &ImportController::runningChanged, this, [this](bool running) {
        for (QAction* action : {m_ui->actionImportFiles, m_ui->actionImportFolder, m_ui->actionNewDatabase,
                                m_ui->actionOpenDatabase})
            action->setEnabled(!running);
    });
}

void MainWindow::connectNotes()
{
    connect(&m_session, &StoreSession::opened, this, [this] { m_notes->setDatabase(m_session.database()); });
    connect(&m_session, &StoreSession::dataChanged, m_notes, &NotesDock::reload);
    connect(m_reader, &ReaderView::storyShown, this,
            [this](const StoryDetail& story) { m_notes->setCurrentStory(story.id); });
    connect(m_reader, &ReaderView::noteRequested, this, [this](const QString& storyId, const QString& quote) {
        m_notes->addNote(quote.isEmpty() ? NoteTarget::story(storyId) : NoteTarget::passage(storyId, quote));
    });
    // A note's anchor opens its story at the passage; an entity note filters by the entity.
    connect(m_notes, &NotesDock::openAnchor, this, [this](const QString& storyId, int start, int end) {
        if (!m_session.isOpen())
            return;
        const qint64 rowid = StoryDetailQuery(*m_session.database()).rowidOf(storyId);
        if (rowid == 0) {
            statusBar()->showMessage(tr("The story of that note is no longer in this database."), 8000);
            return;
        }
        showStory(rowid);
        m_reader->revealRange(start, end);
    });
    connect(m_notes, &NotesDock::openEntity, this, [this](qint64 entityId) {
        if (!m_session.isOpen())
            return;
        if (const auto entity = EntityTableQuery(*m_session.database()).byId(entityId))
            m_filter.showEntity(*entity);
    });
    // The sidebar lists the current story's notes.
    connect(m_notes, &NotesDock::notesChanged, m_reader, &ReaderView::reload);
    connect(m_notes, &NotesDock::followFilterToggled, this, &MainWindow::updateNotesFilter);
}

void MainWindow::updateNotesFilter()
{
    // The notes dock can narrow to the stories the filter matches; that costs a second run of the
    // filter, so it is only done while the dock asks for it, and only noted stories are listed.
    if (!m_session.isOpen() || m_filter.isEmpty() || !m_notes->followsFilter()) {
        m_notes->setStoryFilter(std::nullopt);
        return;
    }
    if (m_storyList->model()->isSearching())
        return; // again when the search answers
    try {
        m_notes->setStoryFilter(StoryListQuery::notedStoryIds(*m_session.database(), m_filter.storyFilter()));
    } catch (const DbError& error) {
        m_notes->setStoryFilter(std::nullopt);
        showError(error.message());
    }
}

MainWindow::OpenOutcome MainWindow::openDatabase(const QString& path)
{
    try {
        m_session.open(path);
    } catch (const UpgradeCancelled& cancelled) {
        showUpgradeCancelled(cancelled.message());
        return OpenOutcome::Cancelled;
    } catch (const DbError& error) {
        QMessageBox::critical(this, tr("Cannot open the database"), error.message());
        return OpenOutcome::Failed;
    }
    return OpenOutcome::Opened;
}

void MainWindow::showUpgradeCancelled(const QString& message)
{
    // The analyst's own choice, not a failure: said plainly, without blocking the window.
    // With nothing open (a cancel at start-up), say where to go next.
    const QString text = m_session.isOpen()
                             ? message
                             : message + QLatin1Char('\n') + tr("File > Open Database… opens another database.");
    auto* box = new QMessageBox(QMessageBox::Information, tr("Upgrade cancelled"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("upgradeCancelledBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::onDatabaseOpened()
{
    const bool open = m_session.isOpen();
    setWindowTitle(open ? tr("%1 — Wirescope").arg(QFileInfo(m_session.path()).fileName()) : tr("Wirescope"));
    m_ui->actionImportFiles->setEnabled(open);
    m_ui->actionImportFolder->setEnabled(open);
    for (QAction* action : {m_ui->actionExportStories, m_ui->actionExportEntities, m_ui->actionExportDeals})
        action->setEnabled(open);
    m_reader->setDatabase(m_session.database());
    m_filter.reset(); // emits changed(): the story list loads from the new database
}

void MainWindow::onFilterChanged()
{
    m_searchBar->showState(m_filter.query(), m_filter.entities());
    m_searchBar->setProblem({});
    m_ui->actionBack->setEnabled(m_filter.canGoBack());
    m_ui->actionForward->setEnabled(m_filter.canGoForward());
    m_storyList->model()->load(m_session.database(), m_filter.storyFilter());
    updateNotesFilter();
}

void MainWindow::onQueryEdited(const QString& query)
{
    // A query that does not parse stays in the box, marked, and the views keep the last good one.
    const ParsedQuery parsed = QueryParser::parse(query);
    if (!parsed.ok()) {
        const QString message = parsed.error->position >= 0 ? tr("Search: %1 (at character %2)")
                                                                  .arg(parsed.error->message)
                                                                  .arg(parsed.error->position + 1)
                                                            : tr("Search: %1").arg(parsed.error->message);
        m_searchBar->setProblem(message);
        statusBar()->showMessage(message, 10000);
        return;
    }
    m_searchBar->setProblem({});
    m_filter.setQuery(query);
}

void MainWindow::activateEntity(const EntityRef& entity, bool add)
{
    if (add)
        m_filter.addEntity(entity);
    else
        m_filter.showEntity(entity);
}

void MainWindow::showStory(qint64 rowid)
{
    if (m_reader->story() && m_reader->story()->rowid == rowid)
        return;
    m_reader->showStory(rowid);
}

void MainWindow::newDatabase()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New database"), QFileInfo(m_session.path()).absolutePath(),
                                     tr("Wirescope databases (*.db)"));
    if (path.isEmpty())
        return;
    const QString file = QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".db") : path;
    if (QFileInfo::exists(file)) {
        // The file dialog asked before overwriting; an open database is closed first.
        if (QFileInfo(file).canonicalFilePath() == QFileInfo(m_session.path()).canonicalFilePath())
            m_session.close();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
    }
    openDatabase(file);
}

void MainWindow::chooseDatabase()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_session.path()).absolutePath(),
                                     tr("Wirescope databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import files"), QSettings().value(QStringLiteral("session/importFolder")).toString(),
        tr("All files (*);;Text and SGML (*.txt *.sgm *.sgml);;Feeds and JSON (*.xml *.rss *.atom *.json "
           "*.jsonl)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("session/importFolder"), QFileInfo(files.first()).absolutePath());
    m_imports->importPaths(files);
}

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import folder"), QSettings().value(QStringLiteral("session/importFolder")).toString());
    if (folder.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("session/importFolder"), folder);
    m_imports->importPaths({folder});
}

void MainWindow::refresh()
{
    m_session.notifyDataChanged();
    statusBar()->showMessage(tr("Read again from %1").arg(m_session.path()), 4000);
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::setBrowserWidth(int width)
{
    QList<int> sizes = m_ui->mainSplitter->sizes();
    const int total = std::accumulate(sizes.begin(), sizes.end(), 0);
    const int sidebar = std::min(sizes.value(2), std::max(0, total - width) / 3);
    sizes = {width, std::max(0, total - width - sidebar), sidebar};
    m_ui->mainSplitter->setSizes(sizes);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_ui->storySplitter->restoreState(settings.value(QStringLiteral("window/storySplitter")).toByteArray());
    m_sidebar->restoreState(settings);
    m_browsers->restoreState(settings);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/storySplitter"), m_ui->storySplitter->saveState());
    m_sidebar->saveState(settings);
    m_browsers->saveState(settings);
    if (m_session.isOpen())
        settings.setValue(QStringLiteral("session/database"), m_session.path());
    settings.setValue(QStringLiteral("session/query"), m_filter.query());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_imports->isRunning()) {
        const auto answer = QMessageBox::question(this, tr("Import running"),
                                                  tr("An import is running. Cancel it and quit? The stories "
                                                     "already written stay in the database."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_imports->cancel();
        m_imports->wait();
    }
    saveSettings();
    event->accept();
}

} // namespace ws
