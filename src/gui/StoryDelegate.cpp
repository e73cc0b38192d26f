#include "StoryDelegate.h"

#include "EntityStyle.h"
#include "ModelRoles.h"

#include <QApplication>
#include <QPainter>
#include <QRegularExpression>

namespace ws {

namespace {

constexpr int margin = 6;
constexpr int badgePadding = 5;
constexpr int badgeGap = 4;

QFont titleFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont smallFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

QString metaText(const QModelIndex& index)
{
    const QString date = index.data(DateRole).toString();
    const QString source = index.data(SourceRole).toString();
    if (date.isEmpty() || source.isEmpty())
        return date + source;
    return date + QStringLiteral("  ·  ") + source;
}

} // namespace

StoryDelegate::StoryDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QList<std::pair<QString, bool>> StoryDelegate::snippetPieces(const QString& snippet)
{
    // Hits are marked \x02…\x03 by StoryListQuery; everything else is plain text.
    static const QRegularExpression marker(QStringLiteral("\x02([^\x03]*)\x03"));
    QList<std::pair<QString, bool>> pieces;
    int at = 0;
    auto it = marker.globalMatch(snippet);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() > at)
            pieces.append({snippet.mid(at, match.capturedStart() - at), false});
        pieces.append({match.captured(1), true});
        at = int(match.capturedEnd());
    }
    if (at < snippet.size())
        pieces.append({snippet.mid(at), false});
    return pieces;
}

StoryDelegate::Layout StoryDelegate::layoutFor(const QStyleOptionViewItem& option,
                                               const QModelIndex& index) const
{
    Layout layout;
    const QRect inner = option.rect.adjusted(margin, margin / 2, -margin, -margin / 2);
    const QFontMetrics titleMetrics(titleFont(option.font));
    const QFontMetrics smallMetrics(smallFont(option.font));
    layout.title = QRect(inner.left(), inner.top(), inner.width(), titleMetrics.height());
    const int metaTop = layout.title.bottom() + 3;
    const int lineHeight = smallMetrics.height() + 2;
    const QString meta = metaText(index);
    const int metaWidth = std::min(inner.width() / 2, smallMetrics.horizontalAdvance(meta) + margin);
    layout.meta = QRect(inner.left(), metaTop, metaWidth, lineHeight);
    int x = layout.meta.right() + badgeGap * 2;
    const auto badges = index.data(BadgesRole).value<QList<EntityBadge>>();
    for (const EntityBadge& badge : badges) {
        const int width = smallMetrics.horizontalAdvance(badge.entity.name) + 2 * badgePadding;
        if (x + width > inner.right())
            break;
        layout.badges.append({QRect(x, metaTop, width, lineHeight), badge});
        x += width + badgeGap;
    }
    layout.snippet = QRect(inner.left(), metaTop + lineHeight + 2, inner.width(), smallMetrics.height());
    return layout;
}

QSize StoryDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics titleMetrics(titleFont(option.font));
    const QFontMetrics smallMetrics(smallFont(option.font));
    int height = margin + titleMetrics.height() + 3 + smallMetrics.height() + 2;
    if (!index.data(SnippetRole).toString().isEmpty())
        height += smallMetrics.height() + 2;
    return {200, height + margin / 2};
}

void StoryDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const Layout layout = layoutFor(option, index);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7f);

    painter->save();
    painter->setFont(titleFont(option.font));
    painter->setPen(text);
    const QString title = index.data(Qt::DisplayRole).toString();
    painter->drawText(layout.title, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(title, Qt::ElideRight, layout.title.width()));

    const QFont small = smallFont(option.font);
    painter->setFont(small);
    painter->setPen(dim);
    const QString meta = metaText(index);
    painter->drawText(layout.meta, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(meta, Qt::ElideRight, layout.meta.width()));

    painter->setRenderHint(QPainter::Antialiasing);
    for (const auto& [rect, badge] : layout.badges) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(EntityStyle::background(badge.entity.type, opt.palette));
        painter->drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
        painter->setPen(EntityStyle::foreground(opt.palette));
        painter->drawText(rect, Qt::AlignCenter, badge.entity.name);
    }

    const QString snippet = index.data(SnippetRole).toString();
    if (!snippet.isEmpty()) {
        QFont bold = small;
        bold.setBold(true);
        int x = layout.snippet.left();
        for (const auto& [piece, hit] : snippetPieces(snippet.simplified())) {
            painter->setFont(hit ? bold : small);
            painter->setPen(hit ? text : dim);
            const int room = layout.snippet.right() - x;
            if (room <= 0)
                break;
            const QString shown = painter->fontMetrics().elidedText(piece, Qt::ElideRight, room);
            painter->drawText(QRect(x, layout.snippet.top(), room, layout.snippet.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, shown);
            x += painter->fontMetrics().horizontalAdvance(shown);
        }
    }
    painter->restore();
}

std::optional<EntityRef> StoryDelegate::badgeAt(const QStyleOptionViewItem& option, const QModelIndex& index,
                                                const QPoint& pos) const
{
    for (const auto& [rect, badge] : layoutFor(option, index).badges) {
        if (rect.contains(pos))
            return badge.entity;
    }
    return std::nullopt;
}

} // namespace ws
