// Notes: stored at once, never deleted by the corpus, found again after re-import and re-extraction.
#include "Store.h"
#include "db/Statement.h"
#include "extract/Extractor.h"
#include "ingest/ImportJob.h"
#include "ingest/Reextractor.h"
#include "model/Extraction.h"
#include "notes/NoteRepository.h"
#include "repo/Corrections.h"
#include "repo/MentionSpans.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ws;

namespace {

const QString dataDir = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/notes/");

struct StoryRow
{
    qint64 rowid = 0;
    QString id;
    QString text;
};

StoryRow storyTitled(Database& db, const QString& titleStart)
{
    auto query =
        db.prepare(QStringLiteral("SELECT rowid, id, title, body FROM stories WHERE title LIKE ?1 || '%' "
                                  "ORDER BY rowid DESC LIMIT 1"));
    query.bind(1, titleStart);
    if (!query.step())
        return {};
    return {query.int64(0), query.text(1), Extraction::textOf(query.text(2), query.text(3))};
}

// A story leaves the corpus (as when its source is removed): the row and its full-text entry go.
void deleteStory(Database& db, const QString& id)
{
    auto fts = db.prepare(QStringLiteral("INSERT INTO story_fts(story_fts, rowid, title, body) "
                                         "SELECT 'delete', rowid, title, body FROM stories WHERE id=?1"));
    fts.bind(1, id);
    fts.run();
    auto row = db.prepare(QStringLiteral("DELETE FROM stories WHERE id=?1"));
    row.bind(1, id);
    row.run();
}

// Everything the notes tables hold, as text, to prove nothing changed.
QString notesDump(Database& db)
{
    QStringList rows;
    auto notes = db.prepare(QStringLiteral("SELECT * FROM notes ORDER BY id"));
    while (notes.step()) {
        QStringList cells;
        for (int i = 0; i < notes.columnCount(); ++i)
            cells.append(notes.text(i));
        rows.append(cells.join(QLatin1Char('|')));
    }
    auto tags = db.prepare(QStringLiteral("SELECT note_id, tag FROM note_tags ORDER BY note_id, tag"));
    while (tags.step())
        rows.append(tags.text(0) + QLatin1Char('#') + tags.text(1));
    return rows.join(QLatin1Char('\n'));
}

qint64 insertEntity(Database& db, const QString& type, const QString& name, const QString& key,
                    qint64 storyRowid)
{
    auto entity = db.prepare(QStringLiteral(
        "INSERT INTO entities(type, name, key, mention_count, story_count) VALUES(?1, ?2, ?3, 1, 1)"));
    entity.bind(1, type).bind(2, name).bind(3, key);
    entity.run();
    const qint64 id = db.lastInsertRowId();
    auto link = db.prepare(
        QStringLiteral("INSERT INTO story_entities(entity_id, story_rowid, mentions, spans) VALUES(?1, ?2, 1, ?3)"));
    QByteArray spans;
    MentionSpans::append(spans, 0, 4, 0);
    link.bind(1, id).bind(2, storyRowid).bind(3, spans);
    link.run();
    return id;
}

qint64 insertDeal(Database& db, qint64 storyRowid, const QString& text, const QString& evidence)
{
    const int start = int(text.indexOf(evidence));
    auto deal =
        db.prepare(QStringLiteral("INSERT INTO deals(story_rowid, kind, status, evidence, evidence_start, "
                                  "evidence_end) VALUES(?1, 'fundraising', 'completed', ?2, ?3, ?4)"));
    deal.bind(1, storyRowid).bind(2, evidence).bind(3, start).bind(4, start + int(evidence.size()));
    deal.run();
    return db.lastInsertRowId();
}

} // namespace

class TestNoteRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;

    void import(const QString& file)
    {
        ImportJob::Options options;
        options.extract = false;
        const IngestReport report = ImportJob(m_path, {dataDir + file}, options).run();
        QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
        QCOMPARE(report.errors, 0);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("notes-%1.db").arg(QTest::currentTestFunction()));
        import(QStringLiteral("wire-v1.jsonl"));
        m_db = Store::open(m_path);
    }

    void cleanup() { m_db = Database(); }

    void addsPassageNoteWithCitationTagsAndTimes()
    {
        NoteRepository notes(m_db);
        const StoryRow story = storyTitled(m_db, QStringLiteral("TSMC"));
        QVERIFY(!story.id.isEmpty());
        const QString quote = QStringLiteral("demand for CoWoS remained very strong");
        const int start = int(story.text.indexOf(quote));
        const Note note =
            notes.add(NoteTarget::passage(story.id, quote, start, start + int(quote.size())),
                      QStringLiteral("Capacity is the **constraint**."),
                      {QStringLiteral(" packaging "), QStringLiteral("TSMC"), QStringLiteral("tsmc")});
        QVERIFY(note.id > 0);
        QCOMPARE(note.kind(), NoteKind::Passage);
        QCOMPARE(note.target.start, start);
        QCOMPARE(note.target.end, start + int(quote.size()));
        QCOMPARE(note.tags, QStringList({QStringLiteral("packaging"), QStringLiteral("TSMC")}));
        QVERIFY(note.created.endsWith(QLatin1Char('Z')));
        QCOMPARE(note.edited, note.created);
        QCOMPARE(note.cited.title, QStringLiteral("TSMC to double CoWoS capacity as AI demand surges"));
        QVERIFY2(note.cited.source.endsWith(QLatin1String("wire-v1.jsonl:1")), qPrintable(note.cited.source));
        QCOMPARE(note.cited.date, QStringLiteral("2024-01-16T09:00:00+08:00"));

        const ResolvedNote resolved = notes.resolve(note);
        QCOMPARE(resolved.status, AnchorStatus::Exact);
        QCOMPARE(resolved.storyId, story.id);
        QCOMPARE(resolved.start, start);
        QVERIFY(!resolved.relocated);
        QCOMPARE(notes.tags(), QStringList({QStringLiteral("packaging"), QStringLiteral("TSMC")}));
    }

    void quoteWithoutOffsetsIsLookedUp()
    {
        NoteRepository notes(m_db);
        const StoryRow story = storyTitled(m_db, QStringLiteral("CXMT"));
        // Typed with other spacing and case: the stored quote is the story's own text.
        const Note note =
            notes.add(NoteTarget::passage(story.id, QStringLiteral("no  less than 10.8 BILLION yuan")),
                      QStringLiteral("Size of round"));
        QCOMPARE(note.target.quote, QStringLiteral("no less than 10.8 billion yuan"));
        QCOMPARE(story.text.mid(note.target.start, note.target.end - note.target.start), note.target.quote);
    }

    void refusesWhatIsNotThere()
    {
        NoteRepository notes(m_db);
        const StoryRow story = storyTitled(m_db, QStringLiteral("CXMT"));
        QVERIFY_THROWS_EXCEPTION(DbError,
                                 notes.add(NoteTarget::story(QStringLiteral("0000000000000000")), QString()));
        try {
            notes.add(NoteTarget::passage(story.id, QStringLiteral("Samsung opened a fab in Texas")),
                      QString());
            QFAIL("a quote that is not in the story was accepted");
        } catch (const DbError& error) {
            QVERIFY2(error.message().contains(story.id), qPrintable(error.message()));
        }
        QCOMPARE(notes.count(), 0);
    }

    void everyChangeIsSavedAtOnce()
    {
        const StoryRow story = storyTitled(m_db, QStringLiteral("CXMT"));
        qint64 id = 0;
        QString created;
        {
            NoteRepository notes(m_db);
            const Note note =
                notes.add(NoteTarget::story(story.id), QStringLiteral("first"), {QStringLiteral("a")});
            id = note.id;
            created = note.created;
            QThread::msleep(5);
            notes.update(id, QStringLiteral("second"), {QStringLiteral("b"), QStringLiteral("c")});
        }
        // Another connection sees the change: nothing waits for a save.
        Database other = Store::open(m_path);
        const auto stored = NoteRepository(other).find(id);
        QVERIFY(stored);
        QCOMPARE(stored->body, QStringLiteral("second"));
        QCOMPARE(stored->tags, QStringList({QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(stored->created, created);
        QVERIFY(stored->edited > created);
        NoteRepository notes(m_db);
        QThread::msleep(5);
        const Note body = notes.setBody(id, QStringLiteral("third"));
        QCOMPARE(body.tags, stored->tags);
        QVERIFY(body.edited > stored->edited);
        QCOMPARE(notes.setTags(id, {}).tags, QStringList());
        QVERIFY_THROWS_EXCEPTION(DbError, notes.update(id + 100, QStringLiteral("x"), {}));
    }

    void removeOnlyWhenAsked()
    {
        NoteRepository notes(m_db);
        const StoryRow story = storyTitled(m_db, QStringLiteral("CXMT"));
        const Note keep =
            notes.add(NoteTarget::story(story.id), QStringLiteral("keep"), {QStringLiteral("x")});
        const Note drop =
            notes.add(NoteTarget::story(story.id), QStringLiteral("drop"), {QStringLiteral("x")});
        QVERIFY(notes.remove(drop.id));
        QVERIFY(!notes.remove(drop.id));
        QCOMPARE(notes.count(), 1);
        QVERIFY(notes.find(keep.id));
        auto orphanTags = m_db.prepare(QStringLiteral("SELECT count(*) FROM note_tags WHERE note_id=?1"));
        orphanTags.bind(1, drop.id);
        QVERIFY(orphanTags.step());
        QCOMPARE(orphanTags.integer(0), 0);
    }

    void listFilters()
    {
        NoteRepository notes(m_db);
        const StoryRow tsmc = storyTitled(m_db, QStringLiteral("TSMC"));
        const StoryRow cxmt = storyTitled(m_db, QStringLiteral("CXMT"));
        const qint64 tsmcEntity = insertEntity(m_db, QStringLiteral("company"), QStringLiteral("TSMC"),
                                               QStringLiteral("tsmc"), tsmc.rowid);
        notes.add(NoteTarget::story(tsmc.id), QStringLiteral("Packaging bottleneck"),
                  {QStringLiteral("packaging")});
        notes.add(NoteTarget::passage(cxmt.id, QStringLiteral("state-backed investors")),
                  QStringLiteral("Who paid?"), {QStringLiteral("funding")});
        notes.add(notes.entityTarget(tsmcEntity), QStringLiteral("Dossier: foundry leader"),
                  {QStringLiteral("Packaging")});

        NoteFilter byTag;
        byTag.tag = QStringLiteral("PACKAGING");
        QCOMPARE(notes.list(byTag).size(), 2);

        NoteFilter byText;
        byText.text = QStringLiteral("who STATE-backed"); // every word, in body or quote
        QCOMPARE(notes.list(byText).size(), 1);
        byText.text = QStringLiteral("double capacity"); // the story title counts too
        QCOMPARE(notes.list(byText).size(), 1);

        NoteFilter byStories;
        byStories.storyIds = QSet<QString>{tsmc.id};
        const QList<ResolvedNote> onTsmc = notes.list(byStories);
        QCOMPARE(onTsmc.size(), 2); // the story note and the note on TSMC, which the story mentions
        byStories.storyIds = QSet<QString>{cxmt.id};
        QCOMPARE(notes.list(byStories).size(), 1);
        byStories.storyIds = QSet<QString>{};
        QCOMPARE(notes.list(byStories).size(), 0);

        NoteFilter byEntity;
        byEntity.entity = qMakePair(QStringLiteral("company"), QStringLiteral("tsmc"));
        QCOMPARE(notes.list(byEntity).size(), 2);
        QCOMPARE(notes.list().size(), 3);

        const QList<ResolvedNote> onStory = notes.notesOnStory(cxmt.id);
        QCOMPARE(onStory.size(), 1);
        QCOMPARE(onStory.first().note.target.quote, QStringLiteral("state-backed investors"));
    }

    void reimportKeepsNotesExact()
    {
        NoteRepository notes(m_db);
        const StoryRow cxmt = storyTitled(m_db, QStringLiteral("CXMT"));
        const Note note =
            notes.add(NoteTarget::passage(cxmt.id, QStringLiteral("high-bandwidth memory packaging line")),
                      QStringLiteral("HBM plan"));
        const QString before = notesDump(m_db);
        import(QStringLiteral("wire-v1.jsonl"));
        QCOMPARE(notesDump(m_db), before);
        const ResolvedNote resolved = notes.resolve(*notes.find(note.id));
        QCOMPARE(resolved.status, AnchorStatus::Exact);
        QCOMPARE(resolved.storyId, cxmt.id);
    }

    void changedStoryIsFoundAgainFromTheQuote()
    {
        NoteRepository notes(m_db);
        const StoryRow old = storyTitled(m_db, QStringLiteral("CXMT"));
        const Note shifted =
            notes.add(NoteTarget::passage(old.id, QStringLiteral("from state-backed investors")),
                      QStringLiteral("moved by the inserted sentence"));
        const Note spaced = notes.add(
            NoteTarget::passage(old.id, QStringLiteral("plans to use the money to build a high-bandwidth")),
            QStringLiteral("whitespace changed"));
        const Note edited =
            notes.add(NoteTarget::passage(old.id, QStringLiteral("packaging line in Shanghai by mid-2026")),
                      QStringLiteral("date edited"), {QStringLiteral("timeline")});
        const Note whole = notes.add(NoteTarget::story(old.id), QStringLiteral("whole story"));
        const QString before = notesDump(m_db);

        // The corrected version arrives with a new content id; the old one leaves the corpus.
        m_db = Database();
        import(QStringLiteral("wire-v2.jsonl"));
        m_db = Store::open(m_path);
        deleteStory(m_db, old.id);
        const StoryRow now = storyTitled(m_db, QStringLiteral("CXMT"));
        QVERIFY(now.id != old.id);
        QCOMPARE(notesDump(m_db), before); // resolving never rewrites a note

        NoteRepository after(m_db);
        auto check = [&](const Note& note, AnchorStatus status, const QString& text) {
            const ResolvedNote resolved = after.resolve(*after.find(note.id));
            QCOMPARE(resolved.status, status);
            QVERIFY(resolved.relocated);
            QCOMPARE(resolved.storyId, now.id);
            QCOMPARE(now.text.mid(resolved.start, resolved.end - resolved.start), text);
            QCOMPARE(resolved.citation.title, QStringLiteral("CXMT raises funds for HBM packaging line"));
            QVERIFY(resolved.citation.source.contains(QLatin1String("wire-v2.jsonl")));
        };
        check(shifted, AnchorStatus::Moved, QStringLiteral("from state-backed investors"));
        check(spaced, AnchorStatus::Normalized,
              QStringLiteral("plans to use the money  to build a high-bandwidth"));
        check(edited, AnchorStatus::Fuzzy, QStringLiteral("packaging line in Shanghai by late 2026"));
        const ResolvedNote story = after.resolve(*after.find(whole.id));
        QCOMPARE(story.status, AnchorStatus::Moved); // found again by its title
        QCOMPARE(story.storyId, now.id);
        QCOMPARE(after.notesOnStory(now.id).size(), 4);
    }

    void goneStoryLeavesDetachedNoteWithItsCitation()
    {
        NoteRepository notes(m_db);
        const StoryRow tsmc = storyTitled(m_db, QStringLiteral("TSMC"));
        const Note note =
            notes.add(NoteTarget::passage(tsmc.id, QStringLiteral("capital spending at US$28 billion")),
                      QStringLiteral("capex range"), {QStringLiteral("capex")});
        deleteStory(m_db, tsmc.id);
        QCOMPARE(notes.count(), 1);
        const ResolvedNote resolved = notes.resolve(*notes.find(note.id));
        QCOMPARE(resolved.status, AnchorStatus::Detached);
        QVERIFY(resolved.isDetached());
        QCOMPARE(resolved.storyId, tsmc.id);
        QCOMPARE(resolved.start, -1);
        QCOMPARE(resolved.citation.title,
                 QStringLiteral("TSMC to double CoWoS capacity as AI demand surges"));
        QVERIFY(resolved.anchorRemark().contains(QLatin1String("no longer in the corpus")));
        QCOMPARE(notes.list().size(), 1); // still listed
    }

    void reextractionLeavesNotesAlone()
    {
        NoteRepository notes(m_db);
        const StoryRow cxmt = storyTitled(m_db, QStringLiteral("CXMT"));
        const QString evidence =
            QStringLiteral("Changxin Xinqiao Memory Technologies Inc (CXMT) raised no less "
                           "than 10.8 billion yuan from state-backed investors.");
        const qint64 entity = insertEntity(m_db, QStringLiteral("company"), QStringLiteral("CXMT"),
                                           QStringLiteral("cxmt"), cxmt.rowid);
        const qint64 deal = insertDeal(m_db, cxmt.rowid, cxmt.text, evidence);
        const Note onEntity = notes.add(notes.entityTarget(entity), QStringLiteral("memory newcomer"));
        const Note onDeal = notes.add(notes.dealTarget(deal), QStringLiteral("state money"));
        QCOMPARE(onDeal.kind(), NoteKind::Deal);
        QCOMPARE(notes.resolve(onDeal).dealId, deal);
        const QString before = notesDump(m_db);

        // What a re-extraction does to the tables: everything extracted goes, and comes back with new ids.
        m_db.exec(QStringLiteral("DELETE FROM deal_parties; DELETE FROM deals; DELETE FROM story_entities; "
                                 "DELETE FROM aliases; DELETE FROM entities;"));
        QCOMPARE(notesDump(m_db), before);
        QCOMPARE(notes.resolve(onEntity).status, AnchorStatus::Detached);
        QCOMPARE(notes.resolve(onEntity).entityName, QStringLiteral("CXMT")); // the name as written
        insertEntity(m_db, QStringLiteral("company"), QStringLiteral("placeholder"), QStringLiteral("other"),
                     cxmt.rowid);
        const qint64 newEntity = insertEntity(m_db, QStringLiteral("company"), QStringLiteral("CXMT"),
                                              QStringLiteral("cxmt"), cxmt.rowid);
        const qint64 newDeal = insertDeal(m_db, cxmt.rowid, cxmt.text, evidence);
        QVERIFY(newEntity != entity);
        QCOMPARE(notesDump(m_db), before);
        const ResolvedNote entityNow = notes.resolve(onEntity);
        QCOMPARE(entityNow.status, AnchorStatus::Exact);
        QCOMPARE(entityNow.entityId, newEntity);
        const ResolvedNote dealNow = notes.resolve(onDeal);
        QCOMPARE(dealNow.status, AnchorStatus::Exact);
        QCOMPARE(dealNow.dealId, newDeal);
        QCOMPARE(dealNow.storyId, cxmt.id);
    }

    void reextractorLeavesNotesAlone()
    {
        NoteRepository notes(m_db);
        const StoryRow tsmc = storyTitled(m_db, QStringLiteral("TSMC"));
        notes.add(
            NoteTarget::passage(tsmc.id, QStringLiteral("double its CoWoS advanced packaging capacity")),
            QStringLiteral("capacity"), {QStringLiteral("packaging")});
        notes.add(
            NoteTarget::entity(QStringLiteral("company"), QStringLiteral("tsmc"), QStringLiteral("TSMC")),
            QStringLiteral("dossier"));
        const QString before = notesDump(m_db);
        Reextractor(m_db, Extractor::shared()).run();
        QCOMPARE(notesDump(m_db), before);
        QCOMPARE(notes.list().first().status, AnchorStatus::Exact);
    }

    void entityNoteFollowsAMerge()
    {
        NoteRepository notes(m_db);
        const StoryRow tsmc = storyTitled(m_db, QStringLiteral("TSMC"));
        const qint64 shortName = insertEntity(m_db, QStringLiteral("company"), QStringLiteral("TSMC"),
                                              QStringLiteral("tsmc"), tsmc.rowid);
        const qint64 fullName = insertEntity(
            m_db, QStringLiteral("company"), QStringLiteral("Taiwan Semiconductor Manufacturing Co"),
            QStringLiteral("taiwan semiconductor manufacturing"), tsmc.rowid);
        const Note note = notes.add(notes.entityTarget(QStringLiteral("company"), QStringLiteral("tsmc")),
                                    QStringLiteral("foundry"));
        Corrections(m_db).merge(shortName, fullName);
        const ResolvedNote resolved = notes.resolve(*notes.find(note.id));
        QCOMPARE(resolved.status, AnchorStatus::Moved);
        QCOMPARE(resolved.entityId, fullName);
        QCOMPARE(resolved.entityName, QStringLiteral("Taiwan Semiconductor Manufacturing Co"));
    }
};

QTEST_GUILESS_MAIN(TestNoteRepository)
#include "TestNoteRepository.moc"
