#pragma once

#include "db/Database.h"

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

// Store::open for a command, saying on stderr first when the file will be upgraded (the upgrade
// copies the whole file before it starts: seconds on a large corpus).
Database openDatabase(CommandContext& context);
// Only the notice, for a command whose job opens the database itself (ingest).
void announceUpgrade(CommandContext& context);

int runIngest(CommandContext& context);
int runStories(CommandContext& context);
int runEntities(CommandContext& context);
int runDeals(CommandContext& context);
int runReextract(CommandContext& context);
int runSearch(CommandContext& context);
int runNotes(CommandContext& context);
int runExport(CommandContext& context);

} // namespace ws
