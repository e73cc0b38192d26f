#include "ChipBar.h"

#include "EntityStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

namespace ws {

ChipBar::ChipBar(QWidget* parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addStretch(1);
}

void ChipBar::setEntities(const QList<EntityRef>& entities)
{
    bool same = entities.size() == m_entities.size();
    for (int i = 0; same && i < entities.size(); ++i)
        same = entities.at(i).id == m_entities.at(i).id && entities.at(i).name == m_entities.at(i).name;
    if (same)
        return;
    m_entities = entities;
    rebuild();
}

void ChipBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild(); // chip colours follow a light/dark switch
}

void ChipBar::rebuild()
{
    // A chip may be rebuilt away from inside its own clicked(): delete it later, not now.
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const QPalette pal = palette();
    for (const EntityRef& entity : m_entities) {
        auto* chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("chip_%1").arg(entity.id));
        chip->setText(tr("%1  ×").arg(entity.name));
        chip->setToolTip(
            tr("%1 (%2): click to remove this filter").arg(entity.name, EntityStyle::singular(entity.type)));
        chip->setAccessibleName(tr("Remove filter %1").arg(entity.name));
        chip->setAutoRaise(false);
        chip->setCursor(Qt::PointingHandCursor);
        chip->setStyleSheet(
            QStringLiteral("QToolButton { background-color: %1; color: %2; border: 1px solid %3;"
                           " border-radius: 9px; padding: 1px 8px; }")
                .arg(EntityStyle::background(entity.type, pal).name(), EntityStyle::foreground(pal).name(),
                     pal.color(QPalette::Mid).name()));
        const qint64 id = entity.id;
        connect(chip, &QToolButton::clicked, this, [this, id] { emit removeRequested(id); });
        m_layout->addWidget(chip);
        chip->show(); // at once, not on the next event loop pass as the layout would
    }
    if (m_entities.size() > 1) {
        auto* clear = new QToolButton(this);
        clear->setObjectName(QStringLiteral("clearChips"));
        clear->setText(tr("Clear all"));
        clear->setAutoRaise(true);
        connect(clear, &QToolButton::clicked, this, &ChipBar::clearRequested);
        m_layout->addWidget(clear);
        clear->show();
    }
    m_layout->addStretch(1);
}

} // namespace ws
