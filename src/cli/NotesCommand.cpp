// notes add|list|edit|delete|export, and export --what stories|entities|deals.
#include "CliApp.h"
#include "CliOptions.h"
#include "Commands.h"
#include "NotesPdfExporter.h"
#include "model/EntityType.h"
#include "notes/CorpusExporter.h"
#include "notes/NoteJson.h"
#include "notes/NoteRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ws {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("wirescope-cli", text);
}

bool parseOptions(CommandContext& context, CliOptions& options, const QStringList& flags,
                  const QStringList& valued)
{
    const QString error = options.parse(context.args, flags, valued);
    if (error.isEmpty())
        return true;
    context.err << QStringLiteral("wirescope-cli: ") << error << Qt::endl;
    return false;
}

int usageError(CommandContext& context, const QString& message)
{
    context.err << QStringLiteral("wirescope-cli: ") << message << Qt::endl;
    return CliApp::UsageError;
}

int reportExport(CommandContext& context, const ExportStatus& status, const QString& path)
{
    if (status.code == ExportStatus::Exists) {
        context.err << QStringLiteral("wirescope-cli: ") << status.message << ' '
                    << tr("Use --force to overwrite it.") << Qt::endl;
        return CliApp::InputFailed;
    }
    if (!status.ok()) {
        context.err << QStringLiteral("wirescope-cli: ") << status.message << Qt::endl;
        return CliApp::InputFailed;
    }
    context.err << tr("Wrote %1.").arg(QFileInfo(path).absoluteFilePath()) << Qt::endl;
    return CliApp::Ok;
}

// The filter options shared by list and export.
NoteFilter noteFilter(const CliOptions& options)
{
    NoteFilter filter;
    filter.tag = options.value(QStringLiteral("tag")).value_or(QString());
    filter.text = options.value(QStringLiteral("search")).value_or(QString());
    const QStringList stories = options.values(QStringLiteral("story"));
    if (!stories.isEmpty())
        filter.storyIds = QSet<QString>(stories.cbegin(), stories.cend());
    return filter;
}

void printNote(CommandContext& context, const ResolvedNote& resolved)
{
    QString body = resolved.note.body.section(QLatin1Char('\n'), 0, 0);
    if (body.size() > 80)
        body = body.left(79) + QChar(0x2026);
    context.out << resolved.note.id << '\t' << anchorStatusName(resolved.status) << '\t'
                << resolved.anchorLabel() << '\t' << resolved.note.tags.join(QLatin1Char(',')) << '\t' << body
                << Qt::endl;
}

int notesAdd(CommandContext& context)
{
    CliOptions options;
    if (!parseOptions(context, options, {QStringLiteral("json")},
                      {QStringLiteral("story"), QStringLiteral("quote"), QStringLiteral("start"),
                       QStringLiteral("end"), QStringLiteral("entity"), QStringLiteral("deal"),
                       QStringLiteral("tag"), QStringLiteral("text")}))
        return CliApp::UsageError;
    const auto text = options.value(QStringLiteral("text"));
    if (!text)
        return usageError(context, tr("notes add needs --text (the note's body)"));
    const auto story = options.value(QStringLiteral("story"));
    const auto entity = options.value(QStringLiteral("entity"));
    const auto deal = options.value(QStringLiteral("deal"));
    if (int(story.has_value()) + int(entity.has_value()) + int(deal.has_value()) != 1)
        return usageError(context, tr("notes add needs one of --story ID, --entity TYPE:NAME or --deal ID"));
    Database db = openDatabase(context);
    NoteRepository notes(db);
    NoteTarget target;
    Note note;
    // A story, quote, entity or deal that is not there is the user's input failing, not the database.
    try {
        if (story) {
            const auto quote = options.value(QStringLiteral("quote"));
            const int start = options.value(QStringLiteral("start")).value_or(QStringLiteral("-1")).toInt();
            const int end = options.value(QStringLiteral("end")).value_or(QStringLiteral("-1")).toInt();
            target = quote ? NoteTarget::passage(*story, *quote, start, end) : NoteTarget::story(*story);
        } else if (entity) {
            const QString type = entity->section(QLatin1Char(':'), 0, 0).trimmed();
            const QString name = entity->section(QLatin1Char(':'), 1).trimmed();
            if (!entityTypeFromName(type) || name.isEmpty())
                return usageError(context, tr("--entity takes TYPE:NAME, e.g. company:TSMC"));
            target = notes.entityTarget(type, name);
        } else {
            bool ok = false;
            const qint64 dealId = deal->toLongLong(&ok);
            if (!ok)
                return usageError(context, tr("--deal takes a deal id (see: deals --json)"));
            target = notes.dealTarget(dealId);
        }
        note = notes.add(target, *text, options.values(QStringLiteral("tag")));
    } catch (const DbError& error) {
        if (error.code() != 0)
            throw; // SQLite itself failed: a database error
        context.err << QStringLiteral("wirescope-cli: ") << error.message() << Qt::endl;
        return CliApp::InputFailed;
    }
    if (options.has(QStringLiteral("json")))
        context.out << QString::fromUtf8(
            QJsonDocument(NoteJson::note(notes.resolve(note))).toJson(QJsonDocument::Indented));
    else
        context.out << note.id << Qt::endl;
    return CliApp::Ok;
}

int notesList(CommandContext& context)
{
    CliOptions options;
    if (!parseOptions(context, options, {QStringLiteral("json")},
                      {QStringLiteral("tag"), QStringLiteral("search"), QStringLiteral("story")}))
        return CliApp::UsageError;
    Database db = openDatabase(context);
    const QList<ResolvedNote> notes = NoteRepository(db).list(noteFilter(options));
    if (options.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ResolvedNote& resolved : notes)
            array.append(NoteJson::note(resolved));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const ResolvedNote& resolved : notes)
            printNote(context, resolved);
    }
    return CliApp::Ok;
}

qint64 noteId(const CliOptions& options)
{
    if (options.positionals().size() != 1)
        return 0;
    bool ok = false;
    const qint64 id = options.positionals().first().toLongLong(&ok);
    return ok ? id : 0;
}

int notesEdit(CommandContext& context)
{
    CliOptions options;
    if (!parseOptions(context, options, {QStringLiteral("json"), QStringLiteral("clear-tags")},
                      {QStringLiteral("text"), QStringLiteral("tag")}))
        return CliApp::UsageError;
    const qint64 id = noteId(options);
    if (id <= 0)
        return usageError(context, tr("notes edit needs one note id"));
    Database db = openDatabase(context);
    NoteRepository notes(db);
    const auto note = notes.find(id);
    if (!note) {
        context.err << tr("wirescope-cli: there is no note %1 in %2").arg(id).arg(context.databasePath)
                    << Qt::endl;
        return CliApp::InputFailed;
    }
    QStringList tags = options.has(QStringLiteral("clear-tags")) ? QStringList() : note->tags;
    tags += options.values(QStringLiteral("tag"));
    const Note updated = notes.update(id, options.value(QStringLiteral("text")).value_or(note->body), tags);
    if (options.has(QStringLiteral("json")))
        context.out << QString::fromUtf8(
            QJsonDocument(NoteJson::note(notes.resolve(updated))).toJson(QJsonDocument::Indented));
    return CliApp::Ok;
}

int notesDelete(CommandContext& context)
{
    CliOptions options;
    if (!parseOptions(context, options, {}, {}))
        return CliApp::UsageError;
    const qint64 id = noteId(options);
    if (id <= 0)
        return usageError(context, tr("notes delete needs one note id"));
    Database db = openDatabase(context);
    if (!NoteRepository(db).remove(id)) {
        context.err << tr("wirescope-cli: there is no note %1 in %2").arg(id).arg(context.databasePath)
                    << Qt::endl;
        return CliApp::InputFailed;
    }
    return CliApp::Ok;
}

int notesExport(CommandContext& context)
{
    CliOptions options;
    if (!parseOptions(context, options, {QStringLiteral("force")},
                      {QStringLiteral("format"), QStringLiteral("out"), QStringLiteral("tag"),
                       QStringLiteral("search"), QStringLiteral("story"), QStringLiteral("title")}))
        return CliApp::UsageError;
    const auto out = options.value(QStringLiteral("out"));
    const auto formatName = options.value(QStringLiteral("format"));
    if (!out || !formatName)
        return usageError(context, tr("notes export needs --format md|html|csv|json|pdf and --out FILE"));
    const auto format = exportFormatFromName(*formatName);
    if (!format)
        return usageError(context,
                          tr("unknown export format '%1' (use md, html, csv, json or pdf)").arg(*formatName));
    const bool force = options.has(QStringLiteral("force"));
    // Refuse before reading anything when the file is there or cannot be written.
    if (const ExportStatus status = ExportTarget::check(*out, force); !status.ok())
        return reportExport(context, status, *out);
    Database db = openDatabase(context);
    const QList<ResolvedNote> notes = NoteRepository(db).list(noteFilter(options));
    NotesExportInfo info;
    info.title = options.value(QStringLiteral("title")).value_or(QString());
    return reportExport(context, NotesPdfExporter::writeAny(*out, *format, notes, force, info), *out);
}

} // namespace

int runNotes(CommandContext& context)
{
    if (context.args.isEmpty())
        return usageError(context, tr("notes needs a subcommand: add, list, edit, delete or export"));
    const QString subcommand = context.args.takeFirst();
    if (subcommand == QLatin1String("add"))
        return notesAdd(context);
    if (subcommand == QLatin1String("list"))
        return notesList(context);
    if (subcommand == QLatin1String("edit"))
        return notesEdit(context);
    if (subcommand == QLatin1String("delete"))
        return notesDelete(context);
    if (subcommand == QLatin1String("export"))
        return notesExport(context);
    return usageError(
        context, tr("unknown notes subcommand '%1' (use add, list, edit, delete or export)").arg(subcommand));
}

int runExport(CommandContext& context)
{
    CliOptions options;
    if (!parseOptions(context, options, {QStringLiteral("force")},
                      {QStringLiteral("what"), QStringLiteral("format"), QStringLiteral("out"),
                       QStringLiteral("story")}))
        return CliApp::UsageError;
    const auto what = options.value(QStringLiteral("what"));
    const auto formatName = options.value(QStringLiteral("format"));
    const auto out = options.value(QStringLiteral("out"));
    if (!what || !formatName || !out)
        return usageError(context,
                          tr("export needs --what stories|entities|deals, --format csv|json and --out FILE"));
    const auto table = CorpusExporter::tableFromName(*what);
    if (!table)
        return usageError(context, tr("unknown table '%1' (use stories, entities or deals)").arg(*what));
    const auto format = exportFormatFromName(*formatName);
    if (format != ExportFormat::Csv && format != ExportFormat::Json)
        return usageError(context, tr("unknown export format '%1' (use csv or json)").arg(*formatName));
    const bool force = options.has(QStringLiteral("force"));
    if (const ExportStatus status = ExportTarget::check(*out, force); !status.ok())
        return reportExport(context, status, *out);
    std::optional<QSet<QString>> storyIds;
    if (const QStringList stories = options.values(QStringLiteral("story")); !stories.isEmpty())
        storyIds = QSet<QString>(stories.cbegin(), stories.cend());
    Database db = openDatabase(context);
    return reportExport(context, CorpusExporter(db).write(*table, *format, *out, force, storyIds), *out);
}

} // namespace ws
