// Hostile stories end to end: tests/data/hostile (HTML, script, javascript: links,
// control characters, bidi overrides, spreadsheet formulas) and a 5 MB single line are imported as
// any corpus is, then shown by the reader, listed, exported and noted. Markup stays text, nothing
// remote is loaded, no link but an entity link exists or is followed, control characters are dropped
// at import, CSV cells cannot start a formula, and bad export paths say so and lose nothing.
#include "ReaderBrowser.h"
#include "ReaderView.h"
#include "Store.h"
#include "StoryListModel.h"
#include "ingest/ImportJob.h"
#include "notes/CorpusExporter.h"
#include "notes/NoteRepository.h"
#include "notes/NotesExporter.h"
#include "repo/CorpusRepository.h"
#include "view/StoryListQuery.h"

#include "../common/RunUnprivileged.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <sys/wait.h>
#include <unistd.h>

using namespace ws;
using ws::test::runUnprivileged;

namespace {

// JSON Lines (bodies there are HTML, which the importer reduces to text; titles stay as written) and
// plain text (bodies kept as written, markup and all).
const QString hostileFixtures = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/hostile");
constexpr int bigLineBytes = 5 * 1024 * 1024;

// Records every URL that anything in the process asks the desktop to open.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened.append(url); }
};

// Cells of an RFC 4180 CSV document (quoted cells may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows{{}};
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                cell += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                cell += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            rows.last().append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            rows.last().append(cell);
            cell.clear();
            rows.append(QStringList());
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !rows.last().isEmpty())
        rows.last().append(cell);
    if (rows.last().isEmpty())
        rows.removeLast();
    return rows;
}

// A cell a spreadsheet would run as a formula: it starts with = + - @ (or tab/CR before one).
bool isFormula(const QString& cell)
{
    return !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.at(0));
}

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestHostileContent : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    QHash<QString, qint64> m_rowidByTitle; // stored title -> rowid
    IngestReport m_report;
    UrlRecorder m_urls;

    qint64 rowidOf(const QString& titleStart) const
    {
        for (auto it = m_rowidByTitle.begin(); it != m_rowidByTitle.end(); ++it) {
            if (it.key().startsWith(titleStart))
                return it.value();
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char* scheme : {"http", "https", "javascript", "file", "ftp", "mailto"})
            QDesktopServices::setUrlHandler(QLatin1String(scheme), &m_urls, "open");

        // A 5 MB story on one line, as JSON Lines and as plain text (with markup all along).
        QString words;
        for (int i = 0; words.size() < bigLineBytes; ++i)
            words += QStringLiteral("wafer%1 capacity%1 ").arg(i % 1000);
        const QString jsonLine = m_dir.filePath(QStringLiteral("big-line.jsonl"));
        {
            QFile file(jsonLine);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"title\": \"A five megabyte line\", \"date\": \"2024-06-01\", \"body\": \"" +
                       words.toUtf8() + "\"}\n");
        }
        const QString textLine = m_dir.filePath(QStringLiteral("big-line.txt"));
        {
            QFile file(textLine);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("Another five megabyte line\n\n%1")
                           .arg(words)
                           .replace(QStringLiteral("capacity"), QStringLiteral("<b>bold</b>"))
                           .toUtf8());
        }
        const QString path = m_dir.filePath(QStringLiteral("hostile.db"));
        m_report = ImportJob(path, {hostileFixtures, jsonLine, textLine}).run();
        QVERIFY2(m_report.fatalError.isEmpty(), qPrintable(m_report.fatalError));
        m_db.emplace(Store::open(path));
        CorpusRepository(*m_db).forEachStory([&](const StoryRecord& story) {
            m_rowidByTitle.insert(story.title, StoryDetailQuery(*m_db).rowidOf(story.id));
        });
    }

    void cleanupTestCase()
    {
        for (const char* scheme : {"http", "https", "javascript", "file", "ftp", "mailto"})
            QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
    }

    void everyHostileStoryIsImported()
    {
        QCOMPARE(m_report.errors, 0);
        QCOMPARE(m_report.added, 9); // the seven fixture stories and the two long lines
        for (const QString& title :
             {QStringLiteral("A five megabyte line"), QStringLiteral("Another five megabyte line")}) {
            const qint64 big = rowidOf(title);
            QVERIFY2(big > 0, qPrintable(title));
            QVERIFY(StoryDetailQuery(*m_db).load(big)->body.size() >= bigLineBytes);
        }
    }

    // In the reader every story's markup is text: the HTML it builds holds no element from the
    // story, its only links are entity links, and the browser never asks for a resource.
    void readerShowsMarkupAsText()
    {
        const QRegularExpression element(
            QStringLiteral("<\\s*(script|img|iframe|style|object|embed|link|meta)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        for (auto it = m_rowidByTitle.begin(); it != m_rowidByTitle.end(); ++it) {
            ReaderView reader;
            reader.setDatabase(&*m_db);
            reader.showStory(it.value());
            const QString html = reader.html();
            QVERIFY2(!element.match(html).hasMatch(), qPrintable(it.key()));
            for (auto match = href.globalMatch(html); match.hasNext();)
                QVERIFY2(match.next().captured(1).startsWith(QLatin1String("entity:")), qPrintable(it.key()));
            auto* browser = reader.findChild<ReaderBrowser*>();
            QVERIFY(browser);
            QCOMPARE(browser->blockedLoads(), 0); // nothing even asked for
            const QString shown = browser->document()->toPlainText();
            QVERIFY2(shown.startsWith(it.key().trimmed()), qPrintable(it.key()));
            for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
                for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment)
                    QVERIFY(!fragment.fragment().charFormat().isImageFormat());
            }
        }
        ReaderView reader;
        reader.setDatabase(&*m_db);
        reader.showStory(rowidOf(QStringLiteral("Markup in a plain text story")));
        const QString body = reader.findChild<ReaderBrowser*>()->document()->toPlainText();
        QVERIFY(body.contains(QStringLiteral("<img src=http://attacker.example/pixel.png>")));
        QVERIFY(body.contains(QStringLiteral("<a href=\"javascript:alert(1)\">the filing</a>")));
        QVERIFY(body.contains(QStringLiteral("<script src=\"http://attacker.example/x.js\"></script>")));
        QVERIFY(body.contains(QStringLiteral("&lt;escaped&gt; &amp; done.")));
        reader.showStory(rowidOf(QStringLiteral("<b>Bold</b>")));
        const QString shown = reader.findChild<ReaderBrowser*>()->document()->toPlainText();
        QVERIFY(shown.startsWith(QStringLiteral("<b>Bold</b> claims & <script>alert('title')</script>")));
        // The story's URL and author are shown as plain text, never as a link or markup.
        auto* meta = reader.findChild<QLabel*>(QStringLiteral("metaLabel"));
        QVERIFY(meta);
        QCOMPARE(meta->textFormat(), Qt::PlainText);
        QVERIFY(meta->text().contains(QStringLiteral("javascript:alert('url')")));
    }

    // The reader refuses every resource, whatever its scheme, even in markup it did not build.
    void readerRefusesResources()
    {
        ReaderBrowser browser;
        for (const char* url : {"http://attacker.example/p.png", "https://attacker.example/p.png",
                                "file:///etc/hostname", "/etc/hostname", "qrc:/icons/app.png", "ftp://a/b"}) {
            QCOMPARE(browser.loadResource(QTextDocument::ImageResource, QUrl(QLatin1String(url))),
                     QVariant());
        }
        QCOMPARE(browser.blockedLoads(), 6);
        // Markup it did not build (should any reach it) asks for its image, and gets nothing.
        browser.resize(300, 200);
        browser.setHtml(
            QStringLiteral("<p>x<img src=\"http://attacker.example/a.png\" width=10 height=10></p>"));
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QTRY_VERIFY(browser.blockedLoads() > 6);
    }

    // A javascript: link (clicked, or a click where the story's fake link is drawn) is never
    // followed, never opened by the desktop, and activates no entity.
    void javascriptLinksAreNeverFollowed()
    {
        ReaderView reader;
        reader.resize(800, 600);
        reader.setDatabase(&*m_db);
        reader.showStory(rowidOf(QStringLiteral("Markup in a plain text story")));
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        QSignalSpy activated(&reader, &ReaderView::entityActivated);
        auto* browser = reader.findChild<ReaderBrowser*>();
        const QUrl before = browser->source();
        emit browser->anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
        emit browser->anchorClicked(QUrl(QStringLiteral("http://attacker.example/")));

        const QTextCursor fake = browser->document()->find(QStringLiteral("the filing"));
        QVERIFY(!fake.isNull());
        browser->setTextCursor(fake);
        const QPoint where = browser->cursorRect(fake).center();
        QCOMPARE(browser->anchorAt(where), QString()); // no link is drawn there
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, where);
        QCoreApplication::processEvents();

        QCOMPARE(activated.count(), 0);
        QCOMPARE(browser->source(), before);
        QVERIFY2(m_urls.opened.isEmpty(), qPrintable(m_urls.opened.value(0).toString()));
    }

    // Control characters are dropped at import (they are never shown, and never mistaken for the
    // search snippets' markers); bidi controls stay (they are text in right-to-left writing) inside
    // their own paragraph.
    void controlCharactersAreDropped()
    {
        const qint64 rowid = rowidOf(QStringLiteral("Control"));
        QVERIFY(rowid > 0);
        const auto story = StoryDetailQuery(*m_db).load(rowid);
        QCOMPARE(story->title, QStringLiteral("Controlcharsinthe[31m title end"));
        for (const QString& text : {story->title, story->body}) {
            for (QChar c : text) {
                const char16_t u = c.unicode();
                QVERIFY2(!((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7f && u <= 0x9f)),
                         qPrintable(QStringLiteral("U+%1 kept").arg(int(u), 4, 16, QLatin1Char('0'))));
            }
        }
        QVERIFY(story->body.contains(QStringLiteral("Second line\twith a tab.")));
        // The snippet markers pair up: the story's own text added none.
        StoryListQuery query(*m_db, StoryFilter{{}, QStringLiteral("backspace")});
        const QList<StoryRow> rows = query.fetch(10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().snippet.count(QChar(2)), rows.first().snippet.count(QChar(3)));
        QVERIFY(rows.first().snippet.count(QChar(2)) >= 1);

        const qint64 bidi = rowidOf(QStringLiteral("Invoice"));
        ReaderView reader;
        reader.setDatabase(&*m_db);
        reader.showStory(bidi);
        const QTextDocument* document = reader.findChild<ReaderBrowser*>()->document();
        QCOMPARE(document->firstBlock().text(), QStringLiteral("Invoice \u202egnp.exe\u202c is safe"));
        QVERIFY(document->firstBlock().next().text().startsWith(QStringLiteral("Right-to-left override")));
    }

    // Tooltips are rich text in Qt when they look like markup: a story title must show as written.
    void storyListTooltipsShowTitlesAsText()
    {
        StoryListModel model;
        model.load(&*m_db, {});
        bool checked = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString title = model.data(model.index(row, 0), Qt::DisplayRole).toString();
            const QString tip = model.data(model.index(row, 0), Qt::ToolTipRole).toString();
            if (!title.contains(QLatin1Char('<')))
                continue;
            checked = true;
            QString shown = tip;
            if (Qt::mightBeRichText(tip)) {
                QTextDocument document;
                document.setHtml(tip);
                shown = document.toPlainText();
            }
            QVERIFY2(shown.contains(title), qPrintable(tip));
        }
        QVERIFY(checked);
    }

    // Notes on hostile stories: the HTML export escapes the quote, the body and the citation, and
    // links only web addresses; Markdown cannot carry raw HTML; the story's javascript: URL is text.
    void notesExportEscapesHostileText()
    {
        const auto story =
            StoryDetailQuery(*m_db).load(rowidOf(QStringLiteral("Markup in a plain text story")));
        NoteRepository notes(*m_db);
        notes.add(
            NoteTarget::passage(story->id, QStringLiteral("<img src=http://attacker.example/pixel.png>")),
            QStringLiteral("<script>alert('note')</script> see [this](javascript:alert(4)) and "
                           "<img src=\"http://attacker.example/n.png\">"),
            {QStringLiteral("<b>tag</b>")});
        const QList<ResolvedNote> resolved = notes.list();
        const QString html = NotesExporter::html(resolved);
        const QRegularExpression element(QStringLiteral("<\\s*(script|img|iframe|b)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!element.match(html).hasMatch(), qPrintable(element.match(html).captured(0)));
        QVERIFY(!html.contains(QStringLiteral("href=\"javascript"), Qt::CaseInsensitive));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert('note')&lt;/script&gt;")) ||
                html.contains(QStringLiteral("&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;")));
        QVERIFY(html.contains(QStringLiteral("&lt;img src=http://attacker.example/pixel.png&gt;")));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
        const QString markdown = QString::fromUtf8(NotesExporter::markdown(resolved));
        // Markdown: every '<' from a story or a note is backslash-escaped, so no viewer sees a tag.
        const QRegularExpression rawTag(QStringLiteral("(?<!\\\\)<\\s*(script|img|b)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!rawTag.match(markdown).hasMatch(), qPrintable(rawTag.match(markdown).captured(0)));
        QVERIFY(markdown.contains(QStringLiteral("\\<script>alert('note')")));
    }

    // No CSV cell, in the story, entity and deal exports or the notes export, can start a formula.
    void csvCellsNeverStartAFormula()
    {
        CorpusExporter exporter(*m_db);
        QStringList guardedCells;
        for (const auto table : {CorpusExporter::Table::Stories, CorpusExporter::Table::Entities,
                                 CorpusExporter::Table::Deals}) {
            const QString path = m_dir.filePath(QStringLiteral("table-%1.csv").arg(int(table)));
            const ExportStatus status = exporter.write(table, ExportFormat::Csv, path, true);
            QVERIFY2(status.ok(), qPrintable(status.message));
            for (const QStringList& row : parseCsv(readAll(path))) {
                for (const QString& cell : row) {
                    QVERIFY2(!isFormula(cell), qPrintable(cell));
                    if (cell.startsWith(QLatin1Char('\'')) && cell.size() > 1 && isFormula(cell.mid(1)))
                        guardedCells << cell;
                }
            }
        }
        NoteRepository notes(*m_db);
        const auto formula = StoryDetailQuery(*m_db).load(rowidOf(QStringLiteral("=HYPERLINK")));
        notes.add(NoteTarget::story(formula->id), QStringLiteral("=cmd|' /C calc'!A0"),
                  {QStringLiteral("@risk")});
        for (const QStringList& row : parseCsv(QString::fromUtf8(NotesExporter::csv(notes.list())))) {
            for (const QString& cell : row) {
                QVERIFY2(!isFormula(cell), qPrintable(cell));
                if (cell.startsWith(QLatin1Char('\'')) && cell.size() > 1 && isFormula(cell.mid(1)))
                    guardedCells << cell.left(40);
            }
        }
        qInfo() << "CSV cells guarded:" << guardedCells;
        for (const QString& expected : {QStringLiteral("'=HYPERLINK"), QStringLiteral("'@SUM"),
                                        QStringLiteral("'=cmd"), QStringLiteral("'@risk")}) {
            QVERIFY2(std::any_of(guardedCells.begin(), guardedCells.end(),
                                 [&](const QString& cell) { return cell.startsWith(expected); }),
                     qPrintable(expected));
        }
    }

    // Bad export paths: an existing folder, a folder that does not exist, a folder that cannot be
    // written, an existing file without overwrite. Each says so, naming the path, and loses nothing.
    void badExportPathsAreRefused()
    {
        CorpusExporter exporter(*m_db);
        const QString folder = m_dir.filePath(QStringLiteral("existing-folder"));
        QVERIFY(QDir().mkpath(folder));
        QFile keep(folder + QStringLiteral("/keep.txt"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("analyst file");
        keep.close();

        ExportStatus status = exporter.write(CorpusExporter::Table::Stories, ExportFormat::Csv, folder, true);
        QVERIFY(!status.ok());
        QVERIFY2(status.message.contains(folder) && status.message.contains(QLatin1String("folder")),
                 qPrintable(status.message));
        QCOMPARE(readAll(folder + QStringLiteral("/keep.txt")), QStringLiteral("analyst file"));

        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/out.csv"));
        status = exporter.write(CorpusExporter::Table::Stories, ExportFormat::Csv, missing, true);
        QVERIFY(!status.ok());
        QVERIFY2(status.message.contains(missing) && status.message.contains(QLatin1String("does not exist")),
                 qPrintable(status.message));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));

        const QString existing = folder + QStringLiteral("/keep.txt");
        status = exporter.write(CorpusExporter::Table::Stories, ExportFormat::Csv, existing, false);
        QCOMPARE(status.code, ExportStatus::Exists);
        QVERIFY2(status.message.contains(existing), qPrintable(status.message));
        QCOMPARE(readAll(existing), QStringLiteral("analyst file"));

        // A folder that cannot be written (as the user nobody when running as root).
        QTemporaryDir outer;
        QFile::setPermissions(outer.path(), QFile::permissions(outer.path()) | QFileDevice::ExeOther);
        const QString locked = outer.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        const QString lockedFile = locked + QStringLiteral("/notes.html");
        QFile old(lockedFile);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous export");
        old.close();
        QFile::setPermissions(lockedFile,
                              QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QList<ResolvedNote> resolved = NoteRepository(*m_db).list();
        const QString failure = runUnprivileged([&] {
            const ExportStatus locked = NotesExporter::write(lockedFile, ExportFormat::Html, resolved, true);
            if (locked.ok())
                return QStringLiteral("wrote into a folder that cannot be written");
            if (!locked.message.contains(lockedFile))
                return QStringLiteral("the message does not name the file: ") + locked.message;
            return QString();
        });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(readAll(lockedFile), QStringLiteral("the previous export"));
        QFile::setPermissions(locked, QFile::permissions(locked) | QFileDevice::WriteOwner);
    }
};

QTEST_MAIN(TestHostileContent)
#include "TestHostileContent.moc"
