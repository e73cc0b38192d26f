#pragma once

#include "view/ViewTypes.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class MergeDialog;
}

class QSortFilterProxyModel;

namespace ws {

class Database;
class EntityTableModel;

// Picks the entity that another one is merged into: the entities of the same type, most mentioned
// first, with a filter box.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(Database& db, const EntityRef& from, QWidget* parent = nullptr);
    ~MergeDialog() override;

    std::optional<EntityRef> target() const;
    void setFilterText(const QString& text);

private:
    void updateOk();

    const std::unique_ptr<Ui::MergeDialog> m_ui;
    EntityRef m_from;
    EntityTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace ws
