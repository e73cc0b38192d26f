#include "BrowserTabs.h"

#include "CoOccurrence.h"

#include "BrowserPanel.h"
#include "DealTableModel.h"
#include "EntityTableModel.h"
#include "FilterState.h"
#include "StoreSession.h"
#include "TechnologyTreeModel.h"
#include "view/StoryMatcher.h"

#include <QHeaderView>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace ws {

BrowserTabs::BrowserTabs(StoreSession& session, FilterState& filter, QWidget* parent)
    : QTabWidget(parent), m_session(session), m_filter(filter),
      m_companies(new EntityTableModel({EntityType::Company}, this)),
      m_technologies(new TechnologyTreeModel(this)),
      m_people(new EntityTableModel({EntityType::Person}, this)), m_deals(new DealTableModel(this))
{
    setDocumentMode(true);
    auto* companies = new BrowserPanel(m_companies, QStringLiteral("companies"), this);
    addPanel(CompaniesTab, companies, tr("&Companies"));
    auto* technologies = new BrowserPanel(m_technologies, QStringLiteral("technologies"), this);
    technologies->setTree(true);
    addPanel(TechnologiesTab, technologies, tr("&Technologies"));
    auto* people = new BrowserPanel(m_people, QStringLiteral("people"), this);
    addPanel(PeopleTab, people, tr("&People"));
    auto* deals = new BrowserPanel(m_deals, QStringLiteral("deals"), this);
    deals->setFilterAllColumns(true);
    addPanel(DealsTab, deals, tr("&Deals"));

    for (int tab = 0; tab < TabCount; ++tab) {
        m_panels[tab]->setRefresh([this, tab] {
            const StoryFilter filter = wanted(Tab(tab));
            Database* db = m_session.database();
            switch (tab) {
            case CompaniesTab:
                m_companies->load(db, filter);
                break;
            case TechnologiesTab:
                m_technologies->load(db, filter);
                // Under a filter the tree is small: open it so every matched technology shows.
                if (!filter.isEmpty())
                    m_panels[TechnologiesTab]->view()->expandAll();
                break;
            case PeopleTab:
                m_people->load(db, filter);
                break;
            case DealsTab:
                m_deals->load(db, filter);
                break;
            default:
                break;
            }
            m_loaded[tab] = filter;
        });
    }

    // After each refresh the filter's own entities are marked in their browser.
    for (int tab = 0; tab < TabCount; ++tab)
        connect(m_panels[tab], &BrowserPanel::refreshed, this, [this, tab] { markFiltered(Tab(tab)); });

    for (BrowserPanel* panel : m_panels) {
        panel->view()->sortByColumn(1, Qt::DescendingOrder);
        panel->view()->header()->setSectionResizeMode(0, QHeaderView::Interactive);
        panel->view()->header()->resizeSection(0, 180);
    }
    m_panels[DealsTab]->view()->sortByColumn(DealTableModel::DateColumn, Qt::DescendingOrder);
    QHeaderView* dealHeader = m_panels[DealsTab]->view()->header();
    dealHeader->resizeSection(DealTableModel::KindColumn, 90);
    dealHeader->resizeSection(DealTableModel::PartiesColumn, 230);
    dealHeader->resizeSection(DealTableModel::AmountColumn, 150);
    dealHeader->resizeSection(DealTableModel::StatusColumn, 90);
    dealHeader->resizeSection(DealTableModel::StoryColumn, 280);
    m_panels[CompaniesTab]->view()->header()->resizeSection(0, 240);
    m_panels[PeopleTab]->view()->header()->resizeSection(0, 220);
    m_panels[TechnologiesTab]->view()->header()->resizeSection(0, 240);

    auto summarize = [this](Tab tab) {
        BrowserPanel* panel = m_panels[tab];
        const int shown = panel->proxy()->rowCount();
        QString text;
        qsizetype sampledFrom = -1;
        switch (tab) {
        case CompaniesTab:
        case PeopleTab: {
            EntityTableModel* model = tab == CompaniesTab ? m_companies : m_people;
            text = tr("%L1 of %L2").arg(shown).arg(model->totalInDatabase());
            sampledFrom = model->sampledFrom();
            break;
        }
        case TechnologiesTab:
            text = tr("%L1 shown").arg(m_technologies->nodeCount());
            sampledFrom = m_technologies->sampledFrom();
            break;
        case DealsTab:
            text = tr("%L1 of %L2").arg(shown).arg(m_deals->total());
            sampledFrom = m_deals->sampledFrom();
            break;
        default:
            break;
        }
        if (sampledFrom >= 0) {
            text += tr(" \u00b7 from the newest %L1 of %L2 stories").arg(coOccurrenceSample).arg(sampledFrom);
            panel->setSummaryToolTip(tr("The filter matches %L1 stories; these counts come from the %L2 "
                                        "imported last, so that a broad filter is counted at once.")
                                         .arg(sampledFrom)
                                         .arg(coOccurrenceSample));
        } else {
            panel->setSummaryToolTip({});
        }
        panel->setSummary(text);
    };
    for (int tab = 0; tab < TabCount; ++tab) {
        QSortFilterProxyModel* proxy = m_panels[tab]->proxy();
        auto update = [summarize, tab] { summarize(Tab(tab)); };
        connect(proxy, &QAbstractItemModel::modelReset, this, update);
        connect(proxy, &QAbstractItemModel::rowsInserted, this, update);
        connect(proxy, &QAbstractItemModel::rowsRemoved, this, update);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, update);
    }
    for (auto* model : {static_cast<QObject*>(m_companies), static_cast<QObject*>(m_people)})
        connect(static_cast<EntityTableModel*>(model), &EntityTableModel::failed, this, &BrowserTabs::failed);
    connect(m_technologies, &TechnologyTreeModel::failed, this, &BrowserTabs::failed);
    connect(m_deals, &DealTableModel::failed, this, &BrowserTabs::failed);

    connect(&m_filter, &FilterState::changed, this, &BrowserTabs::followFilter);
    connect(&m_session, &StoreSession::opened, this, &BrowserTabs::refreshAll);
    connect(&m_session, &StoreSession::dataChanged, this, &BrowserTabs::refreshAll);
}

BrowserTabs::~BrowserTabs() = default;

void BrowserTabs::addPanel(Tab tab, BrowserPanel* panel, const QString& title)
{
    m_panels[tab] = panel;
    addTab(panel, title);
    connect(panel, &BrowserPanel::entityActivated, this, &BrowserTabs::entityActivated);
    connect(panel, &BrowserPanel::entityMenuRequested, this, &BrowserTabs::entityMenuRequested);
    connect(panel, &BrowserPanel::storyActivated, this, &BrowserTabs::storyActivated);
}

std::optional<EntityType> BrowserTabs::typeOf(Tab tab)
{
    switch (tab) {
    case CompaniesTab:
        return EntityType::Company;
    case TechnologiesTab:
        return EntityType::Technology;
    case PeopleTab:
        return EntityType::Person;
    default:
        return std::nullopt;
    }
}

StoryFilter BrowserTabs::wanted(Tab tab) const
{
    const auto type = typeOf(tab);
    if (!type)
        return m_filter.storyFilter(); // deals follow every entity of the filter
    StoryFilter filter;
    filter.entityIds = m_filter.entityIdsExcept(*type);
    filter.query = m_filter.query();
    return filter;
}

void BrowserTabs::markFiltered(Tab tab)
{
    const auto type = typeOf(tab);
    if (!type)
        return;
    QList<qint64> ids;
    for (const EntityRef& entity : m_filter.entities()) {
        if (entity.type == *type)
            ids.append(entity.id);
    }
    m_panels[tab]->selectEntities(ids);
}

void BrowserTabs::followFilter()
{
    // Under a search query the browsers wait for the story list's search (on its thread): running
    // the query here would block the window. Its answer calls this again, and then it is known.
    Database* db = m_session.database();
    if (db && !m_filter.query().trimmed().isEmpty() && !StoryMatcher::knows(*db, m_filter.query())) {
        for (auto& loaded : m_loaded)
            loaded.reset();
        return;
    }
    // A browser whose own filter did not change (the Companies tab when another company is
    // clicked) keeps its rows; only the marked entities move.
    for (int tab = 0; tab < TabCount; ++tab) {
        if (m_loaded[tab] && *m_loaded[tab] == wanted(Tab(tab)))
            markFiltered(Tab(tab));
        else
            m_panels[tab]->refreshWhenVisible();
    }
}

void BrowserTabs::refreshAll()
{
    for (int tab = 0; tab < TabCount; ++tab) {
        m_loaded[tab].reset();
        m_panels[tab]->refreshWhenVisible();
    }
}

void BrowserTabs::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("browsers/tab"), currentIndex());
    for (BrowserPanel* panel : m_panels)
        panel->saveState(settings);
}

void BrowserTabs::restoreState(const QSettings& settings)
{
    for (BrowserPanel* panel : m_panels)
        panel->restoreState(settings);
    setCurrentIndex(settings.value(QStringLiteral("browsers/tab"), 0).toInt());
}

} // namespace ws
