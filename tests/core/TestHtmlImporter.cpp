#include "import/FileImporter.h"
#include "import/HtmlImporter.h"
#include "text/HtmlEntities.h"
#include "text/HtmlScanner.h"

#include <QTest>

#include "../common/ImportTestFiles.h"

using namespace ws;
using ws::test::importTestFile;

class TestHtmlImporter : public QObject
{
    Q_OBJECT

private slots:
    void article();
    void largestParagraphBlock();
    void entities();
    void tolerantScanner();
    void sniff();
};

void TestHtmlImporter::article()
{
    const CollectingSink sink = importTestFile(QStringLiteral("article.html"));
    QVERIFY(sink.issues.isEmpty());
    QCOMPARE(sink.stories.size(), 1);
    const Story& story = sink.stories[0];
    QCOMPARE(story.title, QStringLiteral("Renesas to buy design software firm"));
    QCOMPARE(story.date, QStringLiteral("2024-02-15T07:30:00+09:00"));
    QCOMPARE(story.author, QStringLiteral("Hana Sato"));
    QCOMPARE(story.source.url, QStringLiteral("https://example.com/renesas-deal"));
    QCOMPARE(story.source.feed, QStringLiteral("Example News"));
    const QStringList paragraphs = story.body.split(QStringLiteral("\n\n"));
    QCOMPARE(paragraphs.size(), 3);
    QVERIFY(paragraphs[0].startsWith(QStringLiteral("Renesas Electronics Corp (瑞薩電子) agreed")));
    QVERIFY(paragraphs[1].contains(
        QStringLiteral("one tool — a step toward what it calls “system-level” design.")));
    QCOMPARE(paragraphs[2],
             QStringLiteral("Shares of Renesas fell 4 percent in Tokyo & analysts questioned the price."));
    for (const char* dropped : {"Menu paragraph", "Related:", "newsletter", "Copyright", "not text", "color"})
        QVERIFY2(!story.body.contains(QLatin1String(dropped)), dropped);
    QCOMPARE(story.source.lineStart, 18);
    QCOMPARE(story.source.lineEnd, 21);
}

void TestHtmlImporter::largestParagraphBlock()
{
    const CollectingSink sink = importTestFile(QStringLiteral("page_no_article.html"));
    QCOMPARE(sink.stories.size(), 1);
    const Story& story = sink.stories[0];
    QCOMPARE(story.title, QStringLiteral("Chip stocks rally"));
    const QStringList paragraphs = story.body.split(QStringLiteral("\n\n"));
    QCOMPARE(paragraphs.size(), 3);
    QVERIFY(paragraphs[0].startsWith(QStringLiteral("Shares of chip designers")));
    QCOMPARE(paragraphs[2],
             QStringLiteral(
                 "Traders said the rally could fade if interest rates stay high for longer than expected."));
    QVERIFY(!story.body.contains(QStringLiteral("Most read")));
    QVERIFY(!story.body.contains(QStringLiteral("Great article")));
}

void TestHtmlImporter::entities()
{
    QCOMPARE(HtmlEntities::decode(u"AT&amp;T &lt;b&gt; &#8217; &#x2019; &rsquo; &nosuch; AT&T &#3;x"),
             QStringLiteral("AT&T <b> ’ ’ ’ &nosuch; AT&T x"));
    QCOMPARE(HtmlEntities::decode(u"&eacute;&Eacute;&euro;&nbsp;"), QStringLiteral("éÉ€\u00A0"));
}

void TestHtmlImporter::tolerantScanner()
{
    // Unquoted and bare attributes, a stray '<', an unclosed comment-free tag soup.
    HtmlScanner scanner(u"<p class=lead data-x>1 < 2 & 3<br/>end<img src='a.png' alt=\"x\"><P>Next");
    HtmlToken token;
    QStringList seen;
    while (scanner.next(token)) {
        if (token.kind == HtmlToken::Kind::StartTag)
            seen << QLatin1Char('<') + token.name + QLatin1Char('>');
        else if (token.kind == HtmlToken::Kind::Text)
            seen << token.text;
    }
    QCOMPARE(seen, (QStringList{"<p>", "1 < 2 & 3", "<br>", "end", "<img>", "<p>", "Next"}));
    QCOMPARE(HtmlScanner::toPlainText(u"<div>One<p>Two <b>bold</b></div><script>x()</script>Three"),
             QStringLiteral("One\n\nTwo bold\n\nThree"));
}

void TestHtmlImporter::sniff()
{
    HtmlImporter html;
    QVERIFY(html.sniff(u"<!DOCTYPE html><html>", QStringLiteral("x")) >= 90);
    QCOMPARE(html.sniff(u"Plain story text.", QStringLiteral("x.html")), 0);
}

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "TestHtmlImporter.moc"
