#include "BrowserPanel.h"
#include "BrowserTabs.h"
#include "DealTableModel.h"
#include "EntitySidebar.h"
#include "EntityTableModel.h"
#include "GuiTestCorpus.h"
#include "MainWindow.h"
#include "notes/NotesDock.h"
#include "ModelRoles.h"
#include "ReaderView.h"
#include "SearchBar.h"
#include "StoryListModel.h"
#include "StoryListView.h"
#include "TableExporter.h"
#include "TechnologyTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace ws;
using namespace ws::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ChipCorpus> m_chips;
    std::unique_ptr<MainWindow> m_window;

    StoryListModel* stories() const { return m_window->storyList()->model(); }
    BrowserPanel* panel(BrowserTabs::Tab tab) const { return m_window->browsers()->panel(tab); }

    // Clicks the row of `name` in a browser, as the user does (with Ctrl when `add`).
    void clickEntity(BrowserTabs::Tab tab, const QString& name, bool add = false)
    {
        m_window->browsers()->setCurrentIndex(tab);
        BrowserPanel* browser = panel(tab);
        QSortFilterProxyModel* proxy = browser->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, 0);
            if (index.data().toString() == name) {
                browser->view()->scrollTo(index);
                const QPoint centre = browser->view()->visualRect(index).center();
                QTest::mouseClick(browser->view()->viewport(), Qt::LeftButton,
                                  add ? Qt::ControlModifier : Qt::NoModifier, centre);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("%1 is not in the browser").arg(name)));
    }

    QStringList chipNames() const
    {
        QStringList names;
        for (const EntityRef& entity : m_window->filter().entities())
            names.append(entity.name);
        // The chips shown must be the filter's entities.
        const auto chips =
            m_window->searchBar()->findChildren<QToolButton*>(QRegularExpression(QStringLiteral("^chip_")));
        int visible = 0;
        for (QToolButton* chip : chips)
            visible += chip->isVisibleTo(m_window.get()) ? 1 : 0;
        if (visible != names.size())
            return {QStringLiteral("chips out of step: %1 shown for %2").arg(visible).arg(names.size())};
        return names;
    }

    QStringList column(QAbstractItemModel* model, int column = 0, const QModelIndex& parent = {}) const
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, column, parent);
            values.append(index.data().toString());
            values += this->column(model, column, model->index(row, 0, parent));
        }
        return values;
    }

    void pressBack() { QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier); }
    void pressForward() { QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WirescopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
        m_chips = std::make_unique<ChipCorpus>(30);
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        QCOMPARE(m_window->openDatabase(m_chips->corpus.path()), MainWindow::OpenOutcome::Opened);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void opensOnEveryStory()
    {
        QCOMPARE(stories()->total(), 35);
        QCOMPARE(m_window->statusBar()->findChild<QLabel*>(QStringLiteral("matchLabel"))->text(),
                 QStringLiteral("Stories: 35"));
        // The first story is shown, and its entities are in the sidebar.
        QVERIFY(m_window->reader()->story());
        QCOMPARE(m_window->reader()->story()->rowid, m_chips->sNvidia);
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("test.db")));
        QCOMPARE(panel(BrowserTabs::CompaniesTab)->proxy()->rowCount(), 5);
    }

    void clickingACompanyFiltersTheOtherViews()
    {
        clickEntity(BrowserTabs::CompaniesTab, QStringLiteral("TSMC"));
        QCOMPARE(chipNames(), QStringList({"TSMC"}));
        QCOMPARE(stories()->total(), 3);
        QCOMPARE(m_window->statusBar()->findChild<QLabel*>(QStringLiteral("matchLabel"))->text(),
                 QStringLiteral("Stories matching the filter: 3"));
        // The companies browser still lists every company, to pick another.
        QCOMPARE(panel(BrowserTabs::CompaniesTab)->proxy()->rowCount(), 5);

        m_window->browsers()->setCurrentIndex(BrowserTabs::TechnologiesTab);
        QCOMPARE(column(m_window->browsers()->technologies()), QStringList({"CoWoS", "CoWoS-L"}));
        m_window->browsers()->setCurrentIndex(BrowserTabs::PeopleTab);
        const QStringList people = column(m_window->browsers()->people());
        QCOMPARE(QSet<QString>(people.begin(), people.end()), QSet<QString>({"C.C. Wei", "Jensen Huang"}));
        m_window->browsers()->setCurrentIndex(BrowserTabs::DealsTab);
        QCOMPARE(column(m_window->browsers()->deals()), QStringList({"contract"}));
    }

    void ctrlClickAddsAndChipsRemove()
    {
        clickEntity(BrowserTabs::CompaniesTab, QStringLiteral("TSMC"));
        clickEntity(BrowserTabs::CompaniesTab, QStringLiteral("Nvidia"), true);
        QCOMPARE(chipNames(), QStringList({"TSMC", "Nvidia"}));
        QCOMPARE(stories()->total(), 2);

        // The TSMC chip's x: only Nvidia is left.
        auto* chip =
            m_window->searchBar()->findChild<QToolButton*>(QStringLiteral("chip_%1").arg(m_chips->tsmc));
        QVERIFY(chip);
        QTest::mouseClick(chip, Qt::LeftButton);
        QCOMPARE(chipNames(), QStringList({"Nvidia"}));
        QCOMPARE(stories()->total(), 2); // sTsmc and sNvidia both mention Nvidia
        m_window->browsers()->setCurrentIndex(BrowserTabs::TechnologiesTab);
        QCOMPARE(column(m_window->browsers()->technologies()), QStringList({"CoWoS", "CoWoS-L"}));
    }

    void backAndForwardRestoreEveryView()
    {
        clickEntity(BrowserTabs::CompaniesTab, QStringLiteral("CXMT"));
        clickEntity(BrowserTabs::CompaniesTab, QStringLiteral("TSMC"));
        clickEntity(BrowserTabs::CompaniesTab, QStringLiteral("Nvidia"), true);
        QCOMPARE(stories()->total(), 2);

        pressBack();
        QCOMPARE(chipNames(), QStringList({"TSMC"}));
        QCOMPARE(stories()->total(), 3);
        pressBack();
        QCOMPARE(chipNames(), QStringList({"CXMT"}));
        QCOMPARE(stories()->total(), 1);
        m_window->browsers()->setCurrentIndex(BrowserTabs::DealsTab);
        QCOMPARE(column(m_window->browsers()->deals()), QStringList({"investment"}));
        pressBack();
        QVERIFY(chipNames().isEmpty());
        QCOMPARE(stories()->total(), 35);
        QCOMPARE(column(m_window->browsers()->deals()).size(), 2);
        auto* back = m_window->findChild<QAction*>(QStringLiteral("actionBack"));
        QVERIFY(!back->isEnabled());

        pressForward();
        pressForward();
        QCOMPARE(chipNames(), QStringList({"TSMC"}));
        QCOMPARE(stories()->total(), 3);
        QCOMPARE(column(m_window->browsers()->deals()), QStringList({"contract"}));
        pressForward();
        QCOMPARE(chipNames(), QStringList({"TSMC", "Nvidia"}));
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionForward"))->isEnabled());
    }

    void readerAndSidebarFilterToo()
    {
        // An entity in the reader: a plain click shows it, a Ctrl+click adds it.
        m_window->reader()->showStory(m_chips->sCxmt);
        auto* browser = m_window->reader()->findChild<QTextBrowser*>();
        emit browser->anchorClicked(QUrl(QStringLiteral("entity:%1").arg(m_chips->hbm)));
        QCOMPARE(chipNames(), QStringList({"HBM"}));
        QCOMPARE(stories()->total(), 2);
        // The sidebar follows the story shown.
        auto* tree = m_window->sidebar()->findChild<QTreeView*>(QStringLiteral("entityTree"));
        QVERIFY(tree->model()->rowCount() > 0);
        const QModelIndex companies = tree->model()->index(0, 0);
        QCOMPARE(companies.data().toString(), QStringLiteral("Companies"));
        tree->expandAll();
        const QModelIndex first = tree->model()->index(0, 0, companies);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          tree->visualRect(first).center());
        QCOMPARE(m_window->filter().entities().size(), 2);
    }

    void searchAsYouType()
    {
        auto* edit = m_window->searchBar()->findChild<QLineEdit*>(QStringLiteral("queryEdit"));
        QTest::keyClicks(edit, QStringLiteral("capacity"));
        QCOMPARE(stories()->total(), 35); // not before the pause
        QTRY_COMPARE(stories()->total(), 1);
        QCOMPARE(m_window->filter().query(), QStringLiteral("capacity"));

        // A query that does not parse is marked and changes nothing.
        QTest::keyClicks(edit, QStringLiteral(" (oops"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(m_window->filter().query(), QStringLiteral("capacity"));
        QVERIFY(edit->toolTip().contains(QStringLiteral("character")));
        QCOMPARE(stories()->total(), 1);

        pressBack();
        QCOMPARE(edit->text(), QString());
        QCOMPARE(stories()->total(), 35);
    }

    void searchRunsOffTheGuiThread()
    {
        // The query is handed to the search thread: setQuery returns at once, the list says it is
        // searching, and the browsers wait for the answer instead of running the query here.
        m_window->browsers()->setCurrentIndex(BrowserTabs::CompaniesTab);
        m_window->filter().setQuery(QStringLiteral("capacity"));
        QVERIFY(stories()->isSearching());
        QCOMPARE(stories()->rowCount(), 0);
        QVERIFY(m_window->findChild<QToolButton*>(QStringLiteral("stopSearchButton"))->isVisibleTo(m_window.get()));
        QTRY_COMPARE(stories()->total(), 1);
        QVERIFY(!m_window->findChild<QToolButton*>(QStringLiteral("stopSearchButton"))->isVisibleTo(m_window.get()));
        QTRY_VERIFY(column(m_window->browsers()->companies()).contains(QStringLiteral("TSMC")));
        QVERIFY(!column(m_window->browsers()->companies()).contains(QStringLiteral("CXMT")));
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("matchLabel"))->text(),
                 QStringLiteral("Stories matching the filter: 1"));
    }

    void dealRowOpensItsStory()
    {
        m_window->browsers()->setCurrentIndex(BrowserTabs::DealsTab);
        BrowserPanel* deals = panel(BrowserTabs::DealsTab);
        QSortFilterProxyModel* proxy = deals->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, DealTableModel::KindColumn).data().toString() ==
                QLatin1String("investment")) {
                QTest::mouseClick(deals->view()->viewport(), Qt::LeftButton, {},
                                  deals->view()->visualRect(proxy->index(row, 0)).center());
            }
        }
        QCOMPARE(m_window->reader()->story()->rowid, m_chips->sCxmt);
    }

    void notesPanelFollowsTheFilterWhenAsked()
    {
        Database& db = m_chips->corpus.db();
        for (const qint64 rowid : {m_chips->sTsmc, m_chips->sCxmt})
            db.exec(QStringLiteral("INSERT INTO notes(story_id, body, created, edited) SELECT id, 'followed', "
                                   "'now', 'now' FROM stories WHERE rowid = %1").arg(rowid));
        m_window->notes()->reload();
        const auto followed = [this] {
            QAbstractItemModel* model = m_window->notes()->findChild<QTreeView*>()->model();
            return int(column(model, 2).count(QStringLiteral("followed")));
        };
        QCOMPARE(followed(), 2);
        clickEntity(BrowserTabs::CompaniesTab, QStringLiteral("TSMC"));
        QCOMPARE(followed(), 2); // the box is off: every note stays listed
        auto* follow = m_window->notes()->findChild<QCheckBox*>(QStringLiteral("followFilter"));
        follow->setChecked(true);
        QCOMPARE(followed(), 1);
        pressBack();
        QCOMPARE(followed(), 2);
        follow->setChecked(false);
        db.exec(QStringLiteral("DELETE FROM notes WHERE body = 'followed'"));
    }

    void exportsFollowTheFilter()
    {
        QTemporaryDir dir;
        QString answer = dir.filePath(QStringLiteral("tsmc.json"));
        m_window->tableExporter()->setPathChooser([&answer](const QString&, const QString&) { return answer; });
        clickEntity(BrowserTabs::CompaniesTab, QStringLiteral("TSMC"));
        const int listed = stories()->total();
        QVERIFY(listed > 0 && listed < 35);
        m_window->findChild<QAction*>(QStringLiteral("actionExportStories"))->trigger();
        QFile json(answer);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).array().size(), listed);

        answer = dir.filePath(QStringLiteral("entities.csv"));
        m_window->findChild<QAction*>(QStringLiteral("actionExportEntities"))->trigger();
        QFile csv(answer);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("TSMC"));

        // A folder that does not exist: a message naming the file, and nothing written.
        answer = dir.filePath(QStringLiteral("missing/deals.csv"));
        m_window->findChild<QAction*>(QStringLiteral("actionExportDeals"))->trigger();
        auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("exportFailedBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("deals.csv")), qPrintable(box->text()));
        QVERIFY(!QFileInfo::exists(answer));
        box->close();
    }

    void settingsPersistAcrossWindows()
    {
        m_window->setBrowserWidth(333);
        m_window->browsers()->setCurrentIndex(BrowserTabs::DealsTab);
        m_window->filter().setQuery(QStringLiteral("capacity"));
        const QList<int> sizes = m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes();
        QVERIFY(m_window->close()); // closing saves
        m_window.reset();

        MainWindow again;
        again.resize(1400, 900);
        again.restoreSettings();
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), sizes);
        QCOMPARE(again.browsers()->currentIndex(), int(BrowserTabs::DealsTab));
        const QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("session/database")).toString(), m_chips->corpus.path());
        QCOMPARE(settings.value(QStringLiteral("session/query")).toString(), QStringLiteral("capacity"));
    }

    void keyboardReachesEveryPanel()
    {
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->browsers()->currentIndex(), int(BrowserTabs::PeopleTab));
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(m_window->browsers()->currentIndex(), int(BrowserTabs::DealsTab));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_window->searchBar()->findChild<QLineEdit*>(QStringLiteral("queryEdit"))->hasFocus());
        clickEntity(BrowserTabs::CompaniesTab, QStringLiteral("TSMC"));
        QCOMPARE(m_window->filter().entities().size(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->filter().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
