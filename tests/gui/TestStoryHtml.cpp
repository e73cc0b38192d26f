#include "EntityStyle.h"
#include "GuiTestCorpus.h"
#include "ReaderBrowser.h"
#include "ReaderView.h"
#include "StoryDelegate.h"
#include "StoryHtml.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>

using namespace ws;
using namespace ws::test;

class TestStoryHtml : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ChipCorpus> m_chips;
    Database& db() { return m_chips->corpus.db(); }

private slots:
    void initTestCase() { m_chips = std::make_unique<ChipCorpus>(); }

    void hostileTextStaysText()
    {
        const auto story = StoryDetailQuery(db()).load(m_chips->sHostile);
        const QString html = StoryHtml::build(*story, QApplication::palette());
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("javascript:")) ||
                html.contains(QStringLiteral("&quot;javascript:")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("&lt;img src=&quot;http://evil.example/x.png&quot;&gt;")));
        // Rendered, the document shows the markup as characters, and its only links are entities.
        QTextDocument document;
        document.setHtml(html);
        QVERIFY(document.toPlainText().contains(QStringLiteral("<script>alert(1)</script> Samsung & HBM")));
        QVERIFY(document.toPlainText().contains(QStringLiteral("<a href=\"javascript:alert(2)\">ships</a>")));
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isAnchor())
                    QVERIFY2(format.anchorHref().startsWith(QStringLiteral("entity:")),
                             qPrintable(format.anchorHref()));
                QVERIFY(!format.isImageFormat());
            }
        }
    }

    void readerNeverLoadsResources()
    {
        ReaderBrowser browser;
        QCOMPARE(browser.loadResource(QTextDocument::ImageResource,
                                      QUrl(QStringLiteral("http://evil.example/x.png"))),
                 QVariant());
        QCOMPARE(
            browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))),
            QVariant());
        QCOMPARE(browser.blockedLoads(), 2);
        QVERIFY(!browser.openLinks());
        QVERIFY(!browser.openExternalLinks());
    }

    void everyMentionIsALinkColouredByType()
    {
        const auto story = StoryDetailQuery(db()).load(m_chips->sTsmc);
        const QString html = StoryHtml::build(*story, QApplication::palette());
        QCOMPARE(html.count(QStringLiteral("href=\"entity:%1\"").arg(m_chips->tsmc)), 3);
        QCOMPARE(html.count(QStringLiteral("href=\"entity:%1\"").arg(m_chips->cowosL)), 2);
        QCOMPARE(html.count(QStringLiteral("href=\"entity:%1\"").arg(m_chips->hsinchu)), 1);
        const QString companyColour =
            EntityStyle::background(EntityType::Company, QApplication::palette()).name();
        const QString placeColour =
            EntityStyle::background(EntityType::Place, QApplication::palette()).name();
        QVERIFY(companyColour != placeColour);
        QVERIFY(html.contains(companyColour));
        QVERIFY(html.contains(placeColour));
        QVERIFY(html.contains(QStringLiteral("<h2>")));
        // The deal's evidence sentence is shaded with the deal's description.
        QVERIFY(html.contains(EntityStyle::evidence(QApplication::palette()).name()));
        QVERIFY(html.contains(QStringLiteral("Deal: contract · announced")));

        QTextDocument document;
        document.setHtml(html);
        QCOMPARE(document.toPlainText().count(QStringLiteral("TSMC")), 3);
        QVERIFY(document.toPlainText().contains(QStringLiteral("CEO C.C. Wei spoke in Hsinchu.")));
    }

    void annotatedPassageIsMarked()
    {
        // A note whose stored offset is stale (the story text moved) is found again by its quote.
        db().exec(QStringLiteral("INSERT INTO notes(story_id, quote, quote_start, quote_end, body, created, edited) "
                                 "SELECT id, 'spoke in Hsinchu', 2, 18, 'check the venue', 'now', 'now' "
                                 "FROM stories WHERE rowid = %1").arg(m_chips->sTsmc));
        const auto story = StoryDetailQuery(db()).load(m_chips->sTsmc);
        const auto note = std::find_if(story->notes.cbegin(), story->notes.cend(),
                                       [](const NoteRow& row) { return row.body == QLatin1String("check the venue"); });
        QVERIFY(note != story->notes.cend());
        QCOMPARE(story->text().mid(note->start, note->end - note->start), QStringLiteral("spoke in Hsinchu"));
        const QString html = StoryHtml::build(*story, QApplication::palette());
        QVERIFY(html.contains(QStringLiteral("Note: check the venue")));
        QVERIFY(html.contains(EntityStyle::note(QApplication::palette()).name()));
        QTextDocument document;
        document.setHtml(html);
        const int at = document.toPlainText().indexOf(QStringLiteral("spoke in"));
        QVERIFY(at >= 0);
        QTextCursor cursor(&document);
        cursor.setPosition(at + 1);
        QVERIFY(cursor.charFormat().fontUnderline());
        cursor.setPosition(document.toPlainText().indexOf(QStringLiteral("CEO")) + 1);
        QVERIFY(!cursor.charFormat().fontUnderline());
        db().exec(QStringLiteral("DELETE FROM notes WHERE body = 'check the venue'"));
    }

    void overlappingMentionsGiveWay()
    {
        const QList<MentionSpan> visible =
            StoryHtml::visibleMentions({{{1, EntityType::Technology, "CoWoS"}, 0, 5, 0},
                                        {{2, EntityType::Technology, "CoWoS-L"}, 0, 7, 0},
                                        {{3, EntityType::Company, "L"}, 6, 7, 0},
                                        {{4, EntityType::Company, "out of range"}, 5, 99, 0},
                                        {{5, EntityType::Company, "X"}, 8, 9, 0}},
                                       20);
        QCOMPARE(visible.size(), 2);
        QCOMPARE(visible.at(0).entity.id, 2);
        QCOMPARE(visible.at(1).entity.id, 5);
    }

    void darkPaletteGetsDarkHighlights()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        QPalette light;
        light.setColor(QPalette::Base, QColor(255, 255, 255));
        light.setColor(QPalette::Text, QColor(20, 20, 20));
        for (EntityType type : allEntityTypes) {
            QVERIFY(EntityStyle::background(type, dark).lightness() < 110);
            QVERIFY(EntityStyle::background(type, light).lightness() > 180);
            // The text keeps its contrast on either.
            QVERIFY(qAbs(EntityStyle::background(type, dark).lightness() -
                         EntityStyle::foreground(dark).lightness()) > 100);
            QVERIFY(qAbs(EntityStyle::background(type, light).lightness() -
                         EntityStyle::foreground(light).lightness()) > 100);
        }
    }

    void clickingAnEntityEmitsIt()
    {
        ReaderView reader;
        reader.setDatabase(&db());
        QSignalSpy shown(&reader, &ReaderView::storyShown);
        QSignalSpy activated(&reader, &ReaderView::entityActivated);
        reader.showStory(m_chips->sChinese);
        QCOMPARE(shown.count(), 1);
        QVERIFY(reader.html().contains(QStringLiteral("台積電")));
        auto* browser = reader.findChild<QTextBrowser*>();
        QVERIFY(browser);
        emit browser->anchorClicked(QUrl(QStringLiteral("entity:%1").arg(m_chips->tsmc)));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).value<EntityRef>().name, QStringLiteral("TSMC"));
        QCOMPARE(activated.first().at(1).toBool(), false);
        emit browser->anchorClicked(QUrl(QStringLiteral("http://evil.example/")));
        emit browser->anchorClicked(QUrl(QStringLiteral("entity:999999")));
        QCOMPARE(activated.count(), 1);
    }

    void snippetPieces()
    {
        const auto pieces = StoryDelegate::snippetPieces(QStringLiteral("before \x02"
                                                                        "hit\x03 after \x02two\x03"));
        QCOMPARE(pieces.size(), 4);
        QCOMPARE(pieces.at(0), std::make_pair(QStringLiteral("before "), false));
        QCOMPARE(pieces.at(1), std::make_pair(QStringLiteral("hit"), true));
        QCOMPARE(pieces.at(3), std::make_pair(QStringLiteral("two"), true));
        QCOMPARE(StoryDelegate::snippetPieces(QStringLiteral("<b>not markup</b>")).size(), 1);
    }
};

QTEST_MAIN(TestStoryHtml)
#include "TestStoryHtml.moc"
