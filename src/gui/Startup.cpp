#include "Startup.h"

#include "FilterState.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "ScriptedState.h"
#include "Store.h"
#include "model/DataPaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace ws {

StartupOptions Startup::parse(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Wirescope: an industry-news explorer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), tr("Open the database FILE (created if missing)."),
                                tr("FILE"));
    const QCommandLineOption import(QStringLiteral("import"),
                                    tr("Import PATH (a file or a folder) once the window is open; repeatable."),
                                    tr("PATH"));
    QCommandLineOption state(QStringLiteral("state"), tr("Developer: put the window in a state (see ScriptedState)."),
                             tr("SPEC"));
    state.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption ready(QStringLiteral("ready-file"),
                             tr("Developer: write FILE once the window shows the state."), tr("FILE"));
    ready.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({db, import, state, ready});
    parser.process(app);

    StartupOptions options;
    options.database = parser.value(db);
    for (const QString& path : parser.values(import))
        options.imports.append(QFileInfo(path).absoluteFilePath());
    options.state = parser.value(state);
    options.readyFile = parser.value(ready);
    return options;
}

bool Startup::run(MainWindow& window, const StartupOptions& options)
{
    const QSettings settings;
    window.restoreSettings();
    // --db is opened (or created) as given; the last database only while it still exists.
    QString path = options.database;
    if (path.isEmpty()) {
        path = settings.value(QStringLiteral("session/database")).toString();
        if (path.isEmpty() || !QFileInfo::exists(path))
            path = Store::defaultPath();
    }
    if (!window.openDatabase(path)) {
        if (path == Store::defaultPath() || !window.openDatabase(Store::defaultPath()))
            return false;
    }
    window.show();

    QStringList imports = options.imports;
    if (imports.isEmpty() && window.session().storyCount() == 0 && QFileInfo::exists(DataPaths::sampleDir())) {
        // First start (or an empty database): the sample corpus, so there is something to explore.
        imports.append(DataPaths::sampleDir());
    }
    if (options.state.isEmpty() && options.imports.isEmpty())
        window.filter().setQuery(settings.value(QStringLiteral("session/query")).toString());

    // The state and the ready file wait until the imports are in.
    auto finish = [&window, options] {
        for (const QString& problem : ScriptedState::apply(window, options.state))
            std::fprintf(stderr, "%s\n", qPrintable(problem));
        if (!options.readyFile.isEmpty()) {
            // Written after the event loop has painted the new state.
            QTimer::singleShot(800, &window, [file = options.readyFile] {
                QFile ready(file);
                if (ready.open(QIODevice::WriteOnly))
                    ready.write("ready\n");
            });
        }
    };
    if (imports.isEmpty()) {
        QTimer::singleShot(0, &window, finish);
        return true;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(window.imports(), &ImportController::finished, &window, [connection, finish] {
        QObject::disconnect(*connection);
        finish();
    });
    window.imports()->importPaths(imports, ImportController::Report::OnProblems);
    return true;
}

} // namespace ws
