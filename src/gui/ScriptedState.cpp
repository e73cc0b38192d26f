#include "ScriptedState.h"

#include "BrowserTabs.h"
#include "MainWindow.h"
#include "StoryListView.h"
#include "view/EntityTableQuery.h"

namespace ws {

QStringList ScriptedState::apply(MainWindow& window, const QString& spec)
{
    QStringList problems;
    const QStringList tabs{QStringLiteral("companies"), QStringLiteral("technologies"),
                           QStringLiteral("people"), QStringLiteral("deals")};
    for (QString step : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        step = step.trimmed();
        const bool add = step.startsWith(QLatin1Char('+'));
        if (add)
            step.remove(0, 1);
        const int colon = step.indexOf(QLatin1Char(':'));
        const QString key = step.left(colon).trimmed().toLower();
        const QString value = colon < 0 ? QString() : step.mid(colon + 1).trimmed();
        if (key == QLatin1String("query")) {
            window.filter().setQuery(value);
        } else if (key == QLatin1String("story")) {
            window.storyList()->selectRow(value.toInt());
        } else if (key == QLatin1String("browsers")) {
            window.setBrowserWidth(value.toInt());
        } else if (key == QLatin1String("tab")) {
            const int index = tabs.indexOf(value.toLower());
            if (index < 0)
                problems.append(
                    tr("--state: unknown tab “%1” (companies, technologies, people, deals)").arg(value));
            else
                window.browsers()->setCurrentIndex(index);
        } else if (const auto type = entityTypeFromName(key); type && window.session().isOpen()) {
            const auto entity = EntityTableQuery(*window.session().database()).find(value, type);
            if (!entity)
                problems.append(
                    tr("--state: no %1 named “%2” in %3").arg(key, value, window.session().path()));
            else if (add)
                window.filter().addEntity(*entity);
            else
                window.filter().showEntity(*entity);
        } else {
            problems.append(tr("--state: cannot read the step “%1”").arg(step));
        }
    }
    return problems;
}

} // namespace ws
