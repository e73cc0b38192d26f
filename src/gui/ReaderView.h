#pragma once

#include "view/StoryDetailQuery.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class ReaderView;
}

namespace ws {

class Database;

// The reader panel: the selected story with every entity highlighted by type (with a legend) and
// each deal's evidence marked. Clicking an entity filters by it; Ctrl+click adds it.
class ReaderView : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget* parent = nullptr);
    ~ReaderView() override;

    void setDatabase(Database* db);
    void showStory(qint64 rowid);
    void reload(); // the same story, read again (after a correction or an import)
    void clear();
    const std::optional<StoryDetail>& story() const { return m_story; }
    // Scrolls to and selects a passage of the story (a deal's evidence).
    void reveal(const QString& passage);
    // The same, by UTF-16 offsets into the story text (a note's anchor).
    void revealRange(int start, int end);
    QString html() const { return m_html; }

signals:
    void storyShown(const ws::StoryDetail& story);
    void storyCleared();
    void entityActivated(const ws::EntityRef& entity, bool add);
    void entityMenuRequested(const ws::EntityRef& entity, const QPoint& globalPos);
    // "Add a note": on the selected passage (its text), or on the whole story (empty quote).
    void noteRequested(const QString& storyId, const QString& quote);
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void onAnchor(const QUrl& url);
    std::optional<EntityRef> entityOf(const QUrl& url) const;
    void showContextMenu(const QPoint& pos);

    const std::unique_ptr<Ui::ReaderView> m_ui;
    Database* m_db = nullptr;
    std::optional<StoryDetail> m_story;
    QString m_html;
};

} // namespace ws
