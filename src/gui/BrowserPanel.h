#pragma once

#include "view/ViewTypes.h"

#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class BrowserPanel;
}

class QAbstractItemModel;
class QSettings;
class QSortFilterProxyModel;
class QTreeView;

namespace ws {

// One browser tab: a filter box over a sortable table or tree of any Wirescope model. A click on an
// entity row filters by it (Ctrl adds); a click on a deal row shows its story. The panel re-queries
// only while it is visible: a hidden tab just remembers that it is stale.
class BrowserPanel : public QWidget
{
    Q_OBJECT

public:
    BrowserPanel(QAbstractItemModel* model, const QString& settingsKey, QWidget* parent = nullptr);
    ~BrowserPanel() override;

    QTreeView* view() const;
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    void setTree(bool tree);
    void setFilterAllColumns(bool all);
    void setTextFilter(const QString& text);
    // Marks the rows of these entities (the filter's) as current, without filtering again.
    void selectEntities(const QList<qint64>& ids);
    // What re-queries the model; run now if visible, else when next shown.
    void setRefresh(std::function<void()> refresh) { m_refresh = std::move(refresh); }
    void refreshWhenVisible();
    bool isStale() const { return m_stale; }
    // The line beside the filter box ("120 of 4,031 companies").
    void setSummary(const QString& text);
    void setSummaryToolTip(const QString& text);

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

signals:
    void entityActivated(const ws::EntityRef& entity, bool add);
    void entityMenuRequested(const ws::EntityRef& entity, const QPoint& globalPos);
    void storyActivated(qint64 rowid);
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshNow();

    const std::unique_ptr<Ui::BrowserPanel> m_ui;
    QSortFilterProxyModel* m_proxy;
    QString m_settingsKey;
    std::function<void()> m_refresh;
    bool m_stale = true;
};

} // namespace ws
