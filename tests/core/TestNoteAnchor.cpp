// Finding a note's quoted passage again after the story text changed.
#include "notes/Note.h"
#include "notes/NoteAnchor.h"
#include "notes/SimpleMarkdown.h"

#include <QTest>

using namespace ws;

namespace {

const QString story = QStringLiteral(
    "TSMC lifts CoWoS capacity\n\n"
    "HSINCHU, Jan. 16 — Taiwan Semiconductor Manufacturing Co (TSMC, 台積電) said it would double its "
    "CoWoS advanced packaging capacity again this year to meet demand from AI chip customers. "
    "Chairman C.C. Wei told investors that demand for CoWoS remained very strong. "
    "The company also said that demand for CoWoS would exceed supply through 2026.");

const QString quote = QStringLiteral("demand for CoWoS remained very strong");

} // namespace

class TestNoteAnchor : public QObject
{
    Q_OBJECT

private slots:
    void exactAtStoredOffsets()
    {
        const int start = int(story.indexOf(quote));
        const AnchorMatch match = NoteAnchor::locate(story, quote, start);
        QCOMPARE(match.status, AnchorStatus::Exact);
        QCOMPARE(match.start, start);
        QCOMPARE(match.end, start + int(quote.size()));
    }

    void insertedTextBeforeTheQuoteMovesIt()
    {
        const int oldStart = int(story.indexOf(quote));
        QString changed = story;
        const QString insert = QStringLiteral("(Updated with analyst comment.) ");
        changed.insert(int(changed.indexOf(QStringLiteral("HSINCHU"))), insert);
        const AnchorMatch match = NoteAnchor::locate(changed, quote, oldStart);
        QCOMPARE(match.status, AnchorStatus::Moved);
        QCOMPARE(match.start, oldStart + int(insert.size()));
        QCOMPARE(changed.mid(match.start, match.end - match.start), quote);
    }

    void nearestOfSeveralOccurrencesWins()
    {
        const QString phrase = QStringLiteral("demand for CoWoS");
        const int first = int(story.indexOf(phrase));
        const int second = int(story.indexOf(phrase, first + 1));
        QVERIFY(first > 0 && second > first);
        QString changed = story;
        changed.prepend(QStringLiteral("UPDATE: "));
        const AnchorMatch match = NoteAnchor::locate(changed, phrase, second);
        QCOMPARE(match.status, AnchorStatus::Moved);
        QCOMPARE(match.start, second + 8);
        // Without stored offsets the first occurrence is taken.
        QCOMPARE(NoteAnchor::locate(changed, phrase).start, int(changed.indexOf(phrase)));
    }

    void changedWhitespaceAndCaseStillMatch()
    {
        const int oldStart = int(story.indexOf(quote));
        QString changed = story;
        changed.replace(quote, QStringLiteral("Demand for\n  CoWoS\u00a0remained VERY strong"));
        const AnchorMatch match = NoteAnchor::locate(changed, quote, oldStart);
        QCOMPARE(match.status, AnchorStatus::Normalized);
        QCOMPARE(changed.mid(match.start, match.end - match.start),
                 QStringLiteral("Demand for\n  CoWoS\u00a0remained VERY strong"));
    }

    void typographicQuotesAndDashesFold()
    {
        const QString text = QStringLiteral("He said \u201cwe are sold out\u201d \u2014 for now.");
        const AnchorMatch match = NoteAnchor::locate(text, QStringLiteral("\"we are sold out\" - for now"));
        QCOMPARE(match.status, AnchorStatus::Normalized);
        QCOMPARE(text.mid(match.start, match.end - match.start),
                 QStringLiteral("\u201cwe are sold out\u201d \u2014 for now"));
    }

    void smallEditsInsideTheQuoteMatchFuzzily()
    {
        const QString longQuote =
            QStringLiteral("Chairman C.C. Wei told investors that demand for CoWoS remained very strong.");
        const int oldStart = int(story.indexOf(longQuote));
        QString changed = story;
        const QString edited =
            QStringLiteral("Chairman C.C. Wei told analysts that demand for CoWoS remains very strong.");
        changed.replace(longQuote, edited);
        changed.prepend(QStringLiteral("Corrected: "));
        const AnchorMatch match = NoteAnchor::locate(changed, longQuote, oldStart);
        QCOMPARE(match.status, AnchorStatus::Fuzzy);
        QVERIFY(match.similarity >= NoteAnchor::fuzzyThreshold);
        QVERIFY(match.similarity < 1.0);
        QCOMPARE(changed.mid(match.start, match.end - match.start), edited);
    }

    void fuzzyMatchWithoutStoredOffsets()
    {
        const QString text = QStringLiteral("Intro line.\n\nMicron will build a memory fab in Idaho with "
                                            "federal support of US$6.1 billion, officials said.");
        const AnchorMatch match = NoteAnchor::locate(
            text, QStringLiteral("Micron would build a memory fab in Idaho with federal support"));
        QCOMPARE(match.status, AnchorStatus::Fuzzy);
        QCOMPARE(text.mid(match.start, match.end - match.start),
                 QStringLiteral("Micron will build a memory fab in Idaho with federal support"));
    }

    void quoteGoneIsDetached()
    {
        const AnchorMatch match = NoteAnchor::locate(
            story, QStringLiteral("Samsung plans a new HBM4 line in Pyeongtaek next quarter"), 40);
        QCOMPARE(match.status, AnchorStatus::Detached);
        QCOMPARE(match.start, -1);
        QVERIFY(!match.isFound());
    }

    void heavilyRewrittenQuoteIsDetached()
    {
        // Half the words changed: below the threshold, so the note waits rather than pointing wrongly.
        const QString rewritten = QStringLiteral("investors heard from Wei that CoWoS orders stayed solid");
        QCOMPARE(NoteAnchor::locate(story, rewritten).status, AnchorStatus::Detached);
    }

    void shortQuotesAreNeverFuzzy()
    {
        QCOMPARE(NoteAnchor::locate(story, QStringLiteral("CoWaS")).status, AnchorStatus::Detached);
        QCOMPARE(NoteAnchor::locate(story, QStringLiteral("cowos")).status, AnchorStatus::Normalized);
    }

    void staleOffsetsBeyondTheTextAreHarmless()
    {
        const AnchorMatch match = NoteAnchor::locate(story, quote, 100000);
        QCOMPARE(match.status, AnchorStatus::Moved);
        QCOMPARE(match.start, int(story.indexOf(quote)));
        QCOMPARE(NoteAnchor::locate(QString(), quote, 3).status, AnchorStatus::Detached);
        QCOMPARE(NoteAnchor::locate(story, QStringLiteral("   "), 3).status, AnchorStatus::Detached);
    }

    void chineseAndSurrogatesKeepOffsets()
    {
        const QString text = QStringLiteral("記者報導 𠀋 台積電 表示 需求強勁");
        const AnchorMatch match = NoteAnchor::locate(text, QStringLiteral("台積電  表示"));
        QCOMPARE(match.status, AnchorStatus::Normalized);
        QCOMPARE(text.mid(match.start, match.end - match.start), QStringLiteral("台積電 表示"));
    }

    void statusNamesRoundTrip()
    {
        for (AnchorStatus status : {AnchorStatus::Exact, AnchorStatus::Moved, AnchorStatus::Normalized,
                                    AnchorStatus::Fuzzy, AnchorStatus::Detached})
            QCOMPARE(anchorStatusFromName(anchorStatusName(status)), status);
        QVERIFY(!anchorStatusFromName(QStringLiteral("lost")));
    }

    void noteKindsAndTags()
    {
        QCOMPARE(NoteTarget::story(QStringLiteral("s")).kind(), NoteKind::Story);
        QCOMPARE(NoteTarget::passage(QStringLiteral("s"), QStringLiteral("q")).kind(), NoteKind::Passage);
        QCOMPARE(NoteTarget::deal(QStringLiteral("s"), QStringLiteral("e")).kind(), NoteKind::Deal);
        QCOMPARE(
            NoteTarget::entity(QStringLiteral("company"), QStringLiteral("k"), QStringLiteral("K")).kind(),
            NoteKind::Entity);
        QCOMPARE(normalizedTags(
                     {QStringLiteral(" hbm "), QStringLiteral("HBM"), QString(), QStringLiteral("a  b")}),
                 QStringList({QStringLiteral("hbm"), QStringLiteral("a b")}));
        QCOMPARE(NoteCitation::formatSource(QStringLiteral("f.txt"), 3, 9, QStringLiteral("https://x")),
                 QStringLiteral("f.txt:3-9"));
        QCOMPARE(NoteCitation::formatSource(QStringLiteral("f.rss"), 0, 0, QStringLiteral("https://x")),
                 QStringLiteral("https://x"));
    }

    void markdownEscapesEverything()
    {
        const QString html = SimpleMarkdown::toHtml(
            QStringLiteral("**Key** point with *care* and `x<y`\n<script>alert(1)</script>\n\n- one\n- two & "
                           "three\n\n# Heading\nsnake_case_name stays"));
        QVERIFY(html.contains(QStringLiteral("<b>Key</b>")));
        QVERIFY(html.contains(QStringLiteral("<i>care</i>")));
        QVERIFY(html.contains(QStringLiteral("<code>x&lt;y</code>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(html.contains(QStringLiteral("<ul>\n<li>one</li>\n<li>two &amp; three</li>\n</ul>")));
        QVERIFY(html.contains(QStringLiteral("<h3>Heading</h3>")));
        QVERIFY(html.contains(QStringLiteral("snake_case_name")));
    }
};

QTEST_GUILESS_MAIN(TestNoteAnchor)
#include "TestNoteAnchor.moc"
