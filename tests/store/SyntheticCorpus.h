#pragma once

// A generated corpus for the tests of large results: enough stories that small SearchLimits cap
// them, with dates that do not follow the rowids, words whose counts vary per story, a dense and a
// rare company, a technology with a child, and deals. Every figure below follows from the rowid.

#include "db/Database.h"
#include "db/Schema.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "search/SearchEngine.h"

#include <QDate>

namespace synthetic {

// Story i (1-based): "alpha" in even stories (i % 7 + 1 times), "beta" in every third, "gamma" in
// every fifth; the title says "alpha" in every tenth. Dense Co (id 1) in even stories, Rare Co (2)
// in every 50th, Root Tech (3) in every third and its child Leaf Tech (4) in every fifth; an
// investment deal in every fourth story.
inline void fill(ws::Database& db, int stories)
{
    ws::Schema::upgrade(db);
    ws::Transaction transaction(db);
    db.exec(QStringLiteral(
        "INSERT INTO entities(id, type, name, key, parent_id) VALUES (1, 'company', 'Dense Co', 'dense co', "
        "NULL), "
        "(2, 'company', 'Rare Co', 'rare co', NULL), (3, 'technology', 'Root Tech', 'root tech', NULL), "
        "(4, 'technology', 'Leaf Tech', 'leaf tech', 3)"));
    ws::Statement story = db.prepare(
        QStringLiteral("INSERT INTO stories(rowid, id, title, body, date) VALUES (?1, ?2, ?3, ?4, ?5)"));
    ws::Statement entity = db.prepare(
        QStringLiteral("INSERT INTO story_entities(entity_id, story_rowid, mentions) VALUES (?1, ?2, 1)"));
    ws::Statement deal =
        db.prepare(QStringLiteral("INSERT INTO deals(story_rowid, kind, evidence, evidence_start, "
                                  "evidence_end) VALUES (?1, 'investment', 'x', 0, 1)"));
    const QDate start(2020, 1, 1);
    for (int i = 1; i <= stories; ++i) {
        QStringList words{QStringLiteral("story"), QString::number(i), QStringLiteral("filler")};
        if (i % 2 == 0) {
            for (int n = 0; n <= i % 7; ++n)
                words << QStringLiteral("alpha");
        }
        if (i % 3 == 0)
            words << QStringLiteral("beta");
        if (i % 5 == 0)
            words << QStringLiteral("gamma");
        for (int n = 0; n < i % 11; ++n)
            words << QStringLiteral("padding");
        const QString title =
            i % 10 == 0 ? QStringLiteral("Alpha story %1").arg(i) : QStringLiteral("Story %1").arg(i);
        // 37 and the count share no factor, so dates are a permutation of days, unrelated to rowid.
        const QString date = start.addDays((qint64(i) * 37) % stories).toString(Qt::ISODate);
        story.bind(1, qint64(i)).bind(2, QStringLiteral("s%1").arg(i)).bind(3, title);
        story.bind(4, words.join(QLatin1Char(' '))).bind(5, date);
        story.run();
        auto link = [&](int id) {
            entity.bind(1, qint64(id)).bind(2, qint64(i));
            entity.run();
        };
        if (i % 2 == 0)
            link(1);
        if (i % 50 == 0)
            link(2);
        if (i % 3 == 0)
            link(3);
        if (i % 5 == 0)
            link(4);
        if (i % 4 == 0) {
            deal.bind(1, qint64(i));
            deal.run();
        }
    }
    db.exec(
        QStringLiteral("INSERT INTO story_fts(rowid, title, body) SELECT rowid, title, body FROM stories; "
                       "UPDATE entities SET story_count = (SELECT count(*) FROM story_entities se "
                       "WHERE se.entity_id = entities.id)"));
    transaction.commit();
}

// A search with these limits; a failure is logged and shows as an empty result.
inline ws::SearchResult search(ws::SearchEngine& engine, const QString& query, int limit, int offset,
                               const ws::SearchLimits& limits)
{
    ws::SearchEngine::Options options;
    options.limits = limits;
    const ws::SearchResult result = engine.search(query, limit, offset, options);
    if (!result.ok())
        qWarning() << query << result.error->message;
    return result;
}

inline QList<qint64> rowidsOf(const ws::SearchResult& result)
{
    QList<qint64> found;
    for (const ws::SearchHit& hit : result.hits)
        found.append(hit.rowid);
    return found;
}

} // namespace synthetic
