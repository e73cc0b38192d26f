#include "MainWindow.h"
#include "Startup.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char** argv)
{
    ws::Startup::markProcessStart();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Wirescope"));
    QApplication::setApplicationName(QStringLiteral("wirescope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Wirescope"));
    QApplication::setApplicationVersion(QStringLiteral(WIRESCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("wirescope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/wirescope-256.png")));

    const ws::StartupOptions options = ws::Startup::parse(app);
    ws::MainWindow window;
    if (!ws::Startup::run(window, options))
        return 1;
    return QApplication::exec();
}
