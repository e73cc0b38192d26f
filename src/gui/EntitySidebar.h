#pragma once

#include "view/StoryDetailQuery.h"

#include <QWidget>
#include <memory>

namespace Ui {
class EntitySidebar;
}

class QSettings;

namespace ws {

class StoryEntitiesModel;

// The entity sidebar: the current story's entities by type with mention counts, its deals (kind,
// parties, amount) and the notes kept on it.
class EntitySidebar : public QWidget
{
    Q_OBJECT

public:
    explicit EntitySidebar(QWidget* parent = nullptr);
    ~EntitySidebar() override;

    void showStory(const StoryDetail& story);
    void clear();
    StoryEntitiesModel* entityModel() const { return m_entities; }
    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

signals:
    void entityActivated(const ws::EntityRef& entity, bool add);
    void entityMenuRequested(const ws::EntityRef& entity, const QPoint& globalPos);
    void evidenceActivated(const QString& evidence);

private:
    const std::unique_ptr<Ui::EntitySidebar> m_ui;
    StoryEntitiesModel* m_entities;
};

} // namespace ws
