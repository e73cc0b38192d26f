#pragma once

#include <QStringList>
#include <QTextStream>

namespace ws {

// Each subcommand: its arguments (after the subcommand name), the database path, and the streams.
// Returns a CliApp::ExitCode. Database errors propagate as DbError (CliApp reports them).
struct CommandContext
{
    QString databasePath;
    QStringList args;
    QTextStream& out;
    QTextStream& err;
};

int runIngest(CommandContext& context);
int runStories(CommandContext& context);
int runEntities(CommandContext& context);
int runDeals(CommandContext& context);
int runReextract(CommandContext& context);
int runSearch(CommandContext& context);
int runNotes(CommandContext& context);
int runExport(CommandContext& context);

} // namespace ws
