#pragma once

#include <QStringList>
#include <QtDebug>

namespace ws {

// Loads the data the whole process shares (gazetteer, deal triggers, deal vocabulary): `load(&issues)`
// reads it, and each problem found ("FILE:LINE: message") is printed as a warning after `label`, since
// no caller is there to show it. What loaded is returned either way.
template <typename Load> auto loadWithWarnings(const char* label, Load load)
{
    QStringList issues;
    auto loaded = load(&issues);
    for (const QString& issue : issues)
        qWarning().noquote() << label << issue;
    return loaded;
}

} // namespace ws
