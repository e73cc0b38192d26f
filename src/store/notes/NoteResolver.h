#pragma once

#include "notes/ResolvedNote.h"

#include <QHash>
#include <memory>
#include <optional>

namespace ws {

class CorrectionMap;
class Database;

// Finds each note's anchor in the corpus as it is now, without changing the note: the noted story
// by content id, the passage in it by NoteAnchor; where the story is gone, another story whose
// text holds the quote (a full-text phrase search, then NoteAnchor to verify); entities by (type,
// key), following the analyst's merges; deals by their evidence sentence. Caches story texts for
// the life of the resolver, so make one per listing.
class NoteResolver
{
public:
    explicit NoteResolver(Database& db);
    ~NoteResolver();

    ResolvedNote resolve(const Note& note);

    struct StoryText
    {
        qint64 rowid = 0;
        QString id;
        QString text; // Extraction::textOf(title, body)
        NoteCitation citation;
    };
    std::optional<StoryText> storyById(const QString& id);

private:
    std::optional<StoryText> storyByRowid(qint64 rowid);
    std::optional<StoryText> readStory(const QString& where, const QVariant& value);
    QList<qint64> storiesMatching(const QString& quote);
    void resolveStory(ResolvedNote& resolved);
    void resolvePassage(ResolvedNote& resolved);
    void resolveEntity(ResolvedNote& resolved);
    void findDeal(ResolvedNote& resolved);
    void place(ResolvedNote& resolved, const StoryText& story, const AnchorMatch& match);

    Database& m_db;
    QHash<QString, std::optional<StoryText>> m_byId;
    QHash<qint64, std::optional<StoryText>> m_byRowid;
    std::unique_ptr<CorrectionMap> m_corrections;
};

} // namespace ws
