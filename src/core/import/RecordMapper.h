#pragma once

#include "model/Story.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace ws {

// Maps the fields of a record (a JSON object, a CSV row) to a Story by their common names:
//   title   title, headline, heading, name
//   body    body, text, content, article, article_body, full_text, description, summary, abstract
//   date    date, published, published_at, publishedAt, pubDate, datetime, time, created_at, ...
//   source  source, publisher, outlet, site, site_name, feed, publication
//   url     url, link, href, permalink
//   author  author, authors, byline, creator, writer
//   topics  category, categories, tags, topics, keywords, section
// Names are compared without case, '_' or '-' (publishedAt = published_at). Where a record has
// several names for one field, the earlier name in the list wins (body before description).
class RecordMapper
{
public:
    enum class Field
    {
        None,
        Title,
        Body,
        Date,
        Source,
        Url,
        Author,
        Topics,
        Places
    };

    static Field fieldOf(const QString& key);
    static QString normalizeKey(const QString& key);

    void clear();
    // Offers a value for a key; kept when it maps to a field with no better-ranked value yet.
    void add(const QString& key, const QString& value);
    void add(const QString& key, const QStringList& values);
    // An epoch timestamp given as a number.
    void addEpoch(const QString& key, qint64 value);

    // The story, or nothing when the record has neither title nor text. `badDate` gets the date
    // text when there was one that could not be read.
    std::optional<Story> story(QString* badDate = nullptr) const;

private:
    struct Value
    {
        int rank = INT_MAX;
        QString text;
        QStringList list;
    };
    bool offer(const QString& key, Field* field, int* rank);
    QHash<int, Value> m_values;
};

} // namespace ws
