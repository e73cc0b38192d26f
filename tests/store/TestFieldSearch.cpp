#include "SyntheticCorpus.h"
#include "search/SearchEngine.h"

#include <QTemporaryDir>
#include <QTest>

// Queries without ranking words on a generated corpus of 600 stories, with small limits (totals exact
// up to 100, facets over the newest 10, walks of 200 stories): pages stay exactly newest first by
// date whichever way the stories are found (a probing walk, or the set read whole), and totals say
// when they are estimates.
class TestFieldSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameAsExhaustive_data();
    void sameAsExhaustive();
    void denseSetIsEstimated();
    void rareSetIsExact();
    void dealsAboveTheLimit();

private:
    ws::SearchResult search(const QString& query, int limit, int offset, const ws::SearchLimits& limits)
    {
        return synthetic::search(*m_engine, query, limit, offset, limits);
    }

    static constexpr ws::SearchLimits smallLimits{20, 100, 10, 200};
    QTemporaryDir m_dir;
    std::unique_ptr<ws::Database> m_db;
    std::unique_ptr<ws::SearchEngine> m_engine;
};

void TestFieldSearch::initTestCase()
{
    m_db = std::make_unique<ws::Database>(m_dir.filePath(QStringLiteral("fields.db")));
    synthetic::fill(*m_db, 600);
    m_engine = std::make_unique<ws::SearchEngine>(*m_db);
}

void TestFieldSearch::sameAsExhaustive_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("offset");
    QTest::newRow("dense entity") << "company:\"Dense Co\"" << 0;
    QTest::newRow("dense entity, deep page") << "company:\"Dense Co\"" << 180;
    QTest::newRow("rare entity") << "company:\"Rare Co\"" << 0;
    QTest::newRow("taxonomy") << "tech:\"Root Tech\"" << 40;
    QTest::newRow("deal") << "deal:investment" << 0;
    QTest::newRow("and") << "company:\"Dense Co\" tech:\"Leaf Tech\"" << 0;
    QTest::newRow("not") << "company:\"Dense Co\" -tech:\"Root Tech\"" << 10;
    QTest::newRow("or") << "deal:investment OR company:\"Rare Co\"" << 0;
    QTest::newRow("date") << "company:\"Dense Co\" after:2020-06" << 0;
    QTest::newRow("words under or") << "company:\"Rare Co\" OR gamma" << 0;
    QTest::newRow("exclusion only") << "-alpha -beta" << 0;
    QTest::newRow("everything") << "" << 590;
    QTest::newRow("nothing") << "company:Nobody" << 0;
}

void TestFieldSearch::sameAsExhaustive()
{
    QFETCH(QString, query);
    QFETCH(int, offset);
    const ws::SearchResult capped = search(query, 30, offset, smallLimits);
    const ws::SearchResult exact = search(query, 30, offset, ws::SearchLimits::exhaustive());
    QVERIFY(capped.ok() && exact.ok());
    QCOMPARE(synthetic::rowidsOf(capped), synthetic::rowidsOf(exact));
    if (!capped.totalIsEstimate)
        QCOMPARE(capped.total, exact.total);
    else
        QVERIFY2(qAbs(capped.total - exact.total) <= exact.total / 5,
                 qPrintable(QStringLiteral("%1 for %2").arg(capped.total).arg(exact.total)));
    QVERIFY(!exact.totalIsEstimate);
    QCOMPARE(capped.rankedAll, true);
    const QList<qint64> ordered = m_engine->matchingRowids(query, nullptr, smallLimits);
    QCOMPARE(ordered.mid(offset, 30), synthetic::rowidsOf(exact));
}

void TestFieldSearch::denseSetIsEstimated()
{
    const ws::SearchResult result = search(QStringLiteral("company:\"Dense Co\""), 50, 0, smallLimits);
    QVERIFY(result.totalIsEstimate);
    QVERIFY2(qAbs(result.total - 300) <= 30, qPrintable(QString::number(result.total)));
    QVERIFY(result.facetsAreSample);
    QCOMPARE(result.facetStories, 10);
    QCOMPARE(result.facets.companies.value(0).count, 10);
    // Newest first by date: the walk over the date index gives the true order.
    for (int i = 1; i < result.hits.size(); ++i)
        QVERIFY(result.hits[i - 1].date >= result.hits[i].date);
}

void TestFieldSearch::rareSetIsExact()
{
    // Every 50th story: 12, read whole; facets over the newest 10 of them (by rowid).
    const ws::SearchResult result = search(QStringLiteral("company:\"Rare Co\""), 50, 0, smallLimits);
    QVERIFY(!result.totalIsEstimate);
    QCOMPARE(result.total, 12);
    QCOMPARE(result.hits.size(), 12);
    QVERIFY(result.facetsAreSample);
    QCOMPARE(result.facetStories, 10);
    QCOMPARE(result.facets.companies.value(0).name, QStringLiteral("Dense Co")); // ties sort by name
    QCOMPARE(result.facets.companies.value(0).count, 10);
    const ws::SearchResult all = search(QStringLiteral("company:\"Rare Co\""), 50, 0, {20, 100, 20, 200});
    QVERIFY(!all.facetsAreSample);
    QCOMPARE(all.facetStories, 12);
}

void TestFieldSearch::dealsAboveTheLimit()
{
    // Every 4th story has a deal: 150, above the counting limit of 100.
    const ws::SearchResult result = search(QStringLiteral("deal:investment"), 10, 0, smallLimits);
    QVERIFY(result.totalIsEstimate);
    QVERIFY2(result.total >= 100 && qAbs(result.total - 150) <= 30,
             qPrintable(QString::number(result.total)));
    QCOMPARE(result.facets.dealKinds.value(0).name, QStringLiteral("investment"));
    QCOMPARE(result.facets.dealKinds.value(0).count, 10);
}

QTEST_GUILESS_MAIN(TestFieldSearch)
#include "TestFieldSearch.moc"
