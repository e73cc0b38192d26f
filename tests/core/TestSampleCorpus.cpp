// The sample corpus in data/ reads as the stories its writers set down, in every format.
#include "import/FileImporter.h"
#include "model/DataPaths.h"
#include "model/StorySink.h"

#include <QtTest>

using namespace ws;

class TestSampleCorpus : public QObject
{
    Q_OBJECT

private slots:
    void everyFileGivesItsStories_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("stories");
        QTest::newRow("blank-line separated text, headline lines") << "taipei-wire.txt" << 17;
        QTest::newRow("run-together digest") << "digest-runon.txt" << 6;
        QTest::newRow("JSON Lines") << "chip-news.jsonl" << 14;
        QTest::newRow("RSS 2.0") << "industry-feed.rss" << 12;
    }

    void everyFileGivesItsStories()
    {
        QFETCH(QString, file);
        QFETCH(int, stories);
        CollectingSink sink;
        FileImporter().importPaths({DataPaths::sampleDir() + QLatin1Char('/') + file}, sink);
        QCOMPARE(sink.issues.size(), 0);
        QCOMPARE(sink.stories.size(), stories);
        for (const Story& story : sink.stories) {
            QVERIFY2(!story.title.isEmpty() && story.title.size() < 200, qPrintable(story.title));
            QVERIFY2(story.body.size() > 300, qPrintable(story.title));
        }
    }

    void headlinesAreTitlesNotStories()
    {
        CollectingSink sink;
        FileImporter().importPaths({DataPaths::sampleDir() + QStringLiteral("/taipei-wire.txt")}, sink);
        for (const Story& story : sink.stories)
            QVERIFY2(story.source.lineEnd > story.source.lineStart, qPrintable(story.title));
    }
};

QTEST_GUILESS_MAIN(TestSampleCorpus)
#include "TestSampleCorpus.moc"
