#pragma once

#include "StorySearch.h"
#include "view/StoryListQuery.h"

#include <QAbstractListModel>
#include <memory>

namespace ws {

class Database;

// The stories a filter matches, loaded page by page as the view scrolls (canFetchMore/fetchMore),
// so that a million stories cost one page at a time. A filter with a search query is searched on
// StorySearch's thread: the list empties at once, says it is searching, and fills when the newest
// search answers (an older answer is dropped).
class StoryListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;

    explicit StoryListModel(QObject* parent = nullptr);
    ~StoryListModel() override;

    void setDatabase(Database* db);
    void setFilter(const StoryFilter& filter);
    // Both at once, with one query.
    void load(Database* db, const StoryFilter& filter);
    const StoryFilter& filter() const { return m_filter; }
    // Runs the query again (after an import or a correction).
    void reload();

    qint64 total() const { return m_total; }
    bool isSearching() const { return m_searching; }
    // When only the newest matches of the query were ranked (docs/SEARCH.md, "Large results"): how
    // many; 0 when every match was.
    int rankedNewest() const { return m_rankedNewest; }
    // Stops the search under way; the list stays empty and says so.
    void cancelSearch();
    const QString& error() const { return m_error; }
    int rowOf(qint64 rowid) const;
    static QString shortDate(const QString& iso);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // After every reload: how many stories match, or the error that stopped the query.
    void totalChanged(qint64 total);
    void failed(const QString& message);
    // A search query went to the search thread, and its answer is shown (or it failed or stopped).
    void searchStarted();
    void searchFinished();

private:
    bool searchesInBackground() const;
    void showAnswer(const StorySearch::Answer& answer);
    void showFailure(quint64 ticket, const QString& message);

    Database* m_db = nullptr;
    StorySearch* m_search;
    quint64 m_ticket = 0; // the search whose answer the list waits for
    bool m_searching = false;
    int m_rankedNewest = 0;
    StoryFilter m_filter;
    std::unique_ptr<StoryListQuery> m_query;
    QList<StoryRow> m_rows;
    qint64 m_total = 0;
    QString m_error;
    // Set while this model announces a change: a fetchMore() from a slot connected to that very
    // announcement would nest one change inside another.
    bool m_changing = false;
};

} // namespace ws
