#pragma once

#include "EntityRowData.h"
#include "view/EntityTableQuery.h"

#include <QAbstractItemModel>

namespace ws {

class Database;

// The technology taxonomy as a tree (CoWoS -> CoWoS-S, CoWoS-L) with story and mention counts;
// under a filter, the technologies in the matched stories and their ancestors.
class TechnologyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn = EntityNameColumn,
        StoriesColumn = EntityStoriesColumn,
        MentionsColumn = EntityMentionsColumn,
        ColumnCount
    };

    explicit TechnologyTreeModel(QObject* parent = nullptr);

    void setDatabase(Database* db);
    void setFilter(const StoryFilter& filter);
    // Both at once, with one query.
    void load(Database* db, const StoryFilter& filter);
    void reload();
    int nodeCount() const { return int(m_nodes.size()); }
    // How many stories the filter matched when the counts come from the newest of them only, else -1.
    qsizetype sampledFrom() const { return m_sampledFrom; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void failed(const QString& message);

private:
    struct Node
    {
        EntityRow row;
        int parent = -1; // index into m_nodes, -1 for a root
        int rowInParent = 0;
        QList<int> children;
    };
    const Node* nodeOf(const QModelIndex& index) const;
    const QList<int>& childrenOf(const QModelIndex& parent) const;
    void build(const QList<EntityRow>& rows);

    Database* m_db = nullptr;
    StoryFilter m_filter;
    QList<Node> m_nodes;
    QList<int> m_roots;
    qsizetype m_sampledFrom = -1;
};

} // namespace ws
