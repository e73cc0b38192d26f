#include "ingest/StoryWriter.h"

#include "ingest/PreparedStory.h"

#include "db/Database.h"

namespace ws {

namespace {

// The columns are NOT NULL: an absent value is stored as an empty string.
QString text(const QString& value) { return value.isNull() ? QStringLiteral("") : value; }

} // namespace

StoryWriter::StoryWriter(Database& db)
    : m_db(db),
      m_insertStory(db.prepare(QStringLiteral(
          "INSERT INTO stories(id, title, body, date, source_path, line_start, line_end, url, feed, author, "
          "topics, places, chars, import_id, extracted) "
          "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"))),
      m_insertFts(db.prepare(QStringLiteral("INSERT INTO story_fts(rowid, title, body) VALUES(?1, ?2, ?3)")))
{
}

qint64 StoryWriter::insert(const Story& story, qint64 importId, bool extracted, const PreparedStory* prepared)
{
    if (prepared)
        m_insertStory.bindUtf8(2, prepared->title.text()).bindUtf8(3, prepared->body.text());
    else
        m_insertStory.bind(2, text(story.title)).bind(3, text(story.body));
    m_insertStory.bind(1, story.id)
        .bind(4, text(story.date))
        .bind(5, text(story.source.path))
        .bind(6, story.source.lineStart)
        .bind(7, story.source.lineEnd)
        .bind(8, text(story.source.url))
        .bind(9, text(story.source.feed))
        .bind(10, text(story.author))
        .bind(11, text(story.topics.join(QLatin1Char(';'))))
        .bind(12, text(story.places.join(QLatin1Char(';'))))
        .bind(13, qint64(story.title.size() + story.body.size()))
        .bind(14, importId)
        .bind(15, qint64(extracted ? 1 : 0));
    m_insertStory.run();
    const qint64 rowid = m_db.lastInsertRowId();
    m_insertFts.bind(1, rowid);
    if (prepared) {
        m_insertFts.bindUtf8(2, prepared->title.text()).bindUtf8(3, prepared->body.text());
        const TokenRecording::Installed recorded{&prepared->title, &prepared->body};
        m_insertFts.run();
    } else {
        m_insertFts.bind(2, story.title).bind(3, story.body);
        m_insertFts.run();
    }
    return rowid;
}

} // namespace ws
