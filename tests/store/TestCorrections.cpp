#include "Store.h"
#include "db/Statement.h"
#include "extract/Extractor.h"
#include "db/Transaction.h"
#include "ingest/ExtractionWriter.h"
#include "ingest/IngestPipeline.h"
#include "ingest/Reextractor.h"
#include "repo/Corrections.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ws;

namespace {

const char* const storyTexts[][2] = {
    {"Micron Technology Inc expands HBM output",
     "Micron Technology Inc said it will expand high-bandwidth memory (HBM) production in Idaho. "
     "Samsung Electronics Co and SK Hynix Inc compete with Micron in HBM."},
    {"SK Hynix leads HBM3E shipments",
     "SK Hynix Inc shipped HBM3E chips to Nvidia Corp on Monday, while Samsung Electronics Co is still qualifying its parts."},
};

qint64 entityId(Database& db, const QString& type, const QString& name)
{
    auto query = db.prepare(QStringLiteral(
        "SELECT id FROM entities WHERE type=?1 AND (name=?2 OR id IN (SELECT entity_id FROM aliases WHERE alias=?2)) "
        "ORDER BY story_count DESC LIMIT 1"));
    query.bind(1, type).bind(2, name);
    return query.step() ? query.int64(0) : 0;
}

QString entityName(Database& db, qint64 id)
{
    auto query = db.prepare(QStringLiteral("SELECT name FROM entities WHERE id=?1"));
    query.bind(1, id);
    return query.step() ? query.text(0) : QString();
}

} // namespace

class TestCorrections : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

private slots:
    void init()
    {
        m_db = Store::open(m_dir.filePath(QStringLiteral("c%1.db").arg(QDateTime::currentMSecsSinceEpoch())));
        IngestPipeline pipeline(m_db, &Extractor::shared(), 10);
        pipeline.start({QStringLiteral("fixture")});
        pipeline.beginFile(QStringLiteral("fixture"));
        for (const auto& text : storyTexts) {
            Story story;
            story.title = QString::fromUtf8(text[0]);
            story.body = QString::fromUtf8(text[1]);
            pipeline.addStory(story);
        }
        pipeline.endFile(QStringLiteral("fixture"));
        pipeline.finish();
    }

    void renameSurvivesReextraction()
    {
        const qint64 micron = entityId(m_db, QStringLiteral("company"), QStringLiteral("Micron Technology Inc"));
        QVERIFY(micron);
        Corrections(m_db).rename(micron, QStringLiteral("Micron (MU)"));
        QCOMPARE(entityName(m_db, micron), QStringLiteral("Micron (MU)"));
        Reextractor(m_db, Extractor::shared()).run();
        QVERIFY(entityId(m_db, QStringLiteral("company"), QStringLiteral("Micron (MU)")));
    }

    void mergeSurvivesReextraction()
    {
        const qint64 samsung = entityId(m_db, QStringLiteral("company"), QStringLiteral("Samsung Electronics Co"));
        const qint64 hynix = entityId(m_db, QStringLiteral("company"), QStringLiteral("SK Hynix Inc"));
        QVERIFY(samsung && hynix && samsung != hynix);
        Corrections(m_db).merge(hynix, samsung);
        QCOMPARE(entityId(m_db, QStringLiteral("company"), QStringLiteral("SK Hynix Inc")), samsung);
        Reextractor(m_db, Extractor::shared()).run();
        QCOMPARE(entityId(m_db, QStringLiteral("company"), QStringLiteral("SK Hynix Inc")),
                 entityId(m_db, QStringLiteral("company"), QStringLiteral("Samsung Electronics Co")));
    }

    void aliasAndRetypeSurviveReextraction()
    {
        const qint64 hbm = entityId(m_db, QStringLiteral("technology"), QStringLiteral("HBM"));
        QVERIFY(hbm);
        Corrections(m_db).addAlias(hbm, QStringLiteral("stacked DRAM"));
        const qint64 micron = entityId(m_db, QStringLiteral("company"), QStringLiteral("Micron Technology Inc"));
        Corrections(m_db).changeType(micron, EntityType::Organization);
        Reextractor(m_db, Extractor::shared()).run();
        QVERIFY(entityId(m_db, QStringLiteral("technology"), QStringLiteral("stacked DRAM")));
        QVERIFY(entityId(m_db, QStringLiteral("organization"), QStringLiteral("Micron Technology Inc")));
        QVERIFY(!entityId(m_db, QStringLiteral("company"), QStringLiteral("Micron Technology Inc")));
    }

    void rejectSurvivesReextraction()
    {
        const qint64 nvidia = entityId(m_db, QStringLiteral("company"), QStringLiteral("Nvidia Corp"));
        QVERIFY(nvidia);
        Corrections(m_db).reject(nvidia);
        QVERIFY(!entityId(m_db, QStringLiteral("company"), QStringLiteral("Nvidia Corp")));
        Reextractor(m_db, Extractor::shared()).run();
        QVERIFY(!entityId(m_db, QStringLiteral("company"), QStringLiteral("Nvidia Corp")));
        QVERIFY(entityId(m_db, QStringLiteral("company"), QStringLiteral("SK Hynix Inc")));
    }

    void correctionMadeDuringAnImportReachesItsLaterBatches()
    {
        // The import's writer caches entity ids and the corrections; a rejection committed by
        // another connection (the window) between two batches must apply to the later batch.
        const QString path = m_dir.filePath(QStringLiteral("live.db"));
        Database writerDb = Store::open(path);
        Database windowDb = Store::open(path);
        ExtractionWriter writer(writerDb);
        const auto writeBatch = [&](int storyIndex) {
            Transaction transaction(writerDb);
            writer.refreshIfChangedElsewhere();
            writerDb.exec(QStringLiteral("INSERT INTO stories(id, title, body, extracted) "
                                         "VALUES('s%1', 't', 'b', 1)").arg(storyIndex));
            const Extraction extraction = Extractor::shared().extract(QString::fromUtf8(storyTexts[storyIndex][0]),
                                                                      QString::fromUtf8(storyTexts[storyIndex][1]));
            writer.write(writerDb.lastInsertRowId(), extraction);
            writer.flush();
            transaction.commit();
        };
        writeBatch(0);
        const qint64 samsung = entityId(windowDb, QStringLiteral("company"), QStringLiteral("Samsung Electronics Co"));
        QVERIFY(samsung);
        Corrections(windowDb).reject(samsung);
        writeBatch(1);
        QVERIFY(!entityId(windowDb, QStringLiteral("company"), QStringLiteral("Samsung Electronics Co")));
        auto orphans = windowDb.prepare(QStringLiteral(
            "SELECT count(*) FROM story_entities WHERE entity_id NOT IN (SELECT id FROM entities)"));
        QVERIFY(orphans.step());
        QCOMPARE(orphans.int64(0), qint64(0));
        QVERIFY(entityId(windowDb, QStringLiteral("company"), QStringLiteral("SK Hynix Inc")));
    }

    void notesAreUntouchedByReextraction()
    {
        m_db.exec(QStringLiteral("INSERT INTO notes(story_id, quote, body, created, edited) "
                                 "SELECT id, 'HBM3E', 'watch this', 'now', 'now' FROM stories LIMIT 1"));
        Reextractor(m_db, Extractor::shared()).run();
        auto notes = m_db.prepare(QStringLiteral("SELECT body FROM notes"));
        QVERIFY(notes.step());
        QCOMPARE(notes.text(0), QStringLiteral("watch this"));
    }
};

QTEST_GUILESS_MAIN(TestCorrections)
#include "TestCorrections.moc"
