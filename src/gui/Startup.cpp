#include "Startup.h"

#include "FilterState.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "ScriptedState.h"
#include "Store.h"
#include "StoryListModel.h"
#include "StoryListView.h"
#include "model/DataPaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
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
    const QCommandLineOption import(
        QStringLiteral("import"), tr("Import PATH (a file or a folder) once the window is open; repeatable."),
        tr("PATH"));
    QCommandLineOption state(QStringLiteral("state"),
                             tr("Developer: put the window in a state (see ScriptedState)."), tr("SPEC"));
    state.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption ready(QStringLiteral("ready-file"),
                             tr("Developer: write FILE once the window shows the state."), tr("FILE"));
    ready.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption timing(QStringLiteral("timing"),
                              tr("Developer: write start-up and filter timings and memory to FILE (JSON)."),
                              tr("FILE"));
    timing.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({db, import, state, ready, timing});
    parser.process(app);

    StartupOptions options;
    options.database = parser.value(db);
    for (const QString& path : parser.values(import))
        options.imports.append(QFileInfo(path).absoluteFilePath());
    options.state = parser.value(state);
    options.readyFile = parser.value(ready);
    options.timingFile = parser.value(timing);
    return options;
}

namespace {

QElapsedTimer& processClock()
{
    static QElapsedTimer clock;
    return clock;
}

// Resident and peak resident memory in MB, from /proc (Linux); -1 where unknown.
std::pair<double, double> memoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double rss = -1, peak = -1;
    if (!status.open(QIODevice::ReadOnly))
        return {rss, peak};
    for (const QByteArray& line : status.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2 && parts.first() == "VmRSS:")
            rss = parts.at(1).toDouble() / 1024.0;
        else if (parts.size() >= 2 && parts.first() == "VmHWM:")
            peak = parts.at(1).toDouble() / 1024.0;
    }
    return {rss, peak};
}

// Everything queued (layouts, the first story) is done and the window painted.
void settle(QWidget& window)
{
    QCoreApplication::processEvents();
    window.repaint();
}

} // namespace

void Startup::markProcessStart()
{
    processClock().start();
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
    // A file that cannot be opened gives way to the default database. One whose upgrade the analyst
    // cancelled does not: they chose to leave it, and the window opens with no database (File > Open).
    const MainWindow::OpenOutcome outcome = window.openDatabase(path);
    if (outcome == MainWindow::OpenOutcome::Failed) {
        if (path == Store::defaultPath() ||
            window.openDatabase(Store::defaultPath()) != MainWindow::OpenOutcome::Opened)
            return false;
    }
    window.show();

    QStringList imports = window.session().isOpen() ? options.imports : QStringList();
    if (imports.isEmpty() && window.session().isOpen() && !window.session().hasStories() &&
        QFileInfo::exists(DataPaths::sampleDir())) {
        // First start (or an empty database): the sample corpus, so there is something to explore.
        imports.append(DataPaths::sampleDir());
    }
    if (options.state.isEmpty() && options.imports.isEmpty())
        window.filter().setQuery(settings.value(QStringLiteral("session/query")).toString());

    // The state and the ready file wait until the imports are in.
    auto finish = [&window, options] {
        QJsonObject timing;
        if (!options.timingFile.isEmpty()) {
            settle(window);
            timing.insert(QStringLiteral("first_rows_ms"), double(processClock().elapsed()));
            timing.insert(QStringLiteral("stories_shown"), window.storyList()->model()->rowCount());
        }
        QElapsedTimer stateClock;
        stateClock.start();
        for (const QString& problem : ScriptedState::apply(window, options.state))
            std::fprintf(stderr, "%s\n", qPrintable(problem));
        if (!options.timingFile.isEmpty()) {
            settle(window);
            timing.insert(QStringLiteral("state_ms"), double(stateClock.elapsed()));
            timing.insert(QStringLiteral("state_stories"), double(window.storyList()->model()->total()));
            const auto [rss, peak] = memoryMb();
            timing.insert(QStringLiteral("rss_mb"), rss);
            timing.insert(QStringLiteral("peak_rss_mb"), peak);
            QFile out(options.timingFile);
            if (out.open(QIODevice::WriteOnly))
                out.write(QJsonDocument(timing).toJson(QJsonDocument::Compact) + '\n');
            // A measuring run ends here, so that a benchmark can run it as a child process.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
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
    *connection =
        QObject::connect(window.imports(), &ImportController::finished, &window, [connection, finish] {
            QObject::disconnect(*connection);
            finish();
        });
    window.imports()->importPaths(imports, ImportController::Report::OnProblems);
    return true;
}

} // namespace ws
