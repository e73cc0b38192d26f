#pragma once

#include <QStringList>
#include <QTextStream>

namespace ws {

class Database;

// wirescope-cli: parses the global options (--db FILE), dispatches to a subcommand, and maps
// failures to exit codes. JSON goes to stdout only; messages go to stderr.
class CliApp
{
public:
    enum ExitCode { Ok = 0, InputFailed = 1, UsageError = 2, DatabaseError = 3 };

    explicit CliApp(QStringList arguments);
    int run();

    // Visible to tests: run with these streams instead of stdout/stderr.
    int run(QTextStream& out, QTextStream& err);

private:
    int dispatch(const QString& command, const QString& databasePath, QStringList args, QTextStream& out,
                 QTextStream& err);
    static QString usage();

    QStringList m_arguments;
};

} // namespace ws
