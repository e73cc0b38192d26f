#include "notes/ResolvedNote.h"

#include <QCoreApplication>

namespace ws {

QString ResolvedNote::anchorLabel() const
{
    const QString title = citation.title.isEmpty() ? storyId : citation.title;
    switch (note.kind()) {
    case NoteKind::Entity: {
        QString type = note.target.entityType;
        if (!type.isEmpty())
            type[0] = type[0].toUpper();
        return QStringLiteral("%1: %2").arg(type, entityName.isEmpty() ? note.target.entityKey : entityName);
    }
    case NoteKind::Deal:
        return QCoreApplication::translate("ws::ResolvedNote", "Deal in %1").arg(title);
    case NoteKind::Passage:
    case NoteKind::Story:
        break;
    }
    return title;
}

QString ResolvedNote::citationLine() const
{
    if (note.kind() == NoteKind::Entity)
        return {};
    QStringList parts;
    parts.append(QStringLiteral("\u201c%1\u201d").arg(citation.title.isEmpty() ? storyId : citation.title));
    if (!citation.source.isEmpty())
        parts.append(citation.source);
    if (!citation.date.isEmpty())
        parts.append(citation.date);
    if (!citation.url.isEmpty() && citation.url != citation.source)
        parts.append(citation.url);
    return parts.join(QStringLiteral(", "));
}

QString ResolvedNote::anchorRemark() const
{
    auto tr = [](const char* text) { return QCoreApplication::translate("ws::ResolvedNote", text); };
    if (status == AnchorStatus::Detached) {
        if (note.kind() == NoteKind::Entity)
            return tr("Detached: extraction no longer finds this entity; the note is kept.");
        if (storyRowid != 0)
            return tr("Detached: the quoted passage is no longer in the story; the note is kept.");
        return tr("Detached: the story is no longer in the corpus; the note is kept with its citation.");
    }
    QString remark;
    if (relocated)
        remark = tr("The noted story left the corpus; the passage was found in this story.");
    switch (status) {
    case AnchorStatus::Moved:
        if (note.kind() == NoteKind::Entity)
            remark = tr("The entity was merged or retyped since; the note follows it.");
        else if (!relocated && !note.target.quote.isEmpty())
            remark = tr("The passage moved within the story.");
        break;
    case AnchorStatus::Normalized:
        remark += (remark.isEmpty() ? QString() : QStringLiteral(" ")) +
                  tr("The passage differs in spacing or case.");
        break;
    case AnchorStatus::Fuzzy:
        remark += (remark.isEmpty() ? QString() : QStringLiteral(" ")) +
                  tr("The passage was edited since the note was written.");
        break;
    case AnchorStatus::Exact:
    case AnchorStatus::Detached:
        break;
    }
    return remark;
}

} // namespace ws
