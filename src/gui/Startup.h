#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ws {

class MainWindow;

// The command line and the first start: which database to open, what to import, and the hidden
// developer options that put the window in a state for screenshots.
struct StartupOptions
{
    QString database;    // --db FILE; empty: the last one, else the default database
    QStringList imports; // --import PATH (repeatable)
    QString state;       // --state SPEC (hidden, see ScriptedState)
    QString readyFile;   // --ready-file FILE (hidden): written once the window is in that state
    QString timingFile;  // --timing FILE (hidden): start-up and filter times and memory, as JSON; then quit
};

class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)

public:
    // Parses the application's arguments; exits with a message on a usage error (QCommandLineParser).
    static StartupOptions parse(const QCoreApplication& app);
    // Called first thing in main(): the clock that --timing measures from.
    static void markProcessStart();
    // Opens the database, restores the window, and starts the imports; the first start with an empty
    // database imports the sample corpus. Returns false when no database could be opened at all.
    static bool run(MainWindow& window, const StartupOptions& options);
};

} // namespace ws
