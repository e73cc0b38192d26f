#include "repo/RecordJson.h"

#include <QJsonArray>

namespace ws {

QJsonObject RecordJson::story(const StoryRecord& story)
{
    QJsonObject source{{QStringLiteral("path"), story.sourcePath},
                       {QStringLiteral("line_start"), story.lineStart},
                       {QStringLiteral("line_end"), story.lineEnd}};
    if (!story.url.isEmpty())
        source.insert(QStringLiteral("url"), story.url);
    if (!story.feed.isEmpty())
        source.insert(QStringLiteral("feed"), story.feed);
    return QJsonObject{{QStringLiteral("id"), story.id},
                       {QStringLiteral("title"), story.title},
                       {QStringLiteral("date"), story.date},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("chars"), story.chars}};
}

QJsonObject RecordJson::entity(const EntityRecord& entity)
{
    QJsonObject object{{QStringLiteral("id"), entity.id},
                       {QStringLiteral("type"), entityTypeName(entity.type)},
                       {QStringLiteral("name"), entity.name},
                       {QStringLiteral("aliases"), QJsonArray::fromStringList(entity.aliases)},
                       {QStringLiteral("mentions"), entity.mentions},
                       {QStringLiteral("stories"), entity.stories}};
    if (!entity.parent.isEmpty())
        object.insert(QStringLiteral("parent"), entity.parent);
    return object;
}

QJsonObject RecordJson::deal(const DealRecord& deal)
{
    QJsonArray parties;
    for (const DealPartyRecord& party : deal.parties)
        parties.append(QJsonObject{{QStringLiteral("name"), party.name}, {QStringLiteral("role"), party.role}});
    QJsonValue amount = QJsonValue::Null;
    if (deal.amount) {
        amount = QJsonObject{
            {QStringLiteral("value"), deal.amount->value},
            {QStringLiteral("currency"), deal.amount->currency},
            {QStringLiteral("usd"), deal.amount->usd ? QJsonValue(*deal.amount->usd) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("qualifier"), deal.amount->qualifier},
            {QStringLiteral("text"), deal.amount->text}};
    }
    return QJsonObject{{QStringLiteral("id"), deal.id},
                       {QStringLiteral("kind"), deal.kind},
                       {QStringLiteral("status"), deal.status},
                       {QStringLiteral("parties"), parties},
                       {QStringLiteral("amount"), amount},
                       {QStringLiteral("story"), deal.storyId},
                       {QStringLiteral("evidence"), deal.evidence},
                       {QStringLiteral("evidence_start"), deal.evidenceStart},
                       {QStringLiteral("evidence_end"), deal.evidenceEnd},
                       {QStringLiteral("time"), deal.time},
                       {QStringLiteral("place"), deal.place}};
}

} // namespace ws
