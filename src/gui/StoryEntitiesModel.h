#pragma once

#include "view/StoryDetailQuery.h"

#include <QAbstractItemModel>

namespace ws {

// The entity sidebar's tree: one group per entity type present in the story (companies,
// organizations, people, places, technologies, products), each entity with its mention count.
class StoryEntitiesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        MentionsColumn,
        ColumnCount
    };

    explicit StoryEntitiesModel(QObject* parent = nullptr);

    void setEntities(const QList<EntityCount>& entities);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        EntityType type;
        QList<EntityCount> entities;
    };
    QList<Group> m_groups;
};

} // namespace ws
