#include "CliApp.h"

#include "Commands.h"
#include "Store.h"
#include "db/DbError.h"

#include <QCoreApplication>

#include <cstdio>

namespace ws {

CliApp::CliApp(QStringList arguments) : m_arguments(std::move(arguments)) {}

int CliApp::run()
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = run(out, err);
    out.flush();
    err.flush();
    return code;
}

QString CliApp::usage()
{
    return QCoreApplication::translate(
        "CliApp",
        "Usage: wirescope-cli [--db FILE] COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  ingest PATH... [--json] [--no-extract]   import files or folders; per-file report\n"
        "         [--batch N] [--commit-every N]   stories per batch (1000) and per transaction (20000)\n"
        "  stories --json                           list stories\n"
        "  entities --json [--type T]               list entities (company, organization, person,\n"
        "                                           place, technology, product)\n"
        "  deals --json                             list deals with parties and amounts\n"
        "  search --json QUERY [--limit N] [--exact]\n"
        "                                           search with the query language (docs/SEARCH.md);\n"
        "                                           --exact ranks and counts every match of a large result\n"
        "  reextract                                run extraction again over the stored corpus\n"
        "  notes add|list|export ...                notes (see docs/NOTES.md)\n"
        "  export --what stories|entities|deals --format csv|json --out FILE [--force]\n"
        "\n"
        "Without --db, the default database in the user's data folder is used.\n"
        "Exit codes: 0 success, 1 some input failed, 2 usage error, 3 database error.\n");
}

int CliApp::run(QTextStream& out, QTextStream& err)
{
    QStringList args = m_arguments.mid(1);
    QString databasePath;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--db")) {
            if (args.isEmpty()) {
                err << QCoreApplication::translate("CliApp", "wirescope-cli: --db needs a file name") << Qt::endl;
                return UsageError;
            }
            databasePath = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--db="))) {
            databasePath = option.mid(5);
        } else if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            out << usage();
            return Ok;
        } else if (option == QLatin1String("--version")) {
            out << QCoreApplication::applicationVersion() << Qt::endl;
            return Ok;
        } else {
            err << QCoreApplication::translate("CliApp", "wirescope-cli: unknown option %1").arg(option) << Qt::endl
                << usage();
            return UsageError;
        }
    }
    if (args.isEmpty()) {
        err << usage();
        return UsageError;
    }
    if (databasePath.isEmpty())
        databasePath = Store::defaultPath();
    const QString command = args.takeFirst();
    // The database option may also follow the subcommand.
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--db")) {
            databasePath = args[i + 1];
            args.remove(i, 2);
            break;
        }
    }
    try {
        return dispatch(command, databasePath, args, out, err);
    } catch (const DbError& error) {
        err << QCoreApplication::translate("CliApp", "wirescope-cli: %1").arg(error.message()) << Qt::endl;
        if (!error.detail().isEmpty())
            err << QCoreApplication::translate("CliApp", "  (SQLite: %1)").arg(error.detail()) << Qt::endl;
        return DatabaseError;
    }
}

int CliApp::dispatch(const QString& command, const QString& databasePath, QStringList args, QTextStream& out,
                     QTextStream& err)
{
    CommandContext context{databasePath, std::move(args), out, err};
    using Runner = int (*)(CommandContext&);
    const QList<QPair<QString, Runner>> commands = {
        {QStringLiteral("ingest"), runIngest},       {QStringLiteral("stories"), runStories},
        {QStringLiteral("entities"), runEntities},   {QStringLiteral("deals"), runDeals},
        {QStringLiteral("reextract"), runReextract}, {QStringLiteral("search"), runSearch},
        {QStringLiteral("notes"), runNotes},         {QStringLiteral("export"), runExport},
    };
    for (const auto& [name, runner] : commands) {
        if (name == command)
            return runner(context);
    }
    if (command == QLatin1String("help")) {
        out << usage();
        return Ok;
    }
    err << QCoreApplication::translate("CliApp", "wirescope-cli: unknown command '%1'").arg(command) << Qt::endl
        << usage();
    return UsageError;
}

} // namespace ws
