#include "DealTableModel.h"
#include "EntityTableModel.h"
#include "GuiTestCorpus.h"
#include "ModelRoles.h"
#include "StoryEntitiesModel.h"
#include "StoryListModel.h"
#include "TechnologyTreeModel.h"
#include "view/StoryDetailQuery.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace ws;
using namespace ws::test;

class TestGuiModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ChipCorpus> m_chips;
    Database& db() { return m_chips->corpus.db(); }

    static void check(QAbstractItemModel* model)
    {
        // Fatal: a broken model contract fails the test where it happens.
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
    }

private slots:
    void initTestCase() { m_chips = std::make_unique<ChipCorpus>(450); }

    void storyListFetchesLazily()
    {
        StoryListModel model;
        check(&model);
        QSignalSpy total(&model, &StoryListModel::totalChanged);
        model.setDatabase(&db());
        QCOMPARE(model.total(), 455);
        QCOMPARE(model.rowCount(), StoryListModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * StoryListModel::pageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 455);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(total.count(), 1);

        const QModelIndex first = model.index(0);
        QCOMPARE(first.data().toString(), QStringLiteral("Nvidia unveils Blackwell"));
        QCOMPARE(first.data(StoryRowidRole).toLongLong(), m_chips->sNvidia);
        QCOMPARE(first.data(DateRole).toString(), QStringLiteral("2025-03-05"));
        const auto badges = first.data(BadgesRole).value<QList<EntityBadge>>();
        QCOMPARE(badges.size(), 4);
        QCOMPARE(model.rowOf(m_chips->sCxmt), 1);

        model.setFilter({{m_chips->tsmc}, {}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.total(), 3);
        QVERIFY(!model.canFetchMore({}));
        model.setFilter({{}, QStringLiteral("capacity")}); // searched on StorySearch's thread
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0).data(SnippetRole).toString().contains(QStringLiteral("\x02")));
    }

    void storyListReportsBadQueries()
    {
        StoryListModel model;
        check(&model);
        QSignalSpy failed(&model, &StoryListModel::failed);
        model.load(&db(), {{}, QStringLiteral("(unbalanced")});
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.error().isEmpty());
        model.setFilter({});
        QVERIFY(model.error().isEmpty());
        QCOMPARE(model.total(), 455);
    }

    void entityTable()
    {
        EntityTableModel model({EntityType::Company});
        check(&model);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        check(&proxy);
        model.setDatabase(&db());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(EntityTableModel::ColumnCount));
        QCOMPARE(model.totalInDatabase(), 5);
        proxy.sort(EntityTableModel::StoriesColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Samsung"));
        proxy.sort(EntityTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("CXMT"));
        const auto entity = entityAt(proxy.index(0, EntityTableModel::MentionsColumn));
        QVERIFY(entity);
        QCOMPARE(entity->id, m_chips->cxmt);
        QCOMPARE(entity->type, EntityType::Company);

        // Under a technology filter only the companies in its stories remain, counted there.
        model.setFilter({{m_chips->cowos}, {}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, EntityTableModel::StoriesColumn).data().toInt(), 2);
        QCOMPARE(model.totalInDatabase(), 5);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("nvid"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void technologyTree()
    {
        TechnologyTreeModel model;
        check(&model);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setRecursiveFilteringEnabled(true);
        check(&proxy);
        model.setDatabase(&db());
        QCOMPARE(model.rowCount(), 2); // CoWoS and HBM at the top
        QCOMPARE(model.nodeCount(), 3);
        QModelIndex cowos;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == QLatin1String("CoWoS"))
                cowos = model.index(row, 0);
        }
        QVERIFY(cowos.isValid());
        QCOMPARE(model.rowCount(cowos), 1);
        const QModelIndex child = model.index(0, 0, cowos);
        QCOMPARE(child.data().toString(), QStringLiteral("CoWoS-L"));
        QCOMPARE(model.parent(child), cowos);
        QCOMPARE(child.data(EntityIdRole).toLongLong(), m_chips->cowosL);
        proxy.setFilterFixedString(QStringLiteral("-L"));
        QCOMPARE(proxy.rowCount(), 1); // the parent stays so the child can show

        model.setFilter({{m_chips->wei}, {}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TechnologyTreeModel::StoriesColumn).data().toInt(), 0);
        model.setFilter({{m_chips->innotron}, QStringLiteral("Shanghai")});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("HBM"));
    }

    void dealTable()
    {
        DealTableModel model;
        check(&model);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        check(&proxy);
        model.setDatabase(&db());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.total(), 2);
        proxy.sort(DealTableModel::AmountColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, DealTableModel::KindColumn).data().toString(), QStringLiteral("investment"));
        QCOMPARE(proxy.index(0, DealTableModel::AmountColumn).data().toString(),
                 QStringLiteral("US$2.4 billion"));
        QCOMPARE(proxy.index(1, DealTableModel::AmountColumn).data().toString(), QString());
        QCOMPARE(proxy.index(0, 0).data(StoryRowidRole).toLongLong(), m_chips->sCxmt);
        QVERIFY(!entityAt(proxy.index(0, 0)));
        model.setFilter({{m_chips->nvidia}, {}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, DealTableModel::PartiesColumn).data().toString(),
                 QStringLiteral("TSMC (supplier); Nvidia (customer)"));
        QCOMPARE(model.index(0, DealTableModel::StatusColumn).data().toString(), QStringLiteral("announced"));
    }

    void storyEntities()
    {
        StoryEntitiesModel model;
        check(&model);
        const auto story = StoryDetailQuery(db()).load(m_chips->sTsmc);
        model.setEntities(story->entities);
        // Companies, people, places, technologies: four groups.
        QCOMPARE(model.rowCount(), 4);
        const QModelIndex companies = model.index(0, 0);
        QCOMPARE(companies.data().toString(), QStringLiteral("Companies"));
        QCOMPARE(model.index(0, StoryEntitiesModel::MentionsColumn).data().toInt(), 2);
        QVERIFY(!entityAt(companies));
        const QModelIndex tsmc = model.index(0, 0, companies);
        QCOMPARE(tsmc.data().toString(), QStringLiteral("TSMC"));
        QCOMPARE(model.index(0, StoryEntitiesModel::MentionsColumn, companies).data().toInt(), 3);
        QCOMPARE(entityAt(tsmc)->id, m_chips->tsmc);
        QCOMPARE(model.parent(tsmc), companies);
        model.setEntities({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestGuiModels)
#include "TestGuiModels.moc"
