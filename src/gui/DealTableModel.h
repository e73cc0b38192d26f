#pragma once

#include "view/DealTableQuery.h"

#include <QAbstractTableModel>

namespace ws {

class Database;

// Deals with kind, parties, amount in USD, status and story: the Deals browser. Under a filter, the
// deals that involve its entities in the stories it matches.
class DealTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        PartiesColumn,
        AmountColumn,
        StatusColumn,
        StoryColumn,
        DateColumn,
        ColumnCount
    };
    static constexpr int rowLimit = 20000; // the newest deals; the filter narrows to the rest

    explicit DealTableModel(QObject* parent = nullptr);

    void setDatabase(Database* db);
    void setFilter(const StoryFilter& filter);
    // Both at once, with one query.
    void load(Database* db, const StoryFilter& filter);
    void reload();
    qint64 total() const { return m_total; } // deals that match, loaded or not
    // How many stories the query matched when the deals come from the newest of them only, else -1.
    qsizetype sampledFrom() const { return m_sampledFrom; }

    // "US$2.4 billion", or the amount as read when no USD rate is known.
    static QString amountText(const DealRow& deal);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void failed(const QString& message);

private:
    Database* m_db = nullptr;
    StoryFilter m_filter;
    QList<DealRow> m_rows;
    qint64 m_total = 0;
    qsizetype m_sampledFrom = -1;
};

} // namespace ws
