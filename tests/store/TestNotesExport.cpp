// Notes and corpus exports, each read back; CSV formula escaping; hostile text; failed writes.
#include "Store.h"
#include "db/Statement.h"
#include "ingest/ImportJob.h"
#include "notes/CorpusExporter.h"
#include "notes/CsvWriter.h"
#include "notes/NoteRepository.h"
#include "notes/NotesExporter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

const QString dataDir = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/notes/");

// RFC 4180 reader, to read exports back as a spreadsheet would.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestNotesExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    QList<ResolvedNote> m_notes;
    QString m_hostileTitle;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("export.db"));
        ImportJob::Options options;
        options.extract = false;
        const IngestReport report =
            ImportJob(path, {dataDir + QStringLiteral("wire-v1.jsonl")}, options).run();
        QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
        m_db = Store::open(path);
        auto stories = m_db.prepare(QStringLiteral("SELECT id, title FROM stories ORDER BY rowid"));
        QStringList ids;
        while (stories.step()) {
            ids.append(stories.text(0));
            if (stories.text(1).contains(QLatin1String("<script>")))
                m_hostileTitle = stories.text(1);
        }
        QCOMPARE(ids.size(), 3);
        NoteRepository notes(m_db);
        notes.add(NoteTarget::passage(ids[0], QStringLiteral("demand for CoWoS remained very strong")),
                  QStringLiteral("**Key** point:\n- capacity doubles\n- supply short until 2026"),
                  {QStringLiteral("packaging"), QStringLiteral("TSMC")});
        notes.add(NoteTarget::story(ids[1]), QStringLiteral("=1+1 in a note body, \"quoted\", with, commas"),
                  {QStringLiteral("@funding")});
        notes.add(NoteTarget::passage(ids[2], QStringLiteral("<img src=x onerror=alert(1)> stays text")),
                  QStringLiteral("<script>alert('body')</script> -5% and +3"), {QStringLiteral("-risk")});
        m_notes = notes.list();
        QCOMPARE(m_notes.size(), 3);
        QVERIFY(!m_hostileTitle.isEmpty());
    }

    void csvCellEscaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("TSMC") << QStringLiteral("TSMC");
        QTest::newRow("formula") << QStringLiteral("=SUM(A1)") << QStringLiteral("'=SUM(A1)");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
        QTest::newRow("at") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("formula and comma") << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("empty") << QString() << QString();
    }

    void csvCellEscaping()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(CsvWriter::cell(text), cell);
    }

    void markdownReadsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.md"));
        QVERIFY(NotesExporter::write(path, ExportFormat::Markdown, m_notes, false).ok());
        const QString md = QString::fromUtf8(readFile(path));
        QVERIFY(md.startsWith(QLatin1String("# Wirescope notes\n")));
        QCOMPARE(
            md.count(QRegularExpression(QStringLiteral("^## \\d+\\. "), QRegularExpression::MultilineOption)),
            3);
        QVERIFY(md.contains(QLatin1String("## 1. TSMC to double CoWoS capacity as AI demand surges")));
        QVERIFY(md.contains(QLatin1String("> demand for CoWoS remained very strong")));
        QVERIFY(md.contains(QLatin1String("**Key** point:\n- capacity doubles")));
        QVERIFY(md.contains(QLatin1String("wire-v1.jsonl:1, 2024-01-16T09:00:00+08:00")));
        QVERIFY(md.contains(QLatin1String("Tags: packaging, TSMC")));
        // No raw HTML survives for a Markdown viewer to run: every '<' is backslash-escaped.
        QVERIFY(!md.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<"))));
        QVERIFY(md.contains(QLatin1String("\\<script>alert('body')\\</script>")));
        QVERIFY(md.contains(QLatin1String("\\<img src=x onerror=alert(1)\\> stays text")));
    }

    void htmlEscapesEverything()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.html"));
        QVERIFY(NotesExporter::write(path, ExportFormat::Html, m_notes, false).ok());
        const QString html = QString::fromUtf8(readFile(path));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QCOMPARE(html.count(QLatin1String("<div class=\"note\"")), 3);
        QVERIFY(
            html.contains(QLatin1String("<blockquote>demand for CoWoS remained very strong</blockquote>")));
        QVERIFY(html.contains(QLatin1String("<b>Key</b> point:")));
        QVERIFY(html.contains(QLatin1String("<li>capacity doubles</li>")));
        QVERIFY(html.contains(QLatin1String("<a href=\"https://example.com/test/tsmc-cowos\">")));
        // Hostile text from stories and notes is text: the only tags are the exporter's own.
        QCOMPARE(html.count(QLatin1String("<script")), 0);
        QCOMPARE(html.count(QLatin1String("<img")), 0);
        QVERIFY(html.contains(QLatin1String("&lt;img src=x onerror=alert(1)&gt; stays text")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert('body')&lt;/script&gt;")));
        QVERIFY(html.contains(m_hostileTitle.toHtmlEscaped()));
        QVERIFY(!html.contains(QLatin1String("href=\"javascript")));
        QVERIFY(html.contains(QLatin1String("javascript:alert(1)"))); // shown, not linked
        const QStringList tags = html.split(QLatin1Char('<')).mid(1);
        const QRegularExpression allowed(
            QStringLiteral("^/"
                           "?(!DOCTYPE|html|head|meta|title|style|body|h1|h2|h3|p|div|hr|blockquote|br|b|i|"
                           "code|ul|ol|li|cite|a|span)[ >]"));
        for (const QString& tag : tags)
            QVERIFY2(allowed.match(tag).hasMatch(),
                     qPrintable(QStringLiteral("unexpected tag <") + tag.left(30)));
    }

    void csvReadsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.csv"));
        QVERIFY(NotesExporter::write(path, ExportFormat::Csv, m_notes, false).ok());
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(readFile(path)));
        QCOMPARE(rows.size(), 4);
        const QStringList header = rows.first();
        QCOMPARE(header, NotesExporter::csvHeader());
        for (const QStringList& row : rows)
            QCOMPARE(row.size(), header.size());
        auto column = [&](int row, const char* name) {
            return rows[row][header.indexOf(QLatin1String(name))];
        };
        QCOMPARE(column(1, "quote"), QStringLiteral("demand for CoWoS remained very strong"));
        QCOMPARE(column(1, "title"), QStringLiteral("TSMC to double CoWoS capacity as AI demand surges"));
        QCOMPARE(column(1, "date"), QStringLiteral("2024-01-16T09:00:00+08:00"));
        QVERIFY(column(1, "source").endsWith(QLatin1String("wire-v1.jsonl:1")));
        QCOMPARE(column(1, "body"),
                 QStringLiteral("**Key** point:\n- capacity doubles\n- supply short until 2026"));
        QCOMPARE(column(1, "anchor"), QStringLiteral("exact"));
        // Formula-looking cells are neutralized, and keep their text after the apostrophe.
        QCOMPARE(column(2, "body"), QStringLiteral("'=1+1 in a note body, \"quoted\", with, commas"));
        QCOMPARE(column(2, "tags"), QStringLiteral("'@funding"));
        QCOMPARE(column(3, "title"), QLatin1Char('\'') + m_hostileTitle);
        QCOMPARE(column(3, "tags"), QStringLiteral("'-risk"));
        for (const QStringList& row : rows) {
            for (const QString& cell : row) {
                QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)),
                         qPrintable(QStringLiteral("unescaped cell: ") + cell));
            }
        }
    }

    void jsonReadsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.json"));
        QVERIFY(NotesExporter::write(path, ExportFormat::Json, m_notes, false).ok());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(readFile(path), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 3);
        const QJsonObject first = array[0].toObject();
        QCOMPARE(first[QStringLiteral("kind")].toString(), QStringLiteral("passage"));
        QCOMPARE(first[QStringLiteral("quote")].toString(),
                 QStringLiteral("demand for CoWoS remained very strong"));
        QCOMPARE(first[QStringLiteral("anchor")].toString(), QStringLiteral("exact"));
        QCOMPARE(first[QStringLiteral("tags")].toArray().size(), 2);
        QVERIFY(first[QStringLiteral("start")].toInt() > 0);
        QCOMPARE(first[QStringLiteral("end")].toInt() - first[QStringLiteral("start")].toInt(), 37);
        const QJsonObject citation = first[QStringLiteral("citation")].toObject();
        QCOMPARE(citation[QStringLiteral("title")].toString(),
                 QStringLiteral("TSMC to double CoWoS capacity as AI demand surges"));
        QCOMPARE(citation[QStringLiteral("url")].toString(),
                 QStringLiteral("https://example.com/test/tsmc-cowos"));
        QVERIFY(array[1].toObject()[QStringLiteral("start")].isNull());
        QCOMPARE(array[2].toObject()[QStringLiteral("body")].toString(),
                 QStringLiteral("<script>alert('body')</script> -5% and +3")); // JSON keeps text exactly
    }

    void refusesToOverwriteWithoutPermission()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.csv"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("precious\n");
        existing.close();
        const ExportStatus refused = NotesExporter::write(path, ExportFormat::Csv, m_notes, false);
        QCOMPARE(refused.code, ExportStatus::Exists);
        QVERIFY(refused.message.contains(path));
        QCOMPARE(readFile(path), QByteArray("precious\n"));
        QVERIFY(NotesExporter::write(path, ExportFormat::Csv, m_notes, true).ok());
        QVERIFY(readFile(path).startsWith("id,kind,"));
    }

    void unwritableFolderFailsClearlyAndLosesNothing()
    {
        // A regular file standing where the folder should be: a real failure even for root.
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the file that blocks the folder\n");
        file.close();
        const QString target = blocker + QStringLiteral("/out.csv");
        for (ExportFormat format :
             {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Csv, ExportFormat::Json}) {
            const ExportStatus status = NotesExporter::write(target, format, m_notes, true);
            QCOMPARE(status.code, ExportStatus::Failed);
            QVERIFY2(status.message.contains(target), qPrintable(status.message));
            QVERIFY2(status.message.contains(QLatin1String("not a folder")), qPrintable(status.message));
        }
        QCOMPARE(readFile(blocker), QByteArray("the file that blocks the folder\n"));
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/out.json"));
        const ExportStatus status = NotesExporter::write(missing, ExportFormat::Json, m_notes, false);
        QVERIFY2(status.message.contains(QLatin1String("does not exist")), qPrintable(status.message));
        // A folder the system will not write into (procfs), where the existing target stays as it was.
        const ExportStatus proc =
            ExportTarget::write(QStringLiteral("/proc/version"), true, [](QIODevice& device) {
                device.write("replaced");
                return QString();
            });
        QCOMPARE(proc.code, ExportStatus::Failed);
        QVERIFY2(proc.message.contains(QLatin1String("/proc/version")), qPrintable(proc.message));
        QVERIFY(readFile(QStringLiteral("/proc/version")).startsWith("Linux"));
        const ExportStatus folder = NotesExporter::write(m_dir.path(), ExportFormat::Csv, m_notes, true);
        QVERIFY(folder.message.contains(QLatin1String("is a folder")));
    }

    void failedWriterKeepsTheOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("half.json"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("[]\n");
        existing.close();
        const ExportStatus status = ExportTarget::write(path, true, [](QIODevice& device) {
            device.write("[{\"partial\":");
            throw DbError(QStringLiteral("The database went away."));
            return QString();
        });
        QCOMPARE(status.code, ExportStatus::Failed);
        QVERIFY(status.message.contains(QLatin1String("The database went away.")));
        QCOMPARE(readFile(path), QByteArray("[]\n"));
    }

    void corpusTablesExport()
    {
        auto story = m_db.prepare(QStringLiteral("SELECT rowid, id FROM stories ORDER BY rowid LIMIT 1"));
        QVERIFY(story.step());
        const qint64 rowid = story.int64(0);
        const QString storyId = story.text(1);
        m_db.exec(QStringLiteral("INSERT INTO entities(type, name, key, mention_count, story_count) "
                                 "VALUES('company', '=TSMC', 'tsmc', 3, 1)"));
        auto deal = m_db.prepare(QStringLiteral(
            "INSERT INTO deals(story_rowid, kind, status, amount_value, currency, usd, qualifier, "
            "amount_text, "
            "evidence, evidence_start, evidence_end) VALUES(?1, 'investment', 'planned', 28e9, 'USD', 28e9, "
            "'up to', 'US$28 billion', '-capital spending', 0, 10)"));
        deal.bind(1, rowid);
        deal.run();
        CorpusExporter exporter(m_db);

        const QString storiesCsv = m_dir.filePath(QStringLiteral("stories.csv"));
        QVERIFY(exporter.write(CorpusExporter::Table::Stories, ExportFormat::Csv, storiesCsv, false).ok());
        const QList<QStringList> stories = parseCsv(QString::fromUtf8(readFile(storiesCsv)));
        QCOMPARE(stories.size(), 4);
        QCOMPARE(stories[0].first(), QStringLiteral("id"));
        QCOMPARE(stories[3][1], QLatin1Char('\'') + m_hostileTitle);

        const QString selected = m_dir.filePath(QStringLiteral("selected.json"));
        QVERIFY(exporter
                    .write(CorpusExporter::Table::Stories, ExportFormat::Json, selected, false,
                           QSet<QString>{storyId})
                    .ok());
        const QJsonArray one = QJsonDocument::fromJson(readFile(selected)).array();
        QCOMPARE(one.size(), 1);
        QCOMPARE(one[0].toObject()[QStringLiteral("id")].toString(), storyId);
        QVERIFY(one[0]
                    .toObject()[QStringLiteral("source")]
                    .toObject()[QStringLiteral("path")]
                    .toString()
                    .endsWith(QLatin1String("wire-v1.jsonl")));

        const QString entitiesJson = m_dir.filePath(QStringLiteral("entities.json"));
        QVERIFY(
            exporter.write(CorpusExporter::Table::Entities, ExportFormat::Json, entitiesJson, false).ok());
        const QJsonArray entities = QJsonDocument::fromJson(readFile(entitiesJson)).array();
        QCOMPARE(entities.size(), 1);
        QCOMPARE(entities[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("=TSMC"));
        const QString entitiesCsv = m_dir.filePath(QStringLiteral("entities.csv"));
        QVERIFY(exporter.write(CorpusExporter::Table::Entities, ExportFormat::Csv, entitiesCsv, false).ok());
        QCOMPARE(parseCsv(QString::fromUtf8(readFile(entitiesCsv)))[1][2], QStringLiteral("'=TSMC"));

        const QString dealsCsv = m_dir.filePath(QStringLiteral("deals.csv"));
        QVERIFY(exporter.write(CorpusExporter::Table::Deals, ExportFormat::Csv, dealsCsv, false).ok());
        const QList<QStringList> deals = parseCsv(QString::fromUtf8(readFile(dealsCsv)));
        QCOMPARE(deals.size(), 2);
        QCOMPARE(deals[1][1], QStringLiteral("investment"));
        QCOMPARE(deals[1][4], QStringLiteral("28000000000.00"));
        QCOMPARE(deals[1][11], QStringLiteral("'-capital spending"));
        const QString dealsJson = m_dir.filePath(QStringLiteral("deals.json"));
        QVERIFY(exporter.write(CorpusExporter::Table::Deals, ExportFormat::Json, dealsJson, false).ok());
        const QJsonObject amount = QJsonDocument::fromJson(readFile(dealsJson))
                                       .array()[0]
                                       .toObject()[QStringLiteral("amount")]
                                       .toObject();
        QCOMPARE(amount[QStringLiteral("qualifier")].toString(), QStringLiteral("up to"));
        QCOMPARE(amount[QStringLiteral("usd")].toDouble(), 28e9);

        const ExportStatus pdf = exporter.write(CorpusExporter::Table::Deals, ExportFormat::Pdf,
                                                m_dir.filePath(QStringLiteral("deals.pdf")), false);
        QCOMPARE(pdf.code, ExportStatus::Failed);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("deals.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestNotesExport)
#include "TestNotesExport.moc"
