#include "import/FeedImporter.h"
#include "import/FileImporter.h"

#include <QTest>

#include "../common/ImportTestFiles.h"

using namespace ws;
using ws::test::importTestFile;

class TestFeedImporter : public QObject
{
    Q_OBJECT

private slots:
    void rss();
    void atom();
    void truncated();
    void sniff();
};

void TestFeedImporter::rss()
{
    const CollectingSink sink = importTestFile(QStringLiteral("feed_rss.xml"));
    QVERIFY(sink.issues.isEmpty());
    QCOMPARE(sink.stories.size(), 2);
    const Story& hynix = sink.stories[0];
    QCOMPARE(hynix.title, QStringLiteral("SK Hynix to build HBM plant in Indiana"));
    QCOMPARE(hynix.date, QStringLiteral("2024-04-03T09:15:00+09:00"));
    QCOMPARE(hynix.author, QStringLiteral("Min-jun Kim"));
    QCOMPARE(hynix.topics, (QStringList{QStringLiteral("memory"), QStringLiteral("packaging")}));
    QCOMPARE(hynix.source.url, QStringLiteral("https://example.com/hynix-indiana"));
    QCOMPARE(hynix.source.feed, QStringLiteral("Example Chip Wire"));
    // content:encoded wins over description; HTML stripped, entities decoded, script dropped.
    QCOMPARE(
        hynix.body,
        QStringLiteral("SK Hynix Inc (SK海力士) will build an advanced packaging plant for high-bandwidth "
                       "memory in West Lafayette, Indiana.\n\nThe plant is expected to start "
                       "operating in 2028 & will employ about 1,000 people."));
    QCOMPARE(hynix.source.lineStart, 7);
    QCOMPARE(hynix.source.lineEnd, 16);

    const Story& tower = sink.stories[1];
    QCOMPARE(tower.title, QStringLiteral("Tower Semiconductor & Intel extend deal"));
    QCOMPARE(tower.author, QStringLiteral("Dana Cohen"));
    QCOMPARE(
        tower.body,
        QStringLiteral(
            "Tower Semiconductor Ltd said it would use more capacity at an Intel Corp fab in New Mexico."));
    QCOMPARE(tower.date, QStringLiteral("2024-09-12T16:00:00Z"));
}

void TestFeedImporter::atom()
{
    const CollectingSink sink = importTestFile(QStringLiteral("feed_atom.xml"));
    QVERIFY(sink.issues.isEmpty());
    QCOMPARE(sink.stories.size(), 2);
    const Story& umc = sink.stories[0];
    QCOMPARE(umc.title, QStringLiteral("UMC & partner plan 12nm process"));
    QCOMPARE(umc.source.url,
             QStringLiteral("https://example.com/umc-12nm"));        // rel=alternate, not the enclosure
    QCOMPARE(umc.date, QStringLiteral("2025-01-27T10:00:00+08:00")); // published before updated
    QCOMPARE(umc.author, QStringLiteral("Wei Lin"));
    QCOMPARE(umc.topics, QStringList{QStringLiteral("foundry")});
    QVERIFY(umc.body.startsWith(QStringLiteral("United Microelectronics Corp (聯電)")));
    QCOMPARE(umc.source.feed, QStringLiteral("Example Foundry Feed"));
    QCOMPARE(sink.stories[1].date, QStringLiteral("2024-06-05T12:00:00Z"));
    QVERIFY(sink.stories[1].body.startsWith(QStringLiteral("Vanguard International")));
}

void TestFeedImporter::truncated()
{
    const CollectingSink sink = importTestFile(QStringLiteral("feed_truncated.xml"));
    QCOMPARE(sink.stories.size(), 1); // the item read before the cut
    QCOMPARE(sink.issues.size(), 1);
    const ImportIssue& issue = sink.issues[0];
    QVERIFY(issue.isError());
    QVERIFY(issue.line > 16);
    QVERIFY2(issue.message.startsWith(QStringLiteral("truncated XML at column")), qPrintable(issue.message));
    QVERIFY2(issue.message.contains(QStringLiteral("1 item before it was imported")),
             qPrintable(issue.message));
}

void TestFeedImporter::sniff()
{
    FeedImporter feed;
    QVERIFY(feed.sniff(u"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", QStringLiteral("x")) >= 90);
    QVERIFY(feed.sniff(u"<feed xmlns=\"http://www.w3.org/2005/Atom\">", QStringLiteral("x")) >= 90);
    QCOMPARE(feed.sniff(u"<html><body>feed the cat</body></html>", QStringLiteral("x.xml")), 0);
}

QTEST_GUILESS_MAIN(TestFeedImporter)
#include "TestFeedImporter.moc"
