#pragma once

#include "view/ViewTypes.h"

#include <QWidget>

class QHBoxLayout;

namespace ws {

// The active entity filters as removable chips ("TSMC ×"), coloured by entity type.
class ChipBar : public QWidget
{
    Q_OBJECT

public:
    explicit ChipBar(QWidget* parent = nullptr);

    void setEntities(const QList<EntityRef>& entities);
    int chipCount() const { return int(m_entities.size()); }

signals:
    void removeRequested(qint64 entityId);
    void clearRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QHBoxLayout* m_layout;
    QList<EntityRef> m_entities;
};

} // namespace ws
