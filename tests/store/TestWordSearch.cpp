#include "SyntheticCorpus.h"
#include "search/SearchEngine.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The ranking rule for large results (docs/SEARCH.md, "Large results"), with limits small enough for a
// generated corpus of 600 stories: the newest 20 matches ranked by score, older matches after them
// newest first, totals exact up to 100 and estimated above, facets over the newest 10.
class TestWordSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cappedRanking();
    void pagingAcrossTheBoundary();
    void exhaustiveIsExact();
    void smallTotalsAreExact();
    void filteredRanking();
    void matchingRowidsFollowTheRule();
    void jsonSaysWhatIsEstimated();

private:
    ws::SearchResult search(const QString& query, int limit = 50, int offset = 0,
                            const ws::SearchLimits& limits = smallLimits)
    {
        return synthetic::search(*m_engine, query, limit, offset, limits);
    }
    // Rowids of `sql` (a SELECT of rowids), in its order.
    QList<qint64> rowids(const QString& sql) const;

    static constexpr ws::SearchLimits smallLimits{20, 100, 10, 200};
    QTemporaryDir m_dir;
    std::unique_ptr<ws::Database> m_db;
    std::unique_ptr<ws::SearchEngine> m_engine;
};

void TestWordSearch::initTestCase()
{
    m_db = std::make_unique<ws::Database>(m_dir.filePath(QStringLiteral("words.db")));
    synthetic::fill(*m_db, 600);
    m_engine = std::make_unique<ws::SearchEngine>(*m_db);
}

QList<qint64> TestWordSearch::rowids(const QString& sql) const
{
    QList<qint64> found;
    ws::Statement statement = m_db->prepare(sql);
    while (statement.step())
        found.append(statement.int64(0));
    return found;
}

void TestWordSearch::cappedRanking()
{
    // "alpha" is in the 300 even stories; the newest 20 are 600 down to 562.
    const ws::SearchResult result = search(QStringLiteral("alpha"));
    QVERIFY(result.ok());
    QVERIFY(result.totalIsEstimate);
    QCOMPARE(result.total, 300); // 100 matches in the newest 199 rowids of 600, to two digits
    QCOMPARE(result.ranked, 20);
    QVERIFY(!result.rankedAll);
    QCOMPARE(result.hits.size(), 50);
    // The first 20: those candidates, best first, scored as bm25 scores them (below the frequency cap).
    const QList<qint64> best =
        rowids(QStringLiteral("SELECT rowid FROM story_fts WHERE story_fts MATCH 'alpha' AND rowid >= 562 "
                              "ORDER BY bm25(story_fts, 10.0, 1.0), rowid DESC"));
    QCOMPARE(synthetic::rowidsOf(result).mid(0, 20), best);
    for (int i = 1; i < 20; ++i)
        QVERIFY(result.hits[i - 1].score >= result.hits[i].score);
    // Then the older matches, newest first.
    for (int i = 20; i < 50; ++i)
        QCOMPARE(result.hits[i].rowid, 560 - 2 * (i - 20));
    QVERIFY(result.hits[20].score > 0);
    // Facets over the newest 10 matches, every one with Dense Co.
    QVERIFY(result.facetsAreSample);
    QCOMPARE(result.facetStories, 10);
    QCOMPARE(result.facets.companies.value(0).name, QStringLiteral("Dense Co"));
    QCOMPARE(result.facets.companies.value(0).count, 10);
}

void TestWordSearch::pagingAcrossTheBoundary()
{
    const QList<qint64> whole = synthetic::rowidsOf(search(QStringLiteral("alpha"), 300));
    QCOMPARE(whole.size(), 300);
    QList<qint64> paged;
    for (int offset = 0; offset < 300; offset += 15)
        paged += synthetic::rowidsOf(search(QStringLiteral("alpha"), 15, offset));
    QCOMPARE(paged, whole);
    QCOMPARE(synthetic::rowidsOf(search(QStringLiteral("alpha"), 10, 15)), whole.mid(15, 10));
}

void TestWordSearch::exhaustiveIsExact()
{
    const ws::SearchResult result = search(QStringLiteral("alpha"), 300, 0, ws::SearchLimits::exhaustive());
    QVERIFY(!result.totalIsEstimate);
    QCOMPARE(result.total, 300);
    QVERIFY(result.rankedAll);
    QCOMPARE(result.ranked, 300);
    QVERIFY(!result.facetsAreSample);
    QCOMPARE(result.facetStories, 300);
    QCOMPARE(result.facets.companies.value(0).count, 300);
    QCOMPARE(synthetic::rowidsOf(result),
             rowids(QStringLiteral("SELECT rowid FROM story_fts WHERE story_fts MATCH 'alpha' "
                                   "ORDER BY bm25(story_fts, 10.0, 1.0), rowid DESC")));
}

void TestWordSearch::smallTotalsAreExact()
{
    // "alpha gamma": stories divisible by 10, 60 of them: counted exactly, still ranked from the newest 20.
    const ws::SearchResult result = search(QStringLiteral("alpha gamma"));
    QVERIFY(!result.totalIsEstimate);
    QCOMPARE(result.total, 60);
    QCOMPARE(result.ranked, 20);
    QVERIFY(!result.rankedAll);
    // Fewer matches than candidates: every one ranked, nothing flagged.
    const ws::SearchResult few = search(QStringLiteral("alpha \"story 600\""));
    QCOMPARE(few.total, 1);
    QVERIFY(few.rankedAll);
    QVERIFY(!few.facetsAreSample);
}

void TestWordSearch::filteredRanking()
{
    // Even stories under Root Tech or its child (every 3rd or 5th): 140, so the total is estimated and
    // the candidates are the newest 20 of those, not of all "alpha" stories.
    const ws::SearchResult result = search(QStringLiteral("alpha tech:\"Root Tech\""));
    QVERIFY(result.totalIsEstimate);
    QVERIFY2(qAbs(result.total - 140) <= 20, qPrintable(QString::number(result.total)));
    const QList<qint64> candidates = rowids(QStringLiteral(
        "SELECT rowid FROM story_fts WHERE story_fts MATCH 'alpha' AND (rowid % 6 = 0 OR rowid % 10 = 0) "
        "ORDER BY rowid DESC LIMIT 20"));
    QList<qint64> ranked = synthetic::rowidsOf(result).mid(0, 20);
    std::sort(ranked.begin(), ranked.end(), std::greater<>());
    QCOMPARE(ranked, candidates);
    // A rare filter: every match ranked and counted.
    const ws::SearchResult rare = search(QStringLiteral("alpha company:\"Rare Co\""));
    QCOMPARE(rare.total, 12);
    QVERIFY(rare.rankedAll);
    QVERIFY(!rare.totalIsEstimate);
}

void TestWordSearch::matchingRowidsFollowTheRule()
{
    const QList<qint64> ordered = m_engine->matchingRowids(QStringLiteral("alpha"), nullptr, smallLimits);
    QCOMPARE(ordered, synthetic::rowidsOf(search(QStringLiteral("alpha"), 300)));
}

void TestWordSearch::jsonSaysWhatIsEstimated()
{
    const QJsonObject json = search(QStringLiteral("alpha")).toJson();
    QCOMPARE(json.value(QStringLiteral("total")).toInt(), 300);
    QCOMPARE(json.value(QStringLiteral("total_is_estimate")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("ranked")).toInt(), 20);
    QCOMPARE(json.value(QStringLiteral("ranked_all")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("facet_stories")).toInt(), 10);
    QCOMPARE(json.value(QStringLiteral("facets_are_sample")).toBool(), true);
    QVERIFY(json.contains(QStringLiteral("results")) && json.contains(QStringLiteral("facets")));
}

QTEST_GUILESS_MAIN(TestWordSearch)
#include "TestWordSearch.moc"
