#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Wirescope"));
    QCoreApplication::setApplicationName(QStringLiteral("wirescope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WIRESCOPE_VERSION));
    return ws::CliApp(QCoreApplication::arguments()).run();
}
