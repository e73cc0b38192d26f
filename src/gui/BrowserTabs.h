#pragma once

#include "view/ViewTypes.h"

#include <QTabWidget>
#include <optional>

class QSettings;

namespace ws {

class BrowserPanel;
class DealTableModel;
class EntityTableModel;
class FilterState;
class StoreSession;
class TechnologyTreeModel;

// The browser tabs (Companies, Technologies, People, Deals), each following the FilterState: a
// browser lists what co-occurs with the filter's entities of other types, so the Companies tab still
// shows every company while one is selected, and the other tabs narrow to it.
class BrowserTabs : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        CompaniesTab,
        TechnologiesTab,
        PeopleTab,
        DealsTab,
        TabCount
    };

    BrowserTabs(StoreSession& session, FilterState& filter, QWidget* parent = nullptr);
    ~BrowserTabs() override;

    BrowserPanel* panel(Tab tab) const { return m_panels[tab]; }
    EntityTableModel* companies() const { return m_companies; }
    TechnologyTreeModel* technologies() const { return m_technologies; }
    EntityTableModel* people() const { return m_people; }
    DealTableModel* deals() const { return m_deals; }

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

    // Re-queries the browsers whose filter changed (FilterState::changed, and the story list's search
    // answering a query).
    void followFilter();

signals:
    void entityActivated(const ws::EntityRef& entity, bool add);
    void entityMenuRequested(const ws::EntityRef& entity, const QPoint& globalPos);
    void storyActivated(qint64 rowid);
    void failed(const QString& message);

private:
    void addPanel(Tab tab, BrowserPanel* panel, const QString& title);
    void refreshAll();
    StoryFilter wanted(Tab tab) const;
    void markFiltered(Tab tab);
    static std::optional<EntityType> typeOf(Tab tab);

    StoreSession& m_session;
    FilterState& m_filter;
    EntityTableModel* m_companies;
    TechnologyTreeModel* m_technologies;
    EntityTableModel* m_people;
    DealTableModel* m_deals;
    BrowserPanel* m_panels[TabCount] = {};
    // The filter each browser's rows were loaded for; empty when they must be read again.
    std::optional<StoryFilter> m_loaded[TabCount];
};

} // namespace ws
