#pragma once

#include "view/ViewTypes.h"

#include <QStyledItemDelegate>

namespace ws {

// Draws a story row: the title, then date and source with the entity badges, then the search
// snippet with its matches in bold. Badges are hit-tested so that a click on one filters by it.
class StoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StoryDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The badge under `pos` (viewport coordinates) in the row drawn in `rect`, if any.
    std::optional<EntityRef> badgeAt(const QStyleOptionViewItem& option, const QModelIndex& index,
                                     const QPoint& pos) const;

    // The snippet cut at its highlight markers (\x02 hit \x03): each piece and whether it is a hit.
    static QList<std::pair<QString, bool>> snippetPieces(const QString& snippet);

private:
    struct Layout
    {
        QRect title;
        QRect meta;
        QRect snippet;
        QList<std::pair<QRect, EntityBadge>> badges;
    };
    Layout layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace ws
