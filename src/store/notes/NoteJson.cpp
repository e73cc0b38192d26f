#include "notes/NoteJson.h"

#include <QJsonArray>

namespace ws {

namespace {

QJsonValue offset(int value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}
QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject NoteJson::note(const ResolvedNote& resolved)
{
    const Note& note = resolved.note;
    const NoteCitation& citation = resolved.citation;
    QJsonObject object{
        {QStringLiteral("id"), note.id},
        {QStringLiteral("kind"), noteKindName(note.kind())},
        {QStringLiteral("story"), textOrNull(resolved.storyId)},
        {QStringLiteral("quote"), note.target.quote},
        {QStringLiteral("start"), offset(resolved.start)},
        {QStringLiteral("end"), offset(resolved.end)},
        {QStringLiteral("body"), note.body},
        {QStringLiteral("tags"), QJsonArray::fromStringList(note.tags)},
        {QStringLiteral("created"), note.created},
        {QStringLiteral("edited"), note.edited},
        {QStringLiteral("anchor"), anchorStatusName(resolved.status)},
        {QStringLiteral("relocated"), resolved.relocated},
        {QStringLiteral("stored"), QJsonObject{{QStringLiteral("story"), textOrNull(note.target.storyId)},
                                               {QStringLiteral("start"), offset(note.target.start)},
                                               {QStringLiteral("end"), offset(note.target.end)}}},
        {QStringLiteral("citation"), QJsonObject{{QStringLiteral("title"), citation.title},
                                                 {QStringLiteral("source"), citation.source},
                                                 {QStringLiteral("date"), citation.date},
                                                 {QStringLiteral("url"), citation.url}}},
    };
    if (note.kind() == NoteKind::Entity) {
        object.insert(
            QStringLiteral("entity"),
            QJsonObject{{QStringLiteral("type"), note.target.entityType},
                        {QStringLiteral("key"), note.target.entityKey},
                        {QStringLiteral("name"), resolved.entityName},
                        {QStringLiteral("id"), resolved.entityId > 0 ? QJsonValue(resolved.entityId)
                                                                     : QJsonValue(QJsonValue::Null)}});
    }
    if (note.kind() == NoteKind::Deal) {
        object.insert(
            QStringLiteral("deal"),
            QJsonObject{{QStringLiteral("evidence"), note.target.dealEvidence},
                        {QStringLiteral("id"),
                         resolved.dealId > 0 ? QJsonValue(resolved.dealId) : QJsonValue(QJsonValue::Null)}});
    }
    return object;
}

} // namespace ws
