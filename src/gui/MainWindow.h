#pragma once

#include "FilterState.h"
#include "StoreSession.h"

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;

namespace ws {

class BrowserTabs;
class EntityCorrector;
class EntitySidebar;
class ImportController;
class NotesDock;
class ReaderView;
class SearchBar;
class StoryListView;
class TableExporter;

// The main window: builds the panels, menus and status bar, owns the read connection and the
// FilterState, and wires them together. Each panel does its own job.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a database (creating it if need be); tells the user when it cannot or when the analyst
    // cancels the upgrade it needs.
    enum class OpenOutcome
    {
        Opened,
        Cancelled, // the analyst stopped the upgrade the file needed; the file is as it was
        Failed,    // said in a message box
    };
    OpenOutcome openDatabase(const QString& path);
    StoreSession& session() { return m_session; }
    FilterState& filter() { return m_filter; }
    ImportController* imports() const { return m_imports; }
    SearchBar* searchBar() const { return m_searchBar; }
    StoryListView* storyList() const { return m_storyList; }
    ReaderView* reader() const { return m_reader; }
    EntitySidebar* sidebar() const { return m_sidebar; }
    BrowserTabs* browsers() const { return m_browsers; }
    EntityCorrector* corrector() const { return m_corrector; }
    NotesDock* notes() const { return m_notes; }
    TableExporter* tableExporter() const { return m_tableExporter; }

    // Gives the browser tabs this width (pixels), the other panes sharing the rest.
    void setBrowserWidth(int width);

    void restoreSettings();
    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPanels();
    void connectActions();
    void connectPanels();
    void connectNotes();
    void updateNotesFilter();
    void onFilterChanged();
    void onQueryEdited(const QString& query);
    void onDatabaseOpened();
    void activateEntity(const EntityRef& entity, bool add);
    void showStory(qint64 rowid);
    void newDatabase();
    void chooseDatabase();
    void importFiles();
    void importFolder();
    void refresh();
    void showError(const QString& message);
    void showUpgradeCancelled(const QString& message);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    StoreSession m_session;
    FilterState m_filter;
    SearchBar* m_searchBar = nullptr;
    StoryListView* m_storyList = nullptr;
    ReaderView* m_reader = nullptr;
    EntitySidebar* m_sidebar = nullptr;
    BrowserTabs* m_browsers = nullptr;
    EntityCorrector* m_corrector = nullptr;
    ImportController* m_imports = nullptr;
    NotesDock* m_notes = nullptr;
    TableExporter* m_tableExporter = nullptr;
    QLabel* m_matchLabel = nullptr;
};

} // namespace ws
