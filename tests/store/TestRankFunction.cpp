#include "SyntheticCorpus.h"
#include "search/RankFunction.h"

#include <QTemporaryDir>
#include <QTest>

// ws_rank against FTS5's bm25: the same scores while every phrase has fewer matches than the
// frequency cap, and the same order (scores within a hair) above it, where the frequency is estimated.
class TestRankFunction : public QObject
{
    Q_OBJECT

private slots:
    void equalsBm25BelowTheCap_data();
    void equalsBm25BelowTheCap();
    void closeToBm25AboveTheCap();

private:
    static void compareScores(ws::Database& db, const QString& match, double tolerance);
};

void TestRankFunction::compareScores(ws::Database& db, const QString& match, double tolerance)
{
    ws::Statement statement = db.prepare(QStringLiteral(
        "SELECT rowid, ws_rank(story_fts, 10.0, 1.0), bm25(story_fts, 10.0, 1.0) FROM story_fts "
        "WHERE story_fts MATCH ?1 ORDER BY 3, rowid"));
    statement.bind(1, match);
    int rows = 0;
    double previous = -1e300;
    while (statement.step()) {
        ++rows;
        const double ours = statement.real(1);
        const double theirs = statement.real(2);
        QVERIFY2(qAbs(ours - theirs) <= tolerance * qAbs(theirs),
                 qPrintable(QStringLiteral("%1: row %2 ws_rank %3, bm25 %4")
                                .arg(match)
                                .arg(statement.int64(0))
                                .arg(ours)
                                .arg(theirs)));
        QVERIFY(ours >= previous - tolerance * qAbs(ours)); // bm25's order is ws_rank's order
        previous = ours;
    }
    QVERIFY2(rows > 0, qPrintable(match));
}

void TestRankFunction::equalsBm25BelowTheCap_data()
{
    QTest::addColumn<QString>("match");
    QTest::newRow("word") << "alpha";
    QTest::newRow("two words") << "alpha beta";
    QTest::newRow("or") << "beta OR gamma";
    QTest::newRow("phrase") << "\"alpha story\"";
    QTest::newRow("title") << "title : alpha";
    QTest::newRow("not") << "alpha NOT beta";
}

void TestRankFunction::equalsBm25BelowTheCap()
{
    QFETCH(QString, match);
    QTemporaryDir dir;
    ws::Database db(dir.filePath(QStringLiteral("small.db")));
    synthetic::fill(db, 600);
    compareScores(db, match, 1e-12);
}

void TestRankFunction::closeToBm25AboveTheCap()
{
    // "alpha" is in half of 20,600 stories: more than the cap, so its frequency is estimated from
    // where the cap-th match stands. Stories are uniform here, so the estimate is close.
    QVERIFY(20600 / 2 > ws::RankFunction::exactFrequencyCap);
    QTemporaryDir dir;
    ws::Database db(dir.filePath(QStringLiteral("large.db")));
    synthetic::fill(db, 20600);
    compareScores(db, QStringLiteral("alpha gamma"), 1e-3);
    compareScores(db, QStringLiteral("alpha"), 1e-3);
}

QTEST_GUILESS_MAIN(TestRankFunction)
#include "TestRankFunction.moc"
