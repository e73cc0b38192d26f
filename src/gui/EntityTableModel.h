#pragma once

#include "EntityRowData.h"
#include "view/EntityTableQuery.h"

#include <QAbstractTableModel>

namespace ws {

class Database;

// Entities of some types with their story and mention counts: the Companies and People browsers
// and the merge dialog. Under a filter, the entities that share a story with it, counted there.
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn = EntityNameColumn,
        StoriesColumn = EntityStoriesColumn,
        MentionsColumn = EntityMentionsColumn,
        AliasesColumn = EntityAliasesColumn,
        ColumnCount
    };
    // Rows beyond this are not loaded (the most mentioned come first); the filter box narrows.
    static constexpr int rowLimit = 20000;

    EntityTableModel(QList<EntityType> types, QObject* parent = nullptr);

    void setDatabase(Database* db);
    void setFilter(const StoryFilter& filter);
    // Both at once, with one query.
    void load(Database* db, const StoryFilter& filter);
    void reload();
    const QList<EntityType>& types() const { return m_types; }
    // Entities the database holds of these types, whatever the filter.
    qint64 totalInDatabase() const { return m_totalInDatabase; }
    // How many stories the filter matched when the counts come from the newest of them only, else -1.
    qsizetype sampledFrom() const { return m_sampledFrom; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void failed(const QString& message);

private:
    QList<EntityType> m_types;
    Database* m_db = nullptr;
    StoryFilter m_filter;
    QList<EntityRow> m_rows;
    qint64 m_totalInDatabase = 0;
    qsizetype m_sampledFrom = -1;
};

} // namespace ws
