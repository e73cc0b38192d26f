#include "BrowserTabs.h"

#include "BrowserPanel.h"
#include "DealTableModel.h"
#include "EntityTableModel.h"
#include "FilterState.h"
#include "StoreSession.h"
#include "TechnologyTreeModel.h"

#include <QHeaderView>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace ws {

BrowserTabs::BrowserTabs(StoreSession& session, FilterState& filter, QWidget* parent)
    : QTabWidget(parent), m_session(session), m_filter(filter),
      m_companies(new EntityTableModel({EntityType::Company}, this)), m_technologies(new TechnologyTreeModel(this)),
      m_people(new EntityTableModel({EntityType::Person}, this)), m_deals(new DealTableModel(this))
{
    setDocumentMode(true);
    auto* companies = new BrowserPanel(m_companies, QStringLiteral("companies"), this);
    companies->setRefresh([this] { m_companies->load(m_session.database(), filterFor(EntityType::Company)); });
    addPanel(CompaniesTab, companies, tr("&Companies"));

    auto* technologies = new BrowserPanel(m_technologies, QStringLiteral("technologies"), this);
    technologies->setTree(true);
    technologies->setRefresh([this] {
        m_technologies->load(m_session.database(), filterFor(EntityType::Technology));
        // Under a filter the tree is small: open it so every matched technology shows.
        if (!filterFor(EntityType::Technology).isEmpty())
            m_panels[TechnologiesTab]->view()->expandAll();
    });
    addPanel(TechnologiesTab, technologies, tr("&Technologies"));

    auto* people = new BrowserPanel(m_people, QStringLiteral("people"), this);
    people->setRefresh([this] { m_people->load(m_session.database(), filterFor(EntityType::Person)); });
    addPanel(PeopleTab, people, tr("&People"));

    auto* deals = new BrowserPanel(m_deals, QStringLiteral("deals"), this);
    deals->setFilterAllColumns(true);
    deals->setRefresh([this] { m_deals->load(m_session.database(), m_filter.storyFilter()); });
    addPanel(DealsTab, deals, tr("&Deals"));

    // After each refresh the filter's own entities are marked in their browser.
    const std::pair<Tab, EntityType> typed[] = {
        {CompaniesTab, EntityType::Company}, {TechnologiesTab, EntityType::Technology}, {PeopleTab, EntityType::Person}};
    for (const auto& [tab, type] : typed) {
        connect(m_panels[tab], &BrowserPanel::refreshed, this, [this, tab = tab, type = type] {
            QList<qint64> ids;
            for (const EntityRef& entity : m_filter.entities()) {
                if (entity.type == type)
                    ids.append(entity.id);
            }
            m_panels[tab]->selectEntities(ids);
        });
    }

    for (BrowserPanel* panel : m_panels) {
        panel->view()->sortByColumn(1, Qt::DescendingOrder);
        panel->view()->header()->setSectionResizeMode(0, QHeaderView::Interactive);
        panel->view()->header()->resizeSection(0, 180);
    }
    m_panels[DealsTab]->view()->sortByColumn(DealTableModel::DateColumn, Qt::DescendingOrder);
    QHeaderView* dealHeader = m_panels[DealsTab]->view()->header();
    dealHeader->resizeSection(DealTableModel::KindColumn, 90);
    dealHeader->resizeSection(DealTableModel::PartiesColumn, 230);
    dealHeader->resizeSection(DealTableModel::AmountColumn, 120);
    dealHeader->resizeSection(DealTableModel::StatusColumn, 90);
    dealHeader->resizeSection(DealTableModel::StoryColumn, 280);
    m_panels[CompaniesTab]->view()->header()->resizeSection(0, 240);
    m_panels[PeopleTab]->view()->header()->resizeSection(0, 220);
    m_panels[TechnologiesTab]->view()->header()->resizeSection(0, 240);

    auto summarize = [this](Tab tab) {
        BrowserPanel* panel = m_panels[tab];
        const int shown = panel->proxy()->rowCount();
        QString text;
        switch (tab) {
        case CompaniesTab:
        case PeopleTab: {
            EntityTableModel* model = tab == CompaniesTab ? m_companies : m_people;
            text = tr("%L1 of %L2").arg(shown).arg(model->totalInDatabase());
            break;
        }
        case TechnologiesTab: text = tr("%L1 shown").arg(m_technologies->nodeCount()); break;
        case DealsTab: text = tr("%L1 of %L2").arg(shown).arg(m_deals->total()); break;
        default: break;
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

    connect(&m_filter, &FilterState::changed, this, &BrowserTabs::refreshAll);
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

StoryFilter BrowserTabs::filterFor(EntityType type) const
{
    StoryFilter filter;
    filter.entityIds = m_filter.entityIdsExcept(type);
    filter.query = m_filter.query();
    return filter;
}

void BrowserTabs::refreshAll()
{
    for (BrowserPanel* panel : m_panels)
        panel->refreshWhenVisible();
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
