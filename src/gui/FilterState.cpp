#include "FilterState.h"

namespace ws {

namespace {

// History is bounded so that a long session does not grow without end.
constexpr int maxHistory = 200;

} // namespace

FilterState::FilterState(QObject* parent) : QObject(parent)
{
    m_history.append(Snapshot{});
}

bool FilterState::contains(qint64 entityId) const
{
    for (const EntityRef& entity : entities()) {
        if (entity.id == entityId)
            return true;
    }
    return false;
}

StoryFilter FilterState::storyFilter() const
{
    StoryFilter filter;
    for (const EntityRef& entity : entities())
        filter.entityIds.append(entity.id);
    filter.query = query().trimmed();
    return filter;
}

QList<qint64> FilterState::entityIdsExcept(EntityType type) const
{
    QList<qint64> ids;
    for (const EntityRef& entity : entities()) {
        if (entity.type != type)
            ids.append(entity.id);
    }
    return ids;
}

void FilterState::push(Snapshot snapshot, bool fromQuery)
{
    if (snapshot == current())
        return;
    const bool coalesce = fromQuery && m_lastPushWasQuery && !canGoForward() && m_index > 0;
    m_history.resize(m_index + 1); // a new step drops the forward history, as browsers do
    if (coalesce) {
        m_history[m_index] = std::move(snapshot);
    } else {
        m_history.append(std::move(snapshot));
        ++m_index;
        if (m_history.size() > maxHistory) {
            m_history.removeFirst();
            --m_index;
        }
    }
    m_lastPushWasQuery = fromQuery;
    emit changed();
}

void FilterState::showEntity(const EntityRef& entity)
{
    Snapshot next = current();
    next.entities = {entity};
    push(std::move(next));
}

void FilterState::addEntity(const EntityRef& entity)
{
    if (contains(entity.id))
        return;
    Snapshot next = current();
    next.entities.append(entity);
    push(std::move(next));
}

void FilterState::removeEntity(qint64 entityId)
{
    Snapshot next = current();
    next.entities.removeIf([entityId](const EntityRef& entity) { return entity.id == entityId; });
    push(std::move(next));
}

void FilterState::clearEntities()
{
    Snapshot next = current();
    next.entities.clear();
    push(std::move(next));
}

void FilterState::setQuery(const QString& query)
{
    Snapshot next = current();
    next.query = query.trimmed();
    push(std::move(next), true);
}

void FilterState::back()
{
    if (!canGoBack())
        return;
    --m_index;
    m_lastPushWasQuery = false;
    emit changed();
}

void FilterState::forward()
{
    if (!canGoForward())
        return;
    ++m_index;
    m_lastPushWasQuery = false;
    emit changed();
}

void FilterState::reset()
{
    m_history = {Snapshot{}};
    m_index = 0;
    m_lastPushWasQuery = false;
    emit changed();
}

void FilterState::renameEntity(qint64 entityId, const QString& name)
{
    bool touched = false;
    for (Snapshot& snapshot : m_history) {
        for (EntityRef& entity : snapshot.entities) {
            if (entity.id == entityId && entity.name != name) {
                entity.name = name;
                touched = true;
            }
        }
    }
    if (touched)
        emit changed();
}

void FilterState::forgetEntity(qint64 entityId)
{
    bool touched = false;
    for (Snapshot& snapshot : m_history) {
        touched |=
            snapshot.entities.removeIf([entityId](const EntityRef& e) { return e.id == entityId; }) > 0;
    }
    if (!touched)
        return;
    // Steps that became equal to their neighbour are one step now.
    QList<Snapshot> history;
    int index = 0;
    for (int i = 0; i < m_history.size(); ++i) {
        if (history.isEmpty() || !(history.last() == m_history.at(i)))
            history.append(m_history.at(i));
        if (i == m_index)
            index = int(history.size()) - 1;
    }
    m_index = index;
    m_history = std::move(history);
    emit changed();
}

} // namespace ws
