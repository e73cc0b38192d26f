#include "model/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ws {

QString DataPaths::dataDir()
{
    const QString fromEnv = qEnvironmentVariable("WIRESCOPE_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // An installed binary in <prefix>/bin finds <prefix>/share/wirescope.
    if (QCoreApplication::instance()) {
        const QString relative =
            QCoreApplication::applicationDirPath() + QStringLiteral("/../share/wirescope");
        if (QFileInfo::exists(relative + QStringLiteral("/gazetteer")))
            return QDir(relative).canonicalPath();
    }
    // A binary in the build tree reads the source tree's data/.
    if (QFileInfo::exists(QStringLiteral(WIRESCOPE_SOURCE_DATA_DIR "/gazetteer")))
        return QStringLiteral(WIRESCOPE_SOURCE_DATA_DIR);
    return QStringLiteral(WIRESCOPE_INSTALL_DATA_DIR);
}

} // namespace ws
