#include "ReaderBrowser.h"

#include <QHelpEvent>
#include <QToolTip>

namespace ws {

ReaderBrowser::ReaderBrowser(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

QVariant ReaderBrowser::loadResource(int type, const QUrl& name)
{
    Q_UNUSED(type);
    Q_UNUSED(name);
    ++m_blockedLoads;
    return {};
}

bool ReaderBrowser::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = cursorForPosition(help->pos()).charFormat().toolTip();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

} // namespace ws
