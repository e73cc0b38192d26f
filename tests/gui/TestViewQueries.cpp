#include "GuiTestCorpus.h"
#include "view/DealTableQuery.h"
#include "view/EntityTableQuery.h"
#include "view/StoryDetailQuery.h"
#include "view/StoryListQuery.h"
#include "view/TaxonomyQuery.h"

#include <QSet>
#include <QTest>

using namespace ws;
using namespace ws::test;

namespace {

QList<qint64> allRowids(StoryListQuery& query, int page)
{
    QList<qint64> rowids;
    while (!query.atEnd()) {
        const QList<StoryRow> rows = query.fetch(page);
        for (const StoryRow& row : rows)
            rowids.append(row.rowid);
        if (rows.isEmpty())
            break;
    }
    return rowids;
}

QStringList names(const QList<EntityRow>& rows)
{
    QStringList list;
    for (const EntityRow& row : rows)
        list.append(row.entity.name);
    return list;
}

} // namespace

class TestViewQueries : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ChipCorpus> m_chips;
    Database& db() { return m_chips->corpus.db(); }

    // Every rowid the filter matches, newest first, straight from SQL for comparison.
    QList<qint64> expectedByDate(const QList<qint64>& entityIds)
    {
        QString sql = QStringLiteral("SELECT rowid FROM stories s WHERE 1");
        for (qint64 id : entityIds)
            sql +=
                QStringLiteral(" AND rowid IN (SELECT story_rowid FROM story_entities WHERE entity_id = %1)")
                    .arg(id);
        sql += QStringLiteral(" ORDER BY date DESC, rowid DESC");
        QList<qint64> rowids;
        Statement statement = db().prepare(sql);
        while (statement.step())
            rowids.append(statement.int64(0));
        return rowids;
    }

private slots:
    void initTestCase()
    {
        try {
            m_chips = std::make_unique<ChipCorpus>(450);
        } catch (const DbError& error) {
            QFAIL(qPrintable(error.message() + QStringLiteral(": ") + error.detail()));
        }
    }

    void everyStoryOnceNewestFirst()
    {
        StoryListQuery query(db(), {});
        QCOMPARE(query.total(), 455);
        const QList<StoryRow> first = query.fetch(200);
        QCOMPARE(first.size(), 200);
        QCOMPARE(first.first().rowid, m_chips->sNvidia); // 2025-03-05 is the newest
        QCOMPARE(first.first().source, QStringLiteral("Taipei Wire"));
        QVERIFY(!query.atEnd());
        QList<qint64> rowids;
        for (const StoryRow& row : first)
            rowids.append(row.rowid);
        rowids += allRowids(query, 200);
        QCOMPARE(rowids, expectedByDate({}));
        QVERIFY(query.atEnd());
        QVERIFY(query.fetch(200).isEmpty());
    }

    void pagesByKeyAcrossEqualDates()
    {
        // Many filler stories share a date: paging by (date, rowid) must neither skip nor repeat.
        StoryListQuery query(db(), {});
        const QList<qint64> rowids = allRowids(query, 7);
        QCOMPARE(rowids.size(), 455);
        QCOMPARE(QSet<qint64>(rowids.begin(), rowids.end()).size(), 455);
        QCOMPARE(rowids, expectedByDate({}));
    }

    void rareAndCommonEntities()
    {
        // TSMC is in 3 of 455 stories (read through its own index), Samsung in 151 (the date walk).
        StoryListQuery rare(db(), {{m_chips->tsmc}, {}});
        QCOMPARE(rare.total(), 3);
        QCOMPARE(allRowids(rare, 2), expectedByDate({m_chips->tsmc}));
        StoryListQuery common(db(), {{m_chips->samsung}, {}});
        QCOMPARE(common.total(), 151);
        QCOMPARE(allRowids(common, 50), expectedByDate({m_chips->samsung}));
    }

    void newestOfABroadSet()
    {
        const auto rowidsOf = [this](const SqlFragment& set) {
            QList<qint64> rowids;
            Statement statement = set.prepare(db());
            while (statement.step())
                rowids.append(statement.int64(0));
            std::sort(rowids.begin(), rowids.end(), std::greater<>());
            return rowids;
        };
        QList<qint64> samsung = expectedByDate({m_chips->samsung});
        std::sort(samsung.begin(), samsung.end(), std::greater<>());
        qsizetype matched = 0;
        // Samsung is in 151 stories: the newest 20 (the highest rowids) are counted, 151 matched.
        QCOMPARE(rowidsOf(StoryListQuery::newestOfStorySet(db(), {{m_chips->samsung}, {}}, 20, &matched)),
                 samsung.mid(0, 20));
        QCOMPARE(matched, 151);
        // Under the limit, the whole set.
        QCOMPARE(rowidsOf(StoryListQuery::newestOfStorySet(db(), {{m_chips->samsung}, {}}, 500, &matched)), samsung);
        QCOMPARE(matched, 151);
        // A search: the newest of its matches, however it ranks them.
        StoryFilter words{{}, QStringLiteral("Samsung")};
        const QList<qint64> all = rowidsOf(StoryListQuery::storySet(db(), words));
        QVERIFY(all.size() > 3);
        QCOMPARE(rowidsOf(StoryListQuery::newestOfStorySet(db(), words, 3, &matched)), all.mid(0, 3));
        QCOMPARE(matched, all.size());
        // No filter: every story, nothing to count over.
        QVERIFY(StoryListQuery::newestOfStorySet(db(), {}, 3, &matched).sql.isEmpty());
        QCOMPARE(matched, -1);
    }

    void everyEntityMustMatch()
    {
        StoryListQuery both(db(), {{m_chips->tsmc, m_chips->nvidia}, {}});
        QCOMPARE(both.total(), 2);
        QCOMPARE(allRowids(both, 200), QList<qint64>({m_chips->sNvidia, m_chips->sTsmc}));
        StoryListQuery none(db(), {{m_chips->cxmt, m_chips->nvidia}, {}});
        QCOMPARE(none.total(), 0);
        QVERIFY(none.fetch(200).isEmpty());
        QVERIFY(none.atEnd());
    }

    void badgesAreTheMostMentioned()
    {
        StoryListQuery query(db(), {{}, QStringLiteral("Hsinchu")});
        const QList<StoryRow> rows = query.fetch(10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().badges.size(), StoryListQuery::maxBadges);
        QCOMPARE(rows.first().badges.first().entity.name, QStringLiteral("TSMC")); // title + body twice
        QCOMPARE(rows.first().badges.first().mentions, 3);
        QCOMPARE(rows.first().badges.first().entity.type, EntityType::Company);
        // The filter's entities come first, whatever their counts.
        StoryListQuery byPlace(db(), {{m_chips->hsinchu}, {}});
        QCOMPARE(byPlace.fetch(10).first().badges.first().entity.id, m_chips->hsinchu);
    }

    void searchQueryWithSnippets()
    {
        StoryListQuery query(db(), {{}, QStringLiteral("capacity")});
        QCOMPARE(query.total(), 1);
        const QList<StoryRow> rows = query.fetch(200);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().rowid, m_chips->sTsmc);
        QVERIFY2(rows.first().snippet.contains(QStringLiteral("\x02"
                                                              "capacity\x03")),
                 qPrintable(rows.first().snippet));
        QVERIFY(query.atEnd());
    }

    void searchAndEntitiesTogether()
    {
        StoryListQuery all(db(), {{}, QStringLiteral("TSMC")});
        QVERIFY(all.total() >= 2);
        StoryListQuery narrowed(db(), {{m_chips->nvidia}, QStringLiteral("TSMC")});
        const QList<qint64> rowids = allRowids(narrowed, 200);
        QCOMPARE(QSet<qint64>(rowids.begin(), rowids.end()),
                 QSet<qint64>({m_chips->sTsmc, m_chips->sNvidia}));
        QCOMPARE(narrowed.total(), 2);
    }

    void chineseSearch()
    {
        StoryListQuery query(db(), {{}, QStringLiteral("積電")});
        const QList<qint64> rowids = allRowids(query, 200);
        QVERIFY(rowids.contains(m_chips->sChinese));
    }

    void badQueryThrowsWithItsPlace()
    {
        try {
            StoryListQuery query(db(), {{}, QStringLiteral("\"unclosed")});
            QFAIL("a bad query must not run");
        } catch (const DbError& error) {
            QVERIFY(!error.message().isEmpty());
            QVERIFY(!error.message().contains(QStringLiteral("fts5"), Qt::CaseInsensitive));
        }
    }

    void storySetFollowsTheFilter()
    {
        QVERIFY(StoryListQuery::storySet(db(), {}).sql.isEmpty());
        const SqlFragment set = StoryListQuery::storySet(db(), {{m_chips->tsmc}, QStringLiteral("capacity")});
        SqlFragment count{QStringLiteral("SELECT count(*) FROM ("), {}};
        count.append(set).append(QStringLiteral(")"));
        Statement statement = count.prepare(db());
        QVERIFY(statement.step());
        QCOMPARE(statement.int64(0), 1);
    }

    void entityTables()
    {
        const EntityTableQuery query(db());
        const QList<EntityRow> companies = query.rows({EntityType::Company}, 100);
        QCOMPARE(companies.first().entity.name, QStringLiteral("Samsung")); // 151 stories
        QCOMPARE(companies.first().stories, 151);
        QCOMPARE(query.count({EntityType::Company}), 5);
        const QList<EntityRow> tsmcRow = query.rows({EntityType::Company}, 2);
        QCOMPARE(tsmcRow.size(), 2);
        QVERIFY(names(companies).contains(QStringLiteral("TSMC")));
        for (const EntityRow& row : companies) {
            if (row.entity.name == QLatin1String("TSMC"))
                QCOMPARE(row.aliases, QStringLiteral("Taiwan Semiconductor Manufacturing Co, 台積電"));
        }
        // Companies in the stories about CoWoS (the technology itself, not its child CoWoS-L).
        const QList<EntityRow> withCowos =
            query.rows({EntityType::Company}, StoryListQuery::storySet(db(), {{m_chips->cowos}, {}}), 100);
        QCOMPARE(names(withCowos), QStringList({"TSMC", "Nvidia"}));
        QCOMPARE(withCowos.first().stories, 2);
        QCOMPARE(withCowos.at(1).stories, 1);
    }

    void findsByNameOrAlias()
    {
        const EntityTableQuery query(db());
        QCOMPARE(query.find(QStringLiteral("台積電"))->id, m_chips->tsmc);
        QCOMPARE(query.find(QStringLiteral("tsmc"), EntityType::Company)->id, m_chips->tsmc);
        QVERIFY(!query.find(QStringLiteral("TSMC"), EntityType::Person));
        QVERIFY(!query.find(QStringLiteral("Intel")));
        QCOMPARE(query.byId(m_chips->hbm)->name, QStringLiteral("HBM"));
    }

    void taxonomyKeepsAncestors()
    {
        const TaxonomyQuery query(db());
        const QList<EntityRow> all = query.nodes();
        QCOMPARE(all.size(), 3);
        QVERIFY(names(all).indexOf(QStringLiteral("CoWoS")) < names(all).indexOf(QStringLiteral("CoWoS-L")));
        // C.C. Wei's one story mentions CoWoS-L only: its parent comes along with zero counts.
        const QList<EntityRow> filtered = query.nodes(StoryListQuery::storySet(db(), {{m_chips->wei}, {}}));
        QCOMPARE(names(filtered), QStringList({"CoWoS", "CoWoS-L"}));
        QCOMPARE(filtered.at(0).stories, 0);
        QCOMPARE(filtered.at(1).stories, 1);
        QCOMPARE(filtered.at(1).parentId, m_chips->cowos);
    }

    void dealsByPartyOrEvidence()
    {
        const DealTableQuery query(db());
        QCOMPARE(query.rows({}, {}, 100).size(), 2);
        const QList<DealRow> tsmc = query.rows({m_chips->tsmc}, {}, 100);
        QCOMPARE(tsmc.size(), 1);
        QCOMPARE(tsmc.first().kind, QStringLiteral("contract"));
        QCOMPARE(tsmc.first().partiesText(), QStringLiteral("TSMC (supplier); Nvidia (customer)"));
        QVERIFY(!tsmc.first().usd);
        // HBM is no party, but the investment's evidence names it.
        const QList<DealRow> hbm = query.rows({m_chips->hbm}, {}, 100);
        QCOMPARE(hbm.size(), 1);
        QCOMPARE(*hbm.first().usd, 2.4e9);
        QCOMPARE(hbm.first().storyTitle, QStringLiteral("CXMT parent raises funds for HBM plant"));
        // Hsinchu is in the contract's story but not in its evidence sentence.
        QVERIFY(query.rows({m_chips->hsinchu}, {}, 100).isEmpty());
        QCOMPARE(query.count({m_chips->innotron}, {}), 1);
        QCOMPARE(query.count({m_chips->innotron, m_chips->tsmc}, {}), 0);
        QCOMPARE(query.rows({}, StoryListQuery::storySet(db(), {{}, QStringLiteral("packaging plant")}), 10)
                     .size(),
                 1);
    }

    void storyDetail()
    {
        const auto story = StoryDetailQuery(db()).load(m_chips->sTsmc);
        QVERIFY(story);
        QCOMPARE(story->title, QStringLiteral("TSMC to double CoWoS-L capacity"));
        QCOMPARE(story->mentions.size(), 8);
        for (const MentionSpan& mention : story->mentions)
            QCOMPARE(story->text().mid(mention.start, mention.end - mention.start).isEmpty(), false);
        QCOMPARE(story->entities.first().entity.name, QStringLiteral("TSMC"));
        QCOMPARE(story->entities.first().mentions, 3);
        QCOMPARE(story->entities.last().entity.type, EntityType::Technology);
        QCOMPARE(story->deals.size(), 1);
        QCOMPARE(story->deals.first().parties.size(), 2);
        QCOMPARE(story->notes.size(), 1);
        QCOMPARE(story->notes.first().tags, QStringList({"capacity", "packaging"}));
        QVERIFY(!StoryDetailQuery(db()).load(999999));
    }
};

QTEST_GUILESS_MAIN(TestViewQueries)
#include "TestViewQueries.moc"
