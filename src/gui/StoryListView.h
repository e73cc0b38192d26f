#pragma once

#include "view/ViewTypes.h"

#include <QWidget>
#include <memory>

namespace Ui {
class StoryListView;
}

class QToolButton;

namespace ws {

class Database;
class StoryDelegate;
class StoryListModel;

// The story list panel: a lazily loaded list of the stories the filter matches. Selecting a story
// shows it; clicking one of its entity badges filters by that entity (Ctrl adds).
class StoryListView : public QWidget
{
    Q_OBJECT

public:
    explicit StoryListView(QWidget* parent = nullptr);
    ~StoryListView() override;

    StoryListModel* model() const { return m_model; }
    void setDatabase(Database* db);
    void setFilter(const StoryFilter& filter);
    void reload();
    void selectRow(int row);
    qint64 currentStory() const;

signals:
    void storySelected(qint64 rowid);
    void entityActivated(const ws::EntityRef& entity, bool add);
    void failed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateHeader();

    const std::unique_ptr<Ui::StoryListView> m_ui;
    StoryListModel* m_model;
    StoryDelegate* m_delegate;
    QToolButton* m_stopButton = nullptr;
};

} // namespace ws
