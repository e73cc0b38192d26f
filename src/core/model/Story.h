#pragma once

#include <QString>
#include <QStringList>

namespace ws {

// Where a story was read from: a file (with 1-based lines for text formats) or a feed/URL.
struct SourceRef
{
    QString path;      // file the story came from (absolute or as given)
    int lineStart = 0; // 1-based first line; 0 where the format has no lines
    int lineEnd = 0;   // 1-based last line
    QString url;       // article URL where the format gives one
    QString feed;      // feed or outlet name (RSS channel title, JSON "source")
};

// One news story as the importers produce it and the store keeps it.
struct Story
{
    QString id;    // stable content id, see makeId()
    QString title; // given, or derived from the kicker or first sentence
    QString body;
    QString date;  // ISO 8601 (date or date-time), or empty when unknown
    QString author;
    SourceRef source;
    QStringList topics; // categories given by the source (Reuters TOPICS, RSS category)
    QStringList places; // places given by the source (Reuters PLACES, DATELINE)

    // Content-derived id: the same title, body and date always give the same id, whatever file they
    // came from, so a story imported twice is stored once. Whitespace differences do not change it.
    // The date is part of the content: a wire that sends the same text again at another time (as
    // Reuters-21578 does 239 times) has sent a new story.
    static QString makeId(const QString& title, const QString& body, const QString& date = {});
};

} // namespace ws
