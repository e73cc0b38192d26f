#include "db/Schema.h"

#include "db/Database.h"
#include "db/FileCopy.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <QFile>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace ws {

namespace {

// Each entry upgrades from version (index) to (index + 1). Never edit a released step: add one.
const char* const upgradeSteps[] = {
    // 0 -> 1: stories, imports, full text, entities, mentions, deals, notes, corrections.
    R"SQL(
CREATE TABLE imports(
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    paths TEXT NOT NULL,
    stories_added INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    warnings INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'running'
);
CREATE TABLE stories(
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    date TEXT NOT NULL DEFAULT '',
    source_path TEXT NOT NULL DEFAULT '',
    line_start INTEGER NOT NULL DEFAULT 0,
    line_end INTEGER NOT NULL DEFAULT 0,
    url TEXT NOT NULL DEFAULT '',
    feed TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '',
    places TEXT NOT NULL DEFAULT '',
    chars INTEGER NOT NULL DEFAULT 0,
    import_id INTEGER REFERENCES imports(id),
    extracted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stories_date ON stories(date);
CREATE VIRTUAL TABLE story_fts USING fts5(
    title, body, content='stories', content_rowid='rowid', tokenize='wirescope');

CREATE TABLE entities(
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    parent_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    mention_count INTEGER NOT NULL DEFAULT 0,
    story_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE(type, key)
);
CREATE INDEX entities_name ON entities(name);
CREATE TABLE aliases(
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    key TEXT NOT NULL,
    UNIQUE(entity_id, alias)
);
CREATE INDEX aliases_key ON aliases(key);
CREATE TABLE mentions(
    story_rowid INTEGER NOT NULL REFERENCES stories(rowid) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sentence INTEGER NOT NULL
);
CREATE INDEX mentions_story ON mentions(story_rowid);
-- One row per (entity, story): the entity filter and the facets read this, not mentions.
CREATE TABLE story_entities(
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    story_rowid INTEGER NOT NULL REFERENCES stories(rowid) ON DELETE CASCADE,
    mentions INTEGER NOT NULL,
    PRIMARY KEY(entity_id, story_rowid)
) WITHOUT ROWID;
CREATE INDEX story_entities_story ON story_entities(story_rowid, entity_id);
CREATE TABLE relations(
    subject_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    relation TEXT NOT NULL,
    object_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    story_rowid INTEGER REFERENCES stories(rowid) ON DELETE CASCADE,
    UNIQUE(subject_id, relation, object_id, story_rowid)
);
CREATE TABLE deals(
    id INTEGER PRIMARY KEY,
    story_rowid INTEGER NOT NULL REFERENCES stories(rowid) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT '',
    amount_value REAL,
    currency TEXT,
    usd REAL,
    qualifier TEXT,
    amount_text TEXT,
    time_expr TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL
);
CREATE INDEX deals_story ON deals(story_rowid);
CREATE INDEX deals_kind ON deals(kind);
CREATE TABLE deal_parties(
    deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL
);
CREATE INDEX deal_parties_deal ON deal_parties(deal_id);
CREATE INDEX deal_parties_entity ON deal_parties(entity_id);

-- The analyst's work. Anchored by the story's content id (not rowid) and by quote text, so that no
-- re-import or re-extraction can delete or silently move a note.
CREATE TABLE notes(
    id INTEGER PRIMARY KEY,
    story_id TEXT,
    entity_type TEXT,
    entity_key TEXT,
    deal_evidence TEXT,
    quote TEXT NOT NULL DEFAULT '',
    quote_start INTEGER,
    quote_end INTEGER,
    body TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    edited TEXT NOT NULL
);
CREATE INDEX notes_story ON notes(story_id);
CREATE TABLE note_tags(
    note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY(note_id, tag)
) WITHOUT ROWID;
-- Analyst corrections to extraction, replayed after every extraction: rename, merge, alias, retype,
-- reject. Keyed by entity type and key, never by entity id (ids change on re-extraction).
CREATE TABLE corrections(
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    argument TEXT NOT NULL DEFAULT '',
    argument2 TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);
)SQL",
    // 1 -> 2: what a note cited when it was written, so that a note whose story left the corpus still
    // says where it came from; the name of a noted entity, shown when extraction no longer finds it.
    R"SQL(
ALTER TABLE notes ADD COLUMN cite_title TEXT NOT NULL DEFAULT '';
ALTER TABLE notes ADD COLUMN cite_source TEXT NOT NULL DEFAULT '';
ALTER TABLE notes ADD COLUMN cite_date TEXT NOT NULL DEFAULT '';
ALTER TABLE notes ADD COLUMN cite_url TEXT NOT NULL DEFAULT '';
ALTER TABLE notes ADD COLUMN entity_name TEXT NOT NULL DEFAULT '';
CREATE INDEX note_tags_tag ON note_tags(tag);
)SQL",
    // 2 -> 3: the mentions of an entity in a story move into its story_entities row as a packed blob
    // (repo/MentionSpans): one row per (entity, story) instead of one per mention, so the import
    // writes a third of the rows. A mention of an entity since rejected was already gone (cascade).
    R"SQL(
ALTER TABLE story_entities ADD COLUMN spans BLOB;
UPDATE story_entities SET spans = (
    SELECT ws_mention_spans(m.start, m.end, m.sentence) FROM mentions m
    WHERE m.story_rowid = story_entities.story_rowid AND m.entity_id = story_entities.entity_id);
DROP TABLE mentions;
)SQL",
    // 3 -> 4: a deal kind's stories straight from one index, (kind, story), without reading each deal
    // row (`deal:acquisition` was the slowest field query at a million stories); the index on entity
    // names served no query (names are compared without case) and only cost the import its upkeep.
    R"SQL(
CREATE INDEX deals_kind_story ON deals(kind, story_rowid);
DROP INDEX deals_kind;
DROP INDEX entities_name;
)SQL",
};

constexpr int stepCount = int(sizeof(upgradeSteps) / sizeof(upgradeSteps[0]));

bool hasUserTables(Database& db)
{
    auto query = db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type='table'"));
    return query.step() && query.integer(0) > 0;
}

// A copy of the database file before an upgrade touches it, made in chunks that `control` follows and
// can stop; a stopped or failed copy leaves no partial backup and the database file as it was.
void backUp(Database& db, int fromVersion, const UpgradeControl& control)
{
    if (db.path() == QLatin1String(":memory:") || db.path().isEmpty())
        return;
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QString backup = db.path() + QStringLiteral(".v%1.bak").arg(fromVersion);
    FileCopy copy(db.path(), backup);
    switch (copy.run(control.backupProgress, control.stop)) {
    case FileCopy::Outcome::Copied:
        // A stop that came while the whole copy was written to disk still counts: no step has run.
        if (!control.stop.stop_requested())
            return;
        QFile::remove(backup);
        [[fallthrough]];
    case FileCopy::Outcome::Stopped:
        throw UpgradeCancelled(
            QObject::tr("The upgrade of %1 was cancelled: the database was not opened, and the file was left "
                        "as it was.")
                .arg(db.path()));
    case FileCopy::Outcome::Failed:
        throw DbError(QObject::tr("Cannot back up %1 before upgrading it: %2").arg(db.path(), copy.error()));
    }
}

} // namespace

int Schema::currentVersion() { return stepCount; }

void Schema::refuseUnknown(Database& db)
{
    const int version = db.userVersion();
    if (version > stepCount) {
        throw DbError(QObject::tr("The database %1 was written by a newer version of Wirescope (schema %2; this "
                                  "version reads up to %3). It was left untouched.")
                          .arg(db.path())
                          .arg(version)
                          .arg(stepCount));
    }
    if (version == 0 && hasUserTables(db))
        throw DbError(QObject::tr("The file %1 is an SQLite database but not a Wirescope database; it was "
                                  "left untouched.")
                          .arg(db.path()));
}

void Schema::upgrade(Database& db, const UpgradeControl& control) { upgradeTo(db, stepCount, control); }

QString Schema::indexSql(const QString& name)
{
    static const QHash<QString, QString> statements = [] {
        QHash<QString, QString> byName;
        Database scratch(QStringLiteral(":memory:"));
        upgrade(scratch);
        Statement query = scratch.prepare(
            QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type='index' AND sql IS NOT NULL"));
        while (query.step())
            byName.insert(query.text(0), query.text(1));
        return byName;
    }();
    return statements.value(name);
}

void Schema::upgradeTo(Database& db, int target, const UpgradeControl& control)
{
    refuseUnknown(db);
    const int version = db.userVersion();
    target = qBound(0, target, stepCount);
    if (version >= target)
        return;
    if (version > 0)
        backUp(db, version, control);
    if (control.stepsStarted)
        control.stepsStarted();
    for (int step = version; step < target; ++step) {
        Transaction transaction(db);
        db.exec(QString::fromUtf8(upgradeSteps[step]));
        db.setUserVersion(step + 1);
        transaction.commit();
    }
}

} // namespace ws
