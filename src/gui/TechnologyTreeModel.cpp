#include "TechnologyTreeModel.h"

#include "CoOccurrence.h"
#include "EntityRowData.h"

#include "ModelRoles.h"
#include "db/DbError.h"
#include "view/TaxonomyQuery.h"

#include <QHash>

namespace ws {

TechnologyTreeModel::TechnologyTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void TechnologyTreeModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void TechnologyTreeModel::setFilter(const StoryFilter& filter)
{
    m_filter = filter;
    reload();
}

void TechnologyTreeModel::load(Database* db, const StoryFilter& filter)
{
    m_db = db;
    m_filter = filter;
    reload();
}

void TechnologyTreeModel::reload()
{
    beginResetModel();
    m_sampledFrom = -1;
    m_nodes.clear();
    m_roots.clear();
    QString error;
    if (m_db) {
        try {
            qsizetype matched = 0;
            const SqlFragment stories =
                StoryListQuery::newestOfStorySet(*m_db, m_filter, coOccurrenceSample, &matched);
            m_sampledFrom = matched > coOccurrenceSample ? matched : -1;
            build(TaxonomyQuery(*m_db).nodes(stories));
        } catch (const DbError& e) {
            m_nodes.clear();
            m_roots.clear();
            error = e.message();
        }
    }
    endResetModel();
    if (!error.isEmpty())
        emit failed(error);
}

void TechnologyTreeModel::build(const QList<EntityRow>& rows)
{
    // TaxonomyQuery lists parents before children, so each parent is placed first.
    QHash<qint64, int> byId;
    for (const EntityRow& row : rows) {
        Node node;
        node.row = row;
        node.parent = row.parentId != 0 ? byId.value(row.parentId, -1) : -1;
        const int index = int(m_nodes.size());
        QList<int>& siblings = node.parent >= 0 ? m_nodes[node.parent].children : m_roots;
        node.rowInParent = int(siblings.size());
        siblings.append(index);
        byId.insert(row.entity.id, index);
        m_nodes.append(std::move(node));
    }
}

const TechnologyTreeModel::Node* TechnologyTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    return &m_nodes.at(int(index.internalId()));
}

const QList<int>& TechnologyTreeModel::childrenOf(const QModelIndex& parent) const
{
    const Node* node = nodeOf(parent);
    return node ? node->children : m_roots;
}

QModelIndex TechnologyTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(childrenOf(parent).at(row)));
}

QModelIndex TechnologyTreeModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).rowInParent, 0, quintptr(node->parent));
}

int TechnologyTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int TechnologyTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant TechnologyTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const EntityRow& row = nodeOf(index)->row;
    if (role == Qt::ToolTipRole)
        return row.aliases.isEmpty() ? row.entity.name : tr("%1, also: %2").arg(row.entity.name, row.aliases);
    return entityRowData(row, index.column(), role);
}

QVariant TechnologyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Technology");
    case StoriesColumn:
        return tr("Stories");
    case MentionsColumn:
        return tr("Mentions");
    }
    return {};
}

} // namespace ws
