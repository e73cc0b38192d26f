#include "Store.h"
#include "db/Statement.h"
#include "extract/Extractor.h"
#include "ingest/IngestPipeline.h"
#include "view/EntityTableQuery.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ws;

namespace {

Story makeStory(const QString& title, const QString& body, const QString& path = QStringLiteral("a.txt"))
{
    Story story;
    story.title = title;
    story.body = body;
    story.source.path = path;
    story.source.lineStart = 1;
    story.source.lineEnd = 2;
    return story;
}

int count(Database& db, const QString& sql)
{
    auto query = db.prepare(sql);
    return query.step() ? query.integer(0) : -1;
}

// Imports `stories` as one file, with extraction.
void ingestExtracted(Database& db, const QList<Story>& stories)
{
    IngestPipeline pipeline(db, &Extractor::shared(), 10);
    pipeline.start({QStringLiteral("a.txt")});
    pipeline.beginFile(QStringLiteral("a.txt"));
    for (const Story& story : stories)
        pipeline.addStory(story);
    pipeline.endFile(QStringLiteral("a.txt"));
    pipeline.finish();
}

} // namespace

class TestIngestPipeline : public QObject
{
    Q_OBJECT

private slots:
    void storesStoriesAndCountsDuplicatesPerFile()
    {
        QTemporaryDir dir;
        Database db = Store::open(dir.filePath(QStringLiteral("i.db")));
        IngestPipeline pipeline(db, nullptr, 2);
        pipeline.start({QStringLiteral("a.txt"), QStringLiteral("b.txt")});
        pipeline.beginFile(QStringLiteral("a.txt"));
        pipeline.addStory(makeStory(QStringLiteral("Chip exports rise"), QStringLiteral("Exports of chips rose.")));
        pipeline.addStory(makeStory(QStringLiteral("Memory prices"), QStringLiteral("DRAM prices fell.")));
        pipeline.addStory(makeStory(QStringLiteral("Chip exports rise"), QStringLiteral("Exports of  chips rose.")));
        pipeline.endFile(QStringLiteral("a.txt"));
        pipeline.beginFile(QStringLiteral("b.txt"));
        pipeline.addStory(makeStory(QStringLiteral("Memory prices"), QStringLiteral("DRAM prices fell."), QStringLiteral("b.txt")));
        pipeline.addIssue({QStringLiteral("b.txt"), 7, ImportIssue::Severity::Warning, QStringLiteral("odd line")});
        pipeline.addStory(makeStory(QStringLiteral("Fab opens"), QStringLiteral("A new fab opened."), QStringLiteral("b.txt")));
        pipeline.endFile(QStringLiteral("b.txt"));
        const IngestReport report = pipeline.finish();

        QCOMPARE(report.added, 3);
        QCOMPARE(report.duplicates, 2);
        QCOMPARE(report.warnings, 1);
        QCOMPARE(report.files.size(), 2);
        QCOMPARE(report.files[0].added, 2);
        QCOMPARE(report.files[0].duplicates, 1);
        QCOMPARE(report.files[1].added, 1);
        QCOMPARE(report.files[1].duplicates, 1);
        QCOMPARE(report.files[1].issues.first().line, 7);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM stories")), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM story_fts WHERE story_fts MATCH 'dram'")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT stories_added FROM imports")), 3);
    }

    void secondRunCountsEverythingAsDuplicate()
    {
        QTemporaryDir dir;
        Database db = Store::open(dir.filePath(QStringLiteral("i.db")));
        for (int run = 0; run < 2; ++run) {
            IngestPipeline pipeline(db, nullptr, 100);
            pipeline.start({QStringLiteral("a.txt")});
            pipeline.beginFile(QStringLiteral("a.txt"));
            for (int i = 0; i < 10; ++i)
                pipeline.addStory(makeStory(QStringLiteral("Story %1").arg(i), QStringLiteral("Body %1.").arg(i)));
            pipeline.endFile(QStringLiteral("a.txt"));
            const IngestReport report = pipeline.finish();
            QCOMPARE(report.added, run == 0 ? 10 : 0);
            QCOMPARE(report.duplicates, run == 0 ? 0 : 10);
        }
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM stories")), 10);
    }

    void cancelStopsAndKeepsWhatWasCommitted()
    {
        QTemporaryDir dir;
        Database db = Store::open(dir.filePath(QStringLiteral("i.db")));
        std::atomic_bool cancelled{false};
        IngestPipeline pipeline(db, nullptr, 5);
        pipeline.setCancelFlag(&cancelled);
        pipeline.start({QStringLiteral("a.txt")});
        pipeline.beginFile(QStringLiteral("a.txt"));
        for (int i = 0; i < 12; ++i)
            pipeline.addStory(makeStory(QStringLiteral("Story %1").arg(i), QStringLiteral("Body %1.").arg(i)));
        cancelled = true;
        QVERIFY(pipeline.isCancelled());
        const IngestReport report = pipeline.finish();
        QVERIFY(report.cancelled);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM stories")), 12);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM imports WHERE status='cancelled'")), 1);
    }

    void extractionIsWrittenWithTheStory()
    {
        QTemporaryDir dir;
        Database db = Store::open(dir.filePath(QStringLiteral("i.db")));
        ingestExtracted(db, {makeStory(QStringLiteral("Nvidia Corp orders more CoWoS capacity"),
                                       QStringLiteral("Nvidia Corp said it will buy more chip-on-wafer-on-substrate "
                                                      "(CoWoS) capacity from Taiwan Semiconductor Manufacturing Co "
                                                      "(TSMC, 台積電). Nvidia CEO Jensen Huang said demand is strong.")),
                             makeStory(QStringLiteral("TSMC revenue"),
                                       QStringLiteral("TSMC said revenue rose. Nvidia is its biggest customer."))});
        // One TSMC across both stories, whichever name each used.
        QCOMPARE(count(db, QStringLiteral("SELECT story_count FROM entities WHERE type='company' AND "
                                          "id IN (SELECT entity_id FROM aliases WHERE alias='TSMC')")),
                 2);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE type='company' AND "
                                          "id IN (SELECT entity_id FROM aliases WHERE alias IN ('Nvidia', 'Nvidia Corp'))")),
                 1);
        QVERIFY(count(db, QStringLiteral("SELECT sum(mentions) FROM story_entities")) > 5);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM entities WHERE type='person'")) >= 1);
        // The writer skips foreign-key checks while it owns the connection; what it wrote passes them,
        // and the connection checks them again afterwards.
        QCOMPARE(count(db, QStringLiteral("PRAGMA foreign_keys")), 1);
        auto check = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(!check.step());
    }

    void anEntitysOwnNameIsNotWrittenAgainAsItsAlias()
    {
        QTemporaryDir dir;
        Database db = Store::open(dir.filePath(QStringLiteral("i.db")));
        ingestExtracted(db, {makeStory(QStringLiteral("Brightwave Photonics Inc raises funds"),
                                       QStringLiteral("Brightwave Photonics Inc said it raised money. Brightwave "
                                                      "Photonics plans a second plant.")),
                             makeStory(QStringLiteral("Brightwave Photonics Inc again"),
                                       QStringLiteral("Brightwave Photonics Inc said sales rose."))});
        const QString company = QStringLiteral("(SELECT id FROM entities WHERE name='Brightwave Photonics Inc')");
        QCOMPARE(count(db, QStringLiteral("SELECT story_count FROM entities WHERE id=%1").arg(company)), 2);
        // The name and key are in the entity's own row; only the other names read are alias rows.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM aliases a JOIN entities e ON e.id=a.entity_id "
                                          "WHERE a.alias=e.name AND a.key=e.key")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM aliases WHERE entity_id=%1 AND alias='Brightwave "
                                          "Photonics'").arg(company)),
                 1);
        // Found by its name as before, and listed without repeating it among its aliases.
        const EntityTableQuery query(db);
        const std::optional<EntityRef> found = query.find(QStringLiteral("brightwave photonics inc"), EntityType::Company);
        QVERIFY(found);
        QCOMPARE(found->name, QStringLiteral("Brightwave Photonics Inc"));
        const QList<EntityRow> rows = query.rows({EntityType::Company}, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].aliases, QStringLiteral("Brightwave Photonics"));
    }
};

QTEST_GUILESS_MAIN(TestIngestPipeline)
#include "TestIngestPipeline.moc"
