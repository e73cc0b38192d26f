#include "GuiTestCorpus.h"
#include "ModelRoles.h"
#include "StoryListModel.h"
#include "StorySearch.h"
#include "search/SearchLimits.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ws;
using namespace ws::test;

// The story list's search on its own thread: the calling thread only hands the filter over, the
// newest request wins, an older answer is never shown, a stopped search stays stopped, and a search
// that cannot run says why.
class TestStorySearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ChipCorpus> m_chips;
    std::unique_ptr<Database> m_db;

    static void check(QAbstractItemModel* model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
    }

private slots:
    void initTestCase()
    {
        m_chips = std::make_unique<ChipCorpus>(300);
        m_db = std::make_unique<Database>(m_chips->corpus.path());
    }

    void onlyTheNewestAnswers()
    {
        StorySearch search;
        QSignalSpy finished(&search, &StorySearch::finished);
        const quint64 first = search.start(m_db->path(), {{}, QStringLiteral("filler")}, 10);
        const quint64 second = search.start(m_db->path(), {{}, QStringLiteral("capacity")}, 10);
        QVERIFY(second > first);
        QVERIFY(search.isRunning());
        QTRY_COMPARE(finished.count(), 1);
        QTest::qWait(50); // nothing else comes
        QCOMPARE(finished.count(), 1);
        const auto answer = finished.first().first().value<StorySearch::Answer>();
        QCOMPARE(answer.ticket, second);
        QCOMPARE(answer.filter.query, QStringLiteral("capacity"));
        QCOMPARE(answer.match.rowids, QList<qint64>{m_chips->sTsmc});
        QCOMPARE(answer.firstPage.size(), 1);
        QVERIFY(!search.isRunning());
    }

    void modelShowsOnlyTheLastQuery()
    {
        StoryListModel model;
        check(&model);
        QSignalSpy totals(&model, &StoryListModel::totalChanged);
        model.load(m_db.get(), {{}, QStringLiteral("filler")});
        // Handed over, not run: the list is empty and searching until the thread answers.
        QVERIFY(model.isSearching());
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({{}, QStringLiteral("CoWoS")});
        QTRY_VERIFY(!model.isSearching());
        QTest::qWait(50);
        QCOMPARE(totals.count(), 1); // the filler search never reached the list
        QCOMPARE(model.total(), 3);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.index(0).data(SnippetRole).toString().contains(QStringLiteral("\x02")));
        // Pages after the first come from the window's own connection, in the search's order.
        model.setFilter({{}, QStringLiteral("filler")});
        QTRY_COMPARE(model.total(), 300);
        QCOMPARE(model.rowCount(), StoryListModel::pageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 300);
    }

    void stoppedSearchStaysStopped()
    {
        StoryListModel model;
        check(&model);
        QSignalSpy failed(&model, &StoryListModel::failed);
        QSignalSpy totals(&model, &StoryListModel::totalChanged);
        model.load(m_db.get(), {{}, QStringLiteral("filler")});
        model.cancelSearch();
        QVERIFY(!model.isSearching());
        QCOMPARE(failed.count(), 1);
        QVERIFY(model.error().contains(QStringLiteral("stopped")));
        QTest::qWait(100);
        QCOMPARE(totals.count(), 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void failureIsShown()
    {
        // The full-text index is gone: the search thread cannot run the query and says so.
        GuiTestCorpus broken;
        broken.addStory(QStringLiteral("A story"), QStringLiteral("capacity"), QStringLiteral("2025-01-01"));
        Database window(broken.path());
        window.exec(QStringLiteral("DROP TABLE story_fts"));
        StoryListModel model;
        check(&model);
        QSignalSpy failed(&model, &StoryListModel::failed);
        model.load(&window, {{}, QStringLiteral("capacity")});
        QVERIFY(model.isSearching());
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!model.isSearching());
        QVERIFY(!model.error().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }

    void saysWhenOnlyTheNewestWereRanked()
    {
        ChipCorpus many(2100); // "filler" in 2,100 stories: more than the 2,000 ranked
        Database db(many.corpus.path());
        StoryListModel model;
        check(&model);
        model.load(&db, {{}, QStringLiteral("filler")});
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(model.total(), 2100);
        QCOMPARE(model.rankedNewest(), SearchLimits{}.rankCandidates);
        model.setFilter({{}, QStringLiteral("capacity")});
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(model.rankedNewest(), 0);
    }

    void badQueryFailsAtOnce()
    {
        StoryListModel model;
        QSignalSpy failed(&model, &StoryListModel::failed);
        model.load(m_db.get(), {{}, QStringLiteral("(unbalanced")});
        QCOMPARE(failed.count(), 1);
        QVERIFY(!model.isSearching());
    }
};

QTEST_GUILESS_MAIN(TestStorySearch)
#include "TestStorySearch.moc"
