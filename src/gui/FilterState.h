#pragma once

#include "view/ViewTypes.h"

#include <QObject>

namespace ws {

// The one filter every view reads and writes: the entities the stories must mention and the search
// query, with a history that Back and Forward walk. Views change it; on changed() each re-queries.
class FilterState : public QObject
{
    Q_OBJECT

public:
    struct Snapshot
    {
        QList<EntityRef> entities;
        QString query;
        bool operator==(const Snapshot& other) const = default;
    };

    explicit FilterState(QObject* parent = nullptr);

    const QList<EntityRef>& entities() const { return current().entities; }
    const QString& query() const { return current().query; }
    bool contains(qint64 entityId) const;
    bool isEmpty() const { return entities().isEmpty() && query().trimmed().isEmpty(); }
    // The filter for the story list: every entity and the query.
    StoryFilter storyFilter() const;
    // The entity filter for a browser of `type`: the filter's entities of other types, so that the
    // companies browser still lists every company while a company is selected.
    QList<qint64> entityIdsExcept(EntityType type) const;

    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_history.size(); }

public:
    void showEntity(const EntityRef& entity); // plain click: only this entity
    void addEntity(const EntityRef& entity);  // Ctrl-click: this one too
    void removeEntity(qint64 entityId);       // a chip's x
    void clearEntities();
    // Search text; consecutive edits (search as you type) share one history step.
    void setQuery(const QString& query);
    void back();
    void forward();
    // Another database: ids mean nothing there, so the filter and history start afresh.
    void reset();
    // An entity was renamed or merged away: chips and history follow it.
    void renameEntity(qint64 entityId, const QString& name);
    void forgetEntity(qint64 entityId);

signals:
    void changed();

private:
    const Snapshot& current() const { return m_history.at(m_index); }
    void push(Snapshot snapshot, bool fromQuery = false);

    QList<Snapshot> m_history;
    int m_index = 0;
    bool m_lastPushWasQuery = false;
};

} // namespace ws
