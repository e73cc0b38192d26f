// ingest, stories, entities, deals, reextract.
#include "CliApp.h"
#include "CliOptions.h"
#include "Commands.h"
#include "JsonFormat.h"
#include "extract/Extractor.h"
#include "ingest/ImportJob.h"
#include "ingest/Reextractor.h"
#include "repo/CorpusRepository.h"
#include "repo/RecordJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ws {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("wirescope-cli", text); }

// Parses the options or prints the error; returns false on a usage error.
bool parseOptions(CommandContext& context, CliOptions& options, const QStringList& flags,
                  const QStringList& valued = {})
{
    const QString error = options.parse(context.args, flags, valued);
    if (error.isEmpty())
        return true;
    context.err << QStringLiteral("wirescope-cli: ") << error << Qt::endl;
    return false;
}

// Streams a JSON array one element a line, so that a million rows need no document in memory.
class JsonArrayWriter
{
public:
    explicit JsonArrayWriter(QTextStream& out) : m_out(out) { m_out << '['; }
    ~JsonArrayWriter() { m_out << (m_first ? "]" : "\n]") << Qt::endl; }
    void add(const QJsonObject& object)
    {
        m_out << (m_first ? "\n" : ",\n") << QString::fromUtf8(JsonFormat::compact(object));
        m_first = false;
    }

private:
    QTextStream& m_out;
    bool m_first = true;
};

void printHumanReport(const IngestReport& report, QTextStream& out, QTextStream& err)
{
    for (const FileReport& file : report.files) {
        out << file.path << ": " << file.added << " added, " << file.duplicates << " duplicates, " << file.warnings
            << " warnings, " << file.errors << " errors" << Qt::endl;
        for (const ImportIssue& issue : file.issues)
            err << issue.toString() << Qt::endl;
    }
    out << "total: " << report.added << " stories added, " << report.duplicates << " duplicates, "
        << report.warnings << " warnings, " << report.errors << " errors in " << report.files.size()
        << " files (" << QString::number(report.seconds, 'f', 2) << " s)" << Qt::endl;
}

// Every record a walk (`forEach(visit)`) gives: one JSON array with --json, else a line of text each.
template <typename Walk, typename ToJson, typename ToLine>
void writeRecords(CommandContext& context, bool json, Walk forEach, ToJson toJson, ToLine toLine)
{
    if (json) {
        JsonArrayWriter array(context.out);
        forEach([&](const auto& record) { array.add(toJson(record)); });
    } else {
        forEach([&](const auto& record) { context.out << toLine(record) << Qt::endl; });
    }
}

} // namespace

int runIngest(CommandContext& context)
{
    CliOptions options;
    if (!parseOptions(context, options, {QStringLiteral("json"), QStringLiteral("no-extract")},
                      {QStringLiteral("batch"), QStringLiteral("commit-every")}))
        return CliApp::UsageError;
    if (options.positionals().isEmpty()) {
        context.err << tr("wirescope-cli: ingest needs at least one file or folder") << Qt::endl;
        return CliApp::UsageError;
    }
    ImportJob::Options jobOptions;
    jobOptions.extract = !options.has(QStringLiteral("no-extract"));
    if (const auto batch = options.value(QStringLiteral("batch")))
        jobOptions.batchSize = qMax(1, batch->toInt());
    if (const auto every = options.value(QStringLiteral("commit-every")))
        jobOptions.storiesPerCommit = qMax(1, every->toInt());
    announceUpgrade(context);
    ImportJob job(context.databasePath, options.positionals(), jobOptions);
    const IngestReport report = job.run();
    if (options.has(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(QJsonDocument(JsonFormat::ingestReport(report)).toJson(QJsonDocument::Indented));
        for (const FileReport& file : report.files) {
            for (const ImportIssue& issue : file.issues)
                context.err << issue.toString() << Qt::endl;
        }
    } else {
        printHumanReport(report, context.out, context.err);
    }
    if (!report.fatalError.isEmpty()) {
        context.err << QStringLiteral("wirescope-cli: ") << report.fatalError << Qt::endl;
        return CliApp::DatabaseError;
    }
    return report.errors > 0 ? CliApp::InputFailed : CliApp::Ok;
}

int runStories(CommandContext& context)
{
    CliOptions options;
    if (!parseOptions(context, options, {QStringLiteral("json")}))
        return CliApp::UsageError;
    Database db = openDatabase(context);
    CorpusRepository corpus(db);
    writeRecords(
        context, options.has(QStringLiteral("json")), [&](const auto& visit) { corpus.forEachStory(visit); },
        RecordJson::story,
        [](const StoryRecord& story) { return story.id + u'\t' + story.date + u'\t' + story.title; });
    return CliApp::Ok;
}

int runEntities(CommandContext& context)
{
    CliOptions options;
    if (!parseOptions(context, options, {QStringLiteral("json")}, {QStringLiteral("type")}))
        return CliApp::UsageError;
    std::optional<EntityType> type;
    if (const auto name = options.value(QStringLiteral("type"))) {
        type = entityTypeFromName(*name);
        if (!type) {
            context.err << tr("wirescope-cli: unknown entity type '%1' (use company, organization, person, place, "
                              "technology or product)")
                               .arg(*name)
                        << Qt::endl;
            return CliApp::UsageError;
        }
    }
    Database db = openDatabase(context);
    CorpusRepository corpus(db);
    writeRecords(
        context, options.has(QStringLiteral("json")), [&](const auto& visit) { corpus.forEachEntity(type, visit); },
        RecordJson::entity, [](const EntityRecord& entity) {
            return entityTypeName(entity.type) + u'\t' + entity.name + u'\t' + QString::number(entity.stories) +
                   u'\t' + QString::number(entity.mentions) + u'\t' + entity.aliases.join(QStringLiteral(" | "));
        });
    return CliApp::Ok;
}

int runDeals(CommandContext& context)
{
    CliOptions options;
    if (!parseOptions(context, options, {QStringLiteral("json")}))
        return CliApp::UsageError;
    Database db = openDatabase(context);
    CorpusRepository corpus(db);
    writeRecords(
        context, options.has(QStringLiteral("json")), [&](const auto& visit) { corpus.forEachDeal(visit); },
        RecordJson::deal, [](const DealRecord& deal) {
            QStringList parties;
            for (const DealPartyRecord& party : deal.parties)
                parties.append(party.name + QStringLiteral(" (") + party.role + QLatin1Char(')'));
            return deal.kind + u'\t' + deal.status + u'\t' + parties.join(QStringLiteral(", ")) + u'\t' +
                   (deal.amount ? deal.amount->text : QString()) + u'\t' + deal.storyTitle;
        });
    return CliApp::Ok;
}

int runReextract(CommandContext& context)
{
    CliOptions options;
    if (!parseOptions(context, options, {QStringLiteral("json")}))
        return CliApp::UsageError;
    Database db = openDatabase(context);
    Reextractor reextractor(db, Extractor::shared());
    const int stories = reextractor.run();
    if (options.has(QStringLiteral("json")))
        context.out << QStringLiteral("{\"stories\": %1}").arg(stories) << Qt::endl;
    else
        context.out << tr("Extraction ran again over %1 stories.").arg(stories) << Qt::endl;
    return CliApp::Ok;
}

} // namespace ws
