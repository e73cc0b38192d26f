#pragma once

#include "view/ViewTypes.h"

#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class SearchBar;
}

namespace ws {

// The query line and the filter chips. It only debounces what is typed and emits it; the FilterState
// owns the query. Help on the query language is one click (or F1 in the box) away.
class SearchBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int debounceMs = 250;

    explicit SearchBar(QWidget* parent = nullptr);
    ~SearchBar() override;

    // Shows a state without emitting (Back/Forward, start-up).
    void showState(const QString& query, const QList<EntityRef>& entities);
    QString text() const;
    void focusQuery();
    // A message about the query (a syntax error with its place), or empty to clear it.
    void setProblem(const QString& message);
    static QString helpText();
    void showHelp();

signals:
    void queryChanged(const QString& query);
    void chipRemoved(qint64 entityId);
    void chipsCleared();

private:
    const std::unique_ptr<Ui::SearchBar> m_ui;
    QTimer m_debounce;
    QString m_lastEmitted;
};

} // namespace ws
