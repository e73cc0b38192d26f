#include "import/StorySegmenter.h"

#include <QFile>
#include <QTest>

using namespace ws;

namespace {

QStringList paragraphsOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.back().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

// 1-based lines where stories start.
QList<int> startLines(const QStringList& paragraphs)
{
    QList<int> lines;
    for (int index : StorySegmenter().segment(paragraphs))
        lines.append(index + 1);
    return lines;
}

} // namespace

class TestStorySegmenter : public QObject
{
    Q_OBJECT

private slots:
    void seed();
    void fixtures_data();
    void fixtures();
    void singleStoryNotSplit();
    void captions();
    void closedParagraphs();
    void explainGivesReasons();
};

void TestStorySegmenter::seed()
{
    const QString path = QStringLiteral(WIRESCOPE_SHARED_DIR "/seeds/000_71db38fd1f1d79a9.txt");
    if (!QFile::exists(path))
        QSKIP("shared seed corpus not present");
    QCOMPARE(startLines(paragraphsOf(path)), (QList<int>{1, 11, 12, 13, 14}));
}

void TestStorySegmenter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<int>>("starts");
    // Truncated teaser + acronym defined again; full form and Chinese gloss introduced again.
    QTest::newRow("memory") << "run_together_memory.txt" << QList<int>{1, 6, 10};
    // Kicker labels, a dateline, a truncated teaser; captions inside stories.
    QTest::newRow("kickers") << "run_together_kickers.txt" << QList<int>{1, 5, 8, 12};
}

void TestStorySegmenter::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QList<int>, starts);
    const QStringList paragraphs = paragraphsOf(QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/import/") + file);
    QVERIFY(!paragraphs.isEmpty());
    QCOMPARE(startLines(paragraphs), starts);
}

void TestStorySegmenter::singleStoryNotSplit()
{
    // One story, paragraphs with new names and little shared vocabulary: stays one story.
    const QStringList story = {
        QStringLiteral(
            "Intel Corp said on Friday it would push back completion of its first chip factory in Ohio "
            "to the end of the decade, as the chipmaker reins in capital spending."),
        QStringLiteral(
            "The company had originally planned to start production at the site near Columbus in 2025."),
        QStringLiteral("Photo: Intel"),
        QStringLiteral("Ohio Governor Mike DeWine said the state remained committed to the project."),
        QStringLiteral(
            "It competes with Taiwan Semiconductor Manufacturing Co and Samsung Electronics Co for "
            "contract customers."),
        QStringLiteral("Construction workers on the site will continue with groundwork, a spokeswoman said."),
    };
    QCOMPARE(StorySegmenter().segment(story), QList<int>{0});
}

void TestStorySegmenter::captions()
{
    QVERIFY(StorySegmenter::isCaption(u"Photo: AFP"));
    QVERIFY(StorySegmenter::isCaption(u"Photo: Reuters"));
    QVERIFY(StorySegmenter::isCaption(u"[Photo: Bloomberg]"));
    QVERIFY(StorySegmenter::isCaption(u"File photo: A worker at a plant"));
    QVERIFY(!StorySegmenter::isCaption(u"Photonics makers said demand rose."));
    // A caption after a truncated teaser still does not start a story.
    const QStringList paragraphs = {
        QStringLiteral(
            "Exports of machine tools rose for a third month as factories in Asia bought equipment "
            "ahead of expected tariffs, the industry association said in its monthly"),
        QStringLiteral("Photo: AFP"),
        QStringLiteral("OUTLOOK CUT: The association lowered its forecast for the year."),
    };
    QCOMPARE(StorySegmenter().segment(paragraphs), (QList<int>{0, 2}));
}

void TestStorySegmenter::closedParagraphs()
{
    QVERIFY(StorySegmenter::endsClosed(u"He said so."));
    QVERIFY(StorySegmenter::endsClosed(u"“We will grow,” Huang said. “It is strong.”"));
    QVERIFY(StorySegmenter::endsClosed(u"It rose (as expected.)"));
    QVERIFY(StorySegmenter::endsClosed(u"該公司表示。"));
    QVERIFY(!StorySegmenter::endsClosed(u"That includes"));
    QVERIFY(!StorySegmenter::endsClosed(u"Huang said"));
}

void TestStorySegmenter::explainGivesReasons()
{
    const QStringList paragraphs = {
        QStringLiteral("First story text ends here."),
        QStringLiteral("TRADE SHIFT: Second story begins with a kicker label."),
    };
    const QList<BoundaryScore> scores = StorySegmenter().explain(paragraphs);
    QCOMPARE(scores.size(), 2);
    QVERIFY(scores[1].boundary);
    QVERIFY(scores[1].score >= StorySegmenter::threshold);
    QVERIFY(scores[1].reasons.join(QLatin1Char(' ')).contains(QStringLiteral("kicker")));
}

QTEST_GUILESS_MAIN(TestStorySegmenter)
#include "TestStorySegmenter.moc"
