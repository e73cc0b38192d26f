#include "Store.h"

#include "db/Schema.h"
#include "ingest/DeferredIndexes.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QStandardPaths>

namespace ws {

Database Store::open(const QString& path, Database::Mode mode, const UpgradeControl& upgrade)
{
    if (mode == Database::Mode::ReadWrite && path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
            throw DbError(QObject::tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
    }
    if (mode == Database::Mode::ReadOnly && !QFileInfo::exists(path))
        throw DbError(QObject::tr("The database %1 does not exist.").arg(path));
    if (mode == Database::Mode::ReadWrite && QFileInfo(path).size() > 0) {
        // Opening for writing switches the file to WAL, which rewrites its header: a file from a newer
        // Wirescope or another program is refused before that, on a read-only connection.
        Database probe(path, Database::Mode::ReadOnly);
        Schema::refuseUnknown(probe);
    }
    Database db(path, mode);
    if (mode == Database::Mode::ReadWrite) {
        Schema::upgrade(db, upgrade);
        // After an import into an empty database was killed before it built its indexes.
        restoreDeferredIndexes(db);
    } else {
        Schema::refuseUnknown(db);
    }
    return db;
}

bool Store::needsUpgrade(const QString& path)
{
    if (path == QLatin1String(":memory:") || QFileInfo(path).size() == 0)
        return false;
    try {
        Database probe(path, Database::Mode::ReadOnly);
        const int version = probe.userVersion();
        return version > 0 && version < Schema::currentVersion();
    } catch (const DbError&) {
        return false;
    }
}

bool Store::needsIndexRepair(const QString& path)
{
    if (path == QLatin1String(":memory:") || QFileInfo(path).size() == 0)
        return false;
    try {
        Database probe(path, Database::Mode::ReadOnly);
        return probe.userVersion() == Schema::currentVersion() && deferredIndexesNeedRepair(probe);
    } catch (const DbError&) {
        return false;
    }
}

QString Store::defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.local/share/wirescope");
    return folder + QStringLiteral("/wirescope.db");
}

} // namespace ws
