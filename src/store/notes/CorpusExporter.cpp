#include "notes/CorpusExporter.h"

#include "notes/CsvWriter.h"
#include "repo/CorpusRepository.h"
#include "repo/RecordJson.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::CorpusExporter", text);
}

// A deal as `wirescope-cli deals --json` gives it, with its story's title for a reader of the file.
QJsonObject dealJson(const DealRecord& deal)
{
    QJsonObject object = RecordJson::deal(deal);
    object.insert(QStringLiteral("story_title"), deal.storyTitle);
    return object;
}

QStringList storyRow(const StoryRecord& story)
{
    return {story.id,
            story.title,
            story.date,
            story.sourcePath,
            QString::number(story.lineStart),
            QString::number(story.lineEnd),
            story.url,
            story.feed,
            QString::number(story.chars)};
}

QStringList entityRow(const EntityRecord& entity)
{
    return {QString::number(entity.id),
            entityTypeName(entity.type),
            entity.name,
            entity.aliases.join(QStringLiteral(" | ")),
            QString::number(entity.mentions),
            QString::number(entity.stories),
            entity.parent};
}

QStringList dealRow(const DealRecord& deal)
{
    QStringList parties;
    for (const DealPartyRecord& party : deal.parties)
        parties.append(QStringLiteral("%1 (%2)").arg(party.name, party.role));
    const bool hasAmount = deal.amount.has_value();
    return {QString::number(deal.id),
            deal.kind,
            deal.status,
            parties.join(QStringLiteral("; ")),
            hasAmount ? QString::number(deal.amount->value, 'f', 2) : QString(),
            hasAmount ? deal.amount->currency : QString(),
            hasAmount && deal.amount->usd ? QString::number(*deal.amount->usd, 'f', 2) : QString(),
            hasAmount ? deal.amount->qualifier : QString(),
            hasAmount ? deal.amount->text : QString(),
            deal.storyId,
            deal.storyTitle,
            deal.evidence,
            QString::number(deal.evidenceStart),
            QString::number(deal.evidenceEnd),
            deal.time,
            deal.place};
}

// Streams JSON objects as an array, one a line.
class JsonArrayStream
{
public:
    explicit JsonArrayStream(QIODevice& device) : m_device(device) { m_device.write("["); }
    void add(const QJsonObject& object)
    {
        m_device.write(m_first ? "\n" : ",\n");
        m_device.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        m_first = false;
    }
    void finish() { m_device.write(m_first ? "]\n" : "\n]\n"); }

private:
    QIODevice& m_device;
    bool m_first = true;
};

} // namespace

std::optional<CorpusExporter::Table> CorpusExporter::tableFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("stories"))
        return Table::Stories;
    if (lower == QLatin1String("entities"))
        return Table::Entities;
    if (lower == QLatin1String("deals"))
        return Table::Deals;
    return std::nullopt;
}

ExportStatus CorpusExporter::write(Table table, ExportFormat format, const QString& path, bool overwrite,
                                   const std::optional<QSet<QString>>& storyIds) const
{
    if (format != ExportFormat::Csv && format != ExportFormat::Json)
        return ExportStatus::failed(
            tr("Stories, entities and deals export as CSV or JSON, not %1.").arg(exportFormatName(format)));
    const CorpusRepository corpus(m_db);
    auto keep = [&](const QString& storyId) { return !storyIds || storyIds->contains(storyId); };
    return ExportTarget::write(path, overwrite, [&](QIODevice& device) {
        const bool csv = format == ExportFormat::Csv;
        CsvWriter writer(device);
        std::optional<JsonArrayStream> json;
        if (!csv)
            json.emplace(device);
        switch (table) {
        case Table::Stories:
            if (csv)
                writer.row({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("date"),
                            QStringLiteral("source_path"), QStringLiteral("line_start"),
                            QStringLiteral("line_end"), QStringLiteral("url"), QStringLiteral("feed"),
                            QStringLiteral("chars")});
            corpus.forEachStory([&](const StoryRecord& story) {
                if (keep(story.id))
                    csv ? writer.row(storyRow(story)) : json->add(RecordJson::story(story));
            });
            break;
        case Table::Entities:
            if (csv)
                writer.row({QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("name"),
                            QStringLiteral("aliases"), QStringLiteral("mentions"), QStringLiteral("stories"),
                            QStringLiteral("parent")});
            corpus.forEachEntity(std::nullopt, [&](const EntityRecord& entity) {
                csv ? writer.row(entityRow(entity)) : json->add(RecordJson::entity(entity));
            });
            break;
        case Table::Deals:
            if (csv)
                writer.row({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("status"),
                            QStringLiteral("parties"), QStringLiteral("amount_value"),
                            QStringLiteral("currency"), QStringLiteral("usd"), QStringLiteral("qualifier"),
                            QStringLiteral("amount_text"), QStringLiteral("story"),
                            QStringLiteral("story_title"), QStringLiteral("evidence"),
                            QStringLiteral("evidence_start"), QStringLiteral("evidence_end"),
                            QStringLiteral("time"), QStringLiteral("place")});
            corpus.forEachDeal([&](const DealRecord& deal) {
                if (keep(deal.storyId))
                    csv ? writer.row(dealRow(deal)) : json->add(dealJson(deal));
            });
            break;
        }
        if (json)
            json->finish();
        return QString();
    });
}

} // namespace ws
