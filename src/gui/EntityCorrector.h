#pragma once

#include "view/ViewTypes.h"

#include <QObject>
#include <functional>

class QMenu;
class QWidget;

namespace ws {

class FilterState;
class StoreSession;

// The analyst's corrections from a context menu on any entity: rename, merge into another entity,
// add an alias, change the type, reject. They go through the store's Corrections (kept across
// re-extraction); then the filter follows the entity and every view re-queries.
class EntityCorrector : public QObject
{
    Q_OBJECT

public:
    EntityCorrector(StoreSession& session, FilterState& filter, QWidget* window);

    // The context menu: show / add to filter, then the corrections.
    void showMenu(const EntityRef& entity, const QPoint& globalPos);
    QMenu* buildMenu(const EntityRef& entity, QWidget* parent);

    // The corrections themselves (the menu's dialogs call these). False when the store refused,
    // after telling the analyst why.
    bool rename(const EntityRef& entity, const QString& newName);
    bool merge(const EntityRef& from, const EntityRef& into);
    bool addAlias(const EntityRef& entity, const QString& alias);
    bool changeType(const EntityRef& entity, EntityType type);
    bool reject(const EntityRef& entity);

signals:
    void failed(const QString& message);
    void corrected(const QString& summary);

private:
    void askRename(const EntityRef& entity);
    void askMerge(const EntityRef& entity);
    void askAlias(const EntityRef& entity);
    void askReject(const EntityRef& entity);
    bool apply(const std::function<void()>& change, const QString& summary);

    StoreSession& m_session;
    FilterState& m_filter;
    QWidget* m_window;
};

} // namespace ws
