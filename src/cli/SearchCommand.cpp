// search --json QUERY [--limit N] [--offset N] [--exact]
#include "CliApp.h"
#include "CliOptions.h"
#include "Commands.h"
#include "search/SearchEngine.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ws {

int runSearch(CommandContext& context)
{
    CliOptions options;
    const QString error = options.parse(context.args, {QStringLiteral("json"), QStringLiteral("exact")},
                                        {QStringLiteral("limit"), QStringLiteral("offset")});
    if (!error.isEmpty() || options.positionals().isEmpty()) {
        context.err << QStringLiteral("wirescope-cli: ")
                    << (error.isEmpty() ? QCoreApplication::translate("wirescope-cli", "search needs a query")
                                        : error)
                    << Qt::endl;
        return CliApp::UsageError;
    }
    const int limit = options.value(QStringLiteral("limit")).value_or(QStringLiteral("20")).toInt();
    const int offset = options.value(QStringLiteral("offset")).value_or(QStringLiteral("0")).toInt();
    if (limit < 0 || offset < 0) {
        context.err << QCoreApplication::translate("wirescope-cli",
                                                   "wirescope-cli: --limit and --offset take a number "
                                                   "of zero or more")
                    << Qt::endl;
        return CliApp::UsageError;
    }
    // Several positionals are one query ("search --json company:TSMC CoWoS").
    const QString query = options.positionals().join(QLatin1Char(' '));
    Database db = openDatabase(context);
    SearchEngine engine(db);
    SearchEngine::Options searchOptions;
    // --exact: every match ranked, counted and counted into the facets, however long that takes.
    if (options.has(QStringLiteral("exact")))
        searchOptions.limits = SearchLimits::exhaustive();
    const SearchResult result = engine.search(query, limit, offset, searchOptions);
    if (!result.ok()) {
        const bool storeFailed = result.error->storeFailed;
        context.err << (storeFailed
                            ? QCoreApplication::translate("wirescope-cli", "wirescope-cli: %1")
                            : QCoreApplication::translate("wirescope-cli", "wirescope-cli: bad query: %1"))
                           .arg(result.error->message)
                    << Qt::endl;
        if (options.has(QStringLiteral("json")))
            context.out << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
        return storeFailed ? CliApp::DatabaseError : CliApp::UsageError;
    }
    if (options.has(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
    } else {
        context.out << (result.totalIsEstimate
                            ? QCoreApplication::translate("wirescope-cli", "about %n stories match", nullptr,
                                                          result.total)
                            : QCoreApplication::translate("wirescope-cli", "%n stories match", nullptr,
                                                          result.total))
                    << Qt::endl;
        if (!result.rankedAll)
            context.err << QCoreApplication::translate(
                               "wirescope-cli", "ranked: the best of the newest %1 matches, then older ones "
                                                "newest first (--exact ranks all)")
                               .arg(result.ranked)
                        << Qt::endl;
        for (const SearchHit& hit : result.hits)
            context.out << hit.storyId << '\t' << hit.date << '\t' << hit.title << "\n    " << hit.snippet
                        << Qt::endl;
        for (const QString& note : result.notes)
            context.err << note << Qt::endl;
    }
    return CliApp::Ok;
}

} // namespace ws
