#include "notes/Note.h"

#include <QSet>

namespace ws {

QString noteKindName(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Passage:
        return QStringLiteral("passage");
    case NoteKind::Story:
        return QStringLiteral("story");
    case NoteKind::Entity:
        return QStringLiteral("entity");
    case NoteKind::Deal:
        return QStringLiteral("deal");
    }
    return {};
}

NoteTarget NoteTarget::story(const QString& storyId)
{
    NoteTarget target;
    target.storyId = storyId;
    return target;
}

NoteTarget NoteTarget::passage(const QString& storyId, const QString& quote, int start, int end)
{
    NoteTarget target;
    target.storyId = storyId;
    target.quote = quote;
    target.start = start;
    target.end = end;
    return target;
}

NoteTarget NoteTarget::entity(const QString& type, const QString& key, const QString& name)
{
    NoteTarget target;
    target.entityType = type;
    target.entityKey = key;
    target.entityName = name;
    return target;
}

NoteTarget NoteTarget::deal(const QString& storyId, const QString& evidence, int start, int end)
{
    // The evidence doubles as the quote, so that a deal note is found again like a passage.
    NoteTarget target = passage(storyId, evidence, start, end);
    target.dealEvidence = evidence;
    return target;
}

NoteKind NoteTarget::kind() const
{
    if (!entityType.isEmpty())
        return NoteKind::Entity;
    if (!dealEvidence.isEmpty())
        return NoteKind::Deal;
    if (!quote.isEmpty())
        return NoteKind::Passage;
    return NoteKind::Story;
}

QString NoteCitation::formatSource(const QString& path, int lineStart, int lineEnd, const QString& url)
{
    if (!path.isEmpty() && lineStart > 0) {
        if (lineEnd > lineStart)
            return QStringLiteral("%1:%2-%3").arg(path).arg(lineStart).arg(lineEnd);
        return QStringLiteral("%1:%2").arg(path).arg(lineStart);
    }
    return url.isEmpty() ? path : url;
}

QStringList normalizedTags(const QStringList& tags)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString& tag : tags) {
        const QString clean = tag.simplified();
        if (clean.isEmpty() || seen.contains(clean.toCaseFolded()))
            continue;
        seen.insert(clean.toCaseFolded());
        result.append(clean);
    }
    return result;
}

} // namespace ws
