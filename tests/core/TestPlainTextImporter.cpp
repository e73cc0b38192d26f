#include "import/FileImporter.h"
#include "import/PlainTextImporter.h"
#include "import/TitleDeriver.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace ws;

namespace {

const QString dataDir = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/import/");

CollectingSink importFile(const QString& path)
{
    CollectingSink sink;
    FileImporter().importFile(path, sink);
    return sink;
}

CollectingSink importText(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CollectingSink sink;
    EncodingGuess utf8;
    utf8.encoding = QStringLiteral("UTF-8");
    TextInput input(buffer, QStringLiteral("memory.txt"), utf8, sink);
    PlainTextImporter().parse(input);
    return sink;
}

} // namespace

class TestPlainTextImporter : public QObject
{
    Q_OBJECT

private slots:
    void blankLineSeparated();
    void doubleBlankParagraphs();
    void runTogether();
    void seed();
    void captionBlockJoinsStory();
    void titles();
    void sniffIsFallback();
};

void TestPlainTextImporter::blankLineSeparated()
{
    const CollectingSink sink = importFile(dataDir + QStringLiteral("plain_stories.txt"));
    QVERIFY(sink.issues.isEmpty());
    QCOMPARE(sink.stories.size(), 3);
    QCOMPARE(sink.stories[0].title, QStringLiteral("Intel delays Ohio chip factory as spending is cut"));
    QCOMPARE(sink.stories[0].source.lineStart, 1);
    QCOMPARE(sink.stories[0].source.lineEnd, 8);
    QVERIFY(sink.stories[0].body.startsWith(QStringLiteral("Intel Corp said on Friday")));
    QVERIFY(sink.stories[0].body.contains(QStringLiteral("Photo: Intel")));
    QCOMPARE(sink.stories[1].title, QStringLiteral("Rapidus starts pilot line for 2-nanometer chips"));
    QCOMPARE(sink.stories[1].source.lineStart, 10);
    QCOMPARE(sink.stories[1].source.lineEnd, 16);
    QCOMPARE(sink.stories[2].title, QStringLiteral("SK Hynix posts record profit on HBM sales"));
    QCOMPARE(sink.stories[2].source.lineStart, 18);
    QCOMPARE(sink.stories[2].source.lineEnd, 22);
    for (const Story& story : sink.stories) {
        QCOMPARE(story.id, Story::makeId(story.title, story.body, story.date));
        QVERIFY(story.source.path.endsWith(QStringLiteral("plain_stories.txt")));
    }
}

void TestPlainTextImporter::doubleBlankParagraphs()
{
    const CollectingSink sink = importFile(dataDir + QStringLiteral("double_blank.txt"));
    QCOMPARE(sink.stories.size(), 2);
    QCOMPARE(sink.stories[0].title, QStringLiteral("Chip tool exports from the Netherlands fall"));
    QCOMPARE(sink.stories[0].source.lineStart, 1);
    QCOMPARE(sink.stories[0].source.lineEnd, 7);
    QVERIFY(sink.stories[0].body.contains(QStringLiteral("national security")));
    QCOMPARE(sink.stories[1].source.lineStart, 10);
    QCOMPARE(sink.stories[1].source.lineEnd, 14);
}

void TestPlainTextImporter::runTogether()
{
    const CollectingSink sink = importFile(dataDir + QStringLiteral("run_together_kickers.txt"));
    QCOMPARE(sink.stories.size(), 4);
    QCOMPARE(sink.stories[0].source.lineStart, 1);
    QCOMPARE(sink.stories[0].source.lineEnd, 4);
    QVERIFY(sink.stories[0].body.contains(QStringLiteral("Photo: Bloomberg")));
    QVERIFY(sink.stories[0].title.startsWith(QStringLiteral("POWER PLAY: Infineon Technologies AG")));
    QCOMPARE(sink.stories[2].source.lineStart, 8);
    QCOMPARE(sink.stories[2].source.lineEnd, 11);
    QCOMPARE(sink.stories[3].source.lineStart, 12);
    QCOMPARE(sink.stories[3].source.lineEnd, 13);
    QCOMPARE(
        sink.stories[3].title,
        QStringLiteral(
            "Applied Materials Inc forecast quarterly revenue above Wall Street estimates on Thursday…"));
}

void TestPlainTextImporter::seed()
{
    const QString path = QStringLiteral(WIRESCOPE_SHARED_DIR "/seeds/000_71db38fd1f1d79a9.txt");
    if (!QFile::exists(path))
        QSKIP("shared seed corpus not present");
    const CollectingSink sink = importFile(path);
    QVERIFY(sink.issues.isEmpty());
    QCOMPARE(sink.stories.size(), 5);
    const QList<int> starts = {1, 11, 12, 13, 14};
    const QList<int> ends = {10, 11, 12, 13, 14};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(sink.stories[i].source.lineStart, starts[i]);
        QCOMPARE(sink.stories[i].source.lineEnd, ends[i]);
        QVERIFY(!sink.stories[i].title.isEmpty());
        QVERIFY(sink.stories[i].title.size() <= TitleDeriver::maxTitleLength + 1);
    }
    QVERIFY(sink.stories[0].body.contains(QStringLiteral("Photo: AFP")));
    QVERIFY(sink.stories[3].title.startsWith(QStringLiteral("INDUSTRY LEADER: TSMC aims")));
    QVERIFY(sink.stories[4].title.startsWith(QStringLiteral("TARIFF TRADE-OFF: Machinery exports")));
}

void TestPlainTextImporter::captionBlockJoinsStory()
{
    const CollectingSink sink = importText(
        QStringLiteral("Chipmaker opens plant\nThe plant in Arizona opened on Monday.\n\nPhoto: Reuters\n\n"
                       "Second story headline\nA second story about wafers.\n"));
    QCOMPARE(sink.stories.size(), 2);
    QVERIFY(sink.stories[0].body.endsWith(QStringLiteral("Photo: Reuters")));
    QCOMPARE(sink.stories[0].source.lineEnd, 4);
    QCOMPARE(sink.stories[1].source.lineStart, 6);
}

void TestPlainTextImporter::titles()
{
    QVERIFY(TitleDeriver::looksLikeHeadline(u"Intel delays Ohio chip factory"));
    QVERIFY(TitleDeriver::looksLikeHeadline(u"聯發科看好資料中心晶片業務"));
    QVERIFY(!TitleDeriver::looksLikeHeadline(u"The company said it would grow."));
    QVERIFY(!TitleDeriver::looksLikeHeadline(u"Photo: AFP"));
    QCOMPARE(TitleDeriver::kickerLabel(u"INDUSTRY LEADER: TSMC aims to grow"),
             QStringLiteral("INDUSTRY LEADER"));
    QCOMPARE(TitleDeriver::kickerLabel(u"TSMC said: growth"), QString());
    QCOMPARE(TitleDeriver::firstSentence(u"Chairman C.C. Wei said on Jan. 10 that sales rose. Profit fell."),
             QStringLiteral("Chairman C.C. Wei said on Jan. 10 that sales rose."));
    QCOMPARE(TitleDeriver::firstSentence(u"Nvidia Corp. shares rose 3.5 percent. Others fell."),
             QStringLiteral("Nvidia Corp. shares rose 3.5 percent."));
    QCOMPARE(TitleDeriver::derive(u"Short first sentence. Second one."),
             QStringLiteral("Short first sentence"));
    const QString longTitle = TitleDeriver::derive(QString(QStringLiteral("word ")).repeated(60));
    QVERIFY(longTitle.size() <= TitleDeriver::maxTitleLength);
    QVERIFY(longTitle.endsWith(QChar(u'…')));
}

void TestPlainTextImporter::sniffIsFallback()
{
    PlainTextImporter importer;
    QCOMPARE(importer.sniff(u"Some text", QStringLiteral("a.txt")), 10);
    QCOMPARE(importer.sniff(u"   \n ", QStringLiteral("a.txt")), 0);
}

QTEST_GUILESS_MAIN(TestPlainTextImporter)
#include "TestPlainTextImporter.moc"
