#include "CliApp.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstring>
#include <memory>

namespace {

// A PDF lays out text, which takes a QGuiApplication (on the offscreen platform: no display is
// needed); every other command runs on a plain QCoreApplication, which starts faster.
bool writesPdf(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--format=pdf") == 0)
            return true;
        if (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (writesPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Wirescope"));
    QCoreApplication::setApplicationName(QStringLiteral("wirescope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WIRESCOPE_VERSION));
    return ws::CliApp(QCoreApplication::arguments()).run();
}
