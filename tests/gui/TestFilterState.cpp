#include "FilterState.h"

#include <QSignalSpy>
#include <QTest>

using namespace ws;

class TestFilterState : public QObject
{
    Q_OBJECT

private:
    const EntityRef tsmc{1, EntityType::Company, QStringLiteral("TSMC")};
    const EntityRef nvidia{2, EntityType::Company, QStringLiteral("Nvidia")};
    const EntityRef cowos{3, EntityType::Technology, QStringLiteral("CoWoS")};

    static QStringList names(const FilterState& filter)
    {
        QStringList list;
        for (const EntityRef& entity : filter.entities())
            list.append(entity.name);
        return list;
    }

private slots:
    void startsEmpty()
    {
        FilterState filter;
        QVERIFY(filter.isEmpty());
        QVERIFY(!filter.canGoBack());
        QVERIFY(!filter.canGoForward());
        QVERIFY(filter.storyFilter().isEmpty());
    }

    void clickReplacesCtrlClickAdds()
    {
        FilterState filter;
        QSignalSpy changed(&filter, &FilterState::changed);
        filter.showEntity(tsmc);
        filter.addEntity(cowos);
        QCOMPARE(names(filter), QStringList({"TSMC", "CoWoS"}));
        filter.addEntity(cowos); // already there: nothing happens
        QCOMPARE(changed.count(), 2);
        filter.showEntity(nvidia);
        QCOMPARE(names(filter), QStringList({"Nvidia"}));
        QCOMPARE(filter.storyFilter().entityIds, QList<qint64>({2}));
    }

    void browsersSeeOtherTypesOnly()
    {
        FilterState filter;
        filter.showEntity(tsmc);
        filter.addEntity(cowos);
        QCOMPARE(filter.entityIdsExcept(EntityType::Company), QList<qint64>({3}));
        QCOMPARE(filter.entityIdsExcept(EntityType::Technology), QList<qint64>({1}));
        QCOMPARE(filter.entityIdsExcept(EntityType::Person), QList<qint64>({1, 3}));
    }

    void chipRemovalIsAStep()
    {
        FilterState filter;
        filter.showEntity(tsmc);
        filter.addEntity(nvidia);
        filter.removeEntity(tsmc.id);
        QCOMPARE(names(filter), QStringList({"Nvidia"}));
        filter.back();
        QCOMPARE(names(filter), QStringList({"TSMC", "Nvidia"}));
        filter.forward();
        QCOMPARE(names(filter), QStringList({"Nvidia"}));
    }

    void backAndForwardWalkTheHistory()
    {
        FilterState filter;
        QSignalSpy changed(&filter, &FilterState::changed);
        filter.showEntity(tsmc);
        filter.setQuery(QStringLiteral("packaging"));
        filter.addEntity(cowos);
        QVERIFY(filter.canGoBack());
        filter.back();
        QCOMPARE(names(filter), QStringList({"TSMC"}));
        QCOMPARE(filter.query(), QStringLiteral("packaging"));
        filter.back();
        QCOMPARE(filter.query(), QString());
        filter.back();
        QVERIFY(filter.isEmpty());
        QVERIFY(!filter.canGoBack());
        filter.back(); // nothing further back
        QVERIFY(filter.isEmpty());
        filter.forward();
        filter.forward();
        filter.forward();
        QCOMPARE(names(filter), QStringList({"TSMC", "CoWoS"}));
        QVERIFY(!filter.canGoForward());
        QCOMPARE(changed.count(), 9);
    }

    void newStepDropsForwardHistory()
    {
        FilterState filter;
        filter.showEntity(tsmc);
        filter.showEntity(nvidia);
        filter.back();
        filter.showEntity(cowos);
        QVERIFY(!filter.canGoForward());
        filter.back();
        QCOMPARE(names(filter), QStringList({"TSMC"}));
    }

    void typingIsOneStep()
    {
        // Search as you type emits several queries; Back goes to before the typing, not letter by letter.
        FilterState filter;
        filter.showEntity(tsmc);
        filter.setQuery(QStringLiteral("pa"));
        filter.setQuery(QStringLiteral("pack"));
        filter.setQuery(QStringLiteral("packaging"));
        QCOMPARE(filter.query(), QStringLiteral("packaging"));
        filter.back();
        QCOMPARE(filter.query(), QString());
        QCOMPARE(names(filter), QStringList({"TSMC"}));
        filter.forward();
        filter.setQuery(QStringLiteral("packaging hbm")); // after Back/Forward a new edit is a new step
        filter.back();
        QCOMPARE(filter.query(), QStringLiteral("packaging"));
    }

    void sameStateIsNoStep()
    {
        FilterState filter;
        QSignalSpy changed(&filter, &FilterState::changed);
        filter.setQuery(QStringLiteral("  "));
        filter.clearEntities();
        filter.removeEntity(42);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!filter.canGoBack());
    }

    void resetForgetsEverything()
    {
        FilterState filter;
        filter.showEntity(tsmc);
        filter.setQuery(QStringLiteral("hbm"));
        filter.reset();
        QVERIFY(filter.isEmpty());
        QVERIFY(!filter.canGoBack());
    }

    void correctionsFollowTheEntity()
    {
        FilterState filter;
        filter.showEntity(tsmc);
        filter.addEntity(nvidia);
        filter.renameEntity(tsmc.id, QStringLiteral("Taiwan Semiconductor"));
        QCOMPARE(names(filter), QStringList({"Taiwan Semiconductor", "Nvidia"}));
        filter.back();
        QCOMPARE(names(filter), QStringList({"Taiwan Semiconductor"}));
        filter.forward();
        // A rejected entity leaves every step; steps that became equal collapse.
        filter.forgetEntity(tsmc.id);
        QCOMPARE(names(filter), QStringList({"Nvidia"}));
        filter.back();
        QVERIFY(filter.isEmpty());
        QVERIFY(!filter.canGoBack());
    }
};

QTEST_GUILESS_MAIN(TestFilterState)
#include "TestFilterState.moc"
