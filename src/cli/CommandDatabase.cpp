// Opening the database for a subcommand (Commands.h).
#include "Commands.h"

#include "Store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ws {

void announceUpgrade(CommandContext& context)
{
    if (!Store::needsUpgrade(context.databasePath))
        return;
    context.err << QCoreApplication::translate("wirescope-cli",
                                               "wirescope-cli: upgrading %1 for this version (a copy of the file "
                                               "as it was is kept beside it); this can take a while on a large "
                                               "corpus")
                       .arg(QFileInfo(context.databasePath).fileName())
                << Qt::endl;
}

Database openDatabase(CommandContext& context)
{
    announceUpgrade(context);
    return Store::open(context.databasePath);
}

} // namespace ws
