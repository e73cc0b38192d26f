// wirescope-cli notes add|list|edit|delete|export and export --what, through CliApp.
#include "CliApp.h"
#include "Store.h"
#include "db/Statement.h"
#include "ingest/ImportJob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

const QString dataDir = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/notes/");

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestNotesCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_tsmc;
    QString m_cxmt;

    Result cli(const QStringList& arguments)
    {
        Result result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.code =
            CliApp(QStringList{QStringLiteral("wirescope-cli"), QStringLiteral("--db"), m_db} + arguments)
                .run(out, err);
        out.flush();
        err.flush();
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli.db"));
        ImportJob::Options options;
        options.extract = false;
        QVERIFY(
            ImportJob(m_db, {dataDir + QStringLiteral("wire-v1.jsonl")}, options).run().fatalError.isEmpty());
        Database db = Store::open(m_db);
        auto stories = db.prepare(QStringLiteral("SELECT id FROM stories ORDER BY rowid"));
        QVERIFY(stories.step());
        m_tsmc = stories.text(0);
        QVERIFY(stories.step());
        m_cxmt = stories.text(0);
    }

    void addPrintsTheId()
    {
        const Result added =
            cli({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("--story"), m_tsmc,
                 QStringLiteral("--quote"), QStringLiteral("demand for CoWoS remained very strong"),
                 QStringLiteral("--tag"), QStringLiteral("packaging"), QStringLiteral("--tag"),
                 QStringLiteral("tsmc"), QStringLiteral("--text"), QStringLiteral("Capacity first")});
        QCOMPARE(added.code, int(CliApp::Ok));
        QCOMPARE(added.out.trimmed(), QStringLiteral("1"));
    }

    void addJsonPrintsTheNote()
    {
        const Result added =
            cli({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("--story"), m_cxmt,
                 QStringLiteral("--text"), QStringLiteral("Whole story"), QStringLiteral("--json")});
        QCOMPARE(added.code, int(CliApp::Ok));
        const QJsonObject note = QJsonDocument::fromJson(added.out.toUtf8()).object();
        QCOMPARE(note[QStringLiteral("id")].toInt(), 2);
        QCOMPARE(note[QStringLiteral("kind")].toString(), QStringLiteral("story"));
        QCOMPARE(note[QStringLiteral("story")].toString(), m_cxmt);
        QCOMPARE(note[QStringLiteral("citation")].toObject()[QStringLiteral("title")].toString(),
                 QStringLiteral("CXMT raises funds for HBM packaging line"));
    }

    void addRefusesBadInput()
    {
        const Result noText =
            cli({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("--story"), m_tsmc});
        QCOMPARE(noText.code, int(CliApp::UsageError));
        QVERIFY(noText.err.contains(QLatin1String("--text")));
        const Result missing =
            cli({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("--story"),
                 QStringLiteral("ffffffffffffffff"), QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(missing.code, int(CliApp::InputFailed));
        QVERIFY(missing.err.contains(QLatin1String("ffffffffffffffff")));
        const Result quote =
            cli({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("--story"), m_tsmc,
                 QStringLiteral("--quote"), QStringLiteral("not in this story at all"),
                 QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(quote.code, int(CliApp::InputFailed));
        QVERIFY(quote.err.contains(QLatin1String("not in story")));
        QCOMPARE(cli({QStringLiteral("notes"), QStringLiteral("frobnicate")}).code, int(CliApp::UsageError));
    }

    void listJson()
    {
        const Result listed =
            cli({QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.code, int(CliApp::Ok));
        const QJsonArray notes = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(notes.size(), 2);
        const QJsonObject first = notes[0].toObject();
        for (const char* key : {"id", "story", "quote", "start", "end", "body", "tags", "created", "edited",
                                "anchor", "citation"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first[QStringLiteral("quote")].toString(),
                 QStringLiteral("demand for CoWoS remained very strong"));
        QCOMPARE(first[QStringLiteral("end")].toInt() - first[QStringLiteral("start")].toInt(), 37);
        QCOMPARE(first[QStringLiteral("tags")].toArray().size(), 2);
        QCOMPARE(first[QStringLiteral("anchor")].toString(), QStringLiteral("exact"));
        const QJsonObject citation = first[QStringLiteral("citation")].toObject();
        QCOMPARE(citation[QStringLiteral("title")].toString(),
                 QStringLiteral("TSMC to double CoWoS capacity as AI demand surges"));
        QVERIFY(citation[QStringLiteral("source")].toString().endsWith(QLatin1String("wire-v1.jsonl:1")));
        QCOMPARE(citation[QStringLiteral("date")].toString(), QStringLiteral("2024-01-16T09:00:00+08:00"));

        const Result tagged = cli({QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("--json"),
                                   QStringLiteral("--tag"), QStringLiteral("packaging")});
        QCOMPARE(QJsonDocument::fromJson(tagged.out.toUtf8()).array().size(), 1);
        const Result plain = cli({QStringLiteral("notes"), QStringLiteral("list")});
        QCOMPARE(plain.out.count(QLatin1Char('\n')), 2);
    }

    void editAndDelete()
    {
        const Result added = cli({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("--story"),
                                  m_cxmt, QStringLiteral("--text"), QStringLiteral("temporary")});
        const QString id = added.out.trimmed();
        const Result edited = cli({QStringLiteral("notes"), QStringLiteral("edit"), id,
                                   QStringLiteral("--text"), QStringLiteral("changed"),
                                   QStringLiteral("--tag"), QStringLiteral("t1"), QStringLiteral("--json")});
        QCOMPARE(edited.code, int(CliApp::Ok));
        QCOMPARE(QJsonDocument::fromJson(edited.out.toUtf8()).object()[QStringLiteral("body")].toString(),
                 QStringLiteral("changed"));
        QCOMPARE(cli({QStringLiteral("notes"), QStringLiteral("delete"), id}).code, int(CliApp::Ok));
        QCOMPARE(cli({QStringLiteral("notes"), QStringLiteral("delete"), id}).code, int(CliApp::InputFailed));
        const Result listed =
            cli({QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 2);
    }

    void exportNeedsForceToOverwrite()
    {
        const QString out = m_dir.filePath(QStringLiteral("notes.json"));
        const QStringList exportJson{QStringLiteral("notes"),    QStringLiteral("export"),
                                     QStringLiteral("--format"), QStringLiteral("json"),
                                     QStringLiteral("--out"),    out};
        QCOMPARE(cli(exportJson).code, int(CliApp::Ok));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).array().size(), 2);
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("mine");
        file.close();
        const Result refused = cli(exportJson);
        QCOMPARE(refused.code, int(CliApp::InputFailed));
        QVERIFY(refused.err.contains(QLatin1String("--force")));
        QVERIFY(refused.err.contains(out));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("mine"));
        file.close();
        QCOMPARE(cli(exportJson + QStringList{QStringLiteral("--force")}).code, int(CliApp::Ok));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("["));
    }

    void exportEveryFormat()
    {
        for (const QString format :
             {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("csv"), QStringLiteral("pdf")}) {
            const QString out = m_dir.filePath(QStringLiteral("all.") + format);
            const Result result = cli({QStringLiteral("notes"), QStringLiteral("export"),
                                       QStringLiteral("--format"), format, QStringLiteral("--out"), out});
            QVERIFY2(result.code == CliApp::Ok, qPrintable(result.err));
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            if (format == QLatin1String("pdf"))
                QVERIFY(content.startsWith("%PDF-"));
            else
                QVERIFY2(content.contains("demand for CoWoS remained very strong"), qPrintable(format));
        }
        const Result badFormat =
            cli({QStringLiteral("notes"), QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("docx"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x"))});
        QCOMPARE(badFormat.code, int(CliApp::UsageError));
    }

    void exportIntoAFileFails()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("plain-file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString out = blocker + QStringLiteral("/notes.csv");
        const Result result =
            cli({QStringLiteral("notes"), QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--out"), out});
        QCOMPARE(result.code, int(CliApp::InputFailed));
        QVERIFY2(result.err.contains(out), qPrintable(result.err));
    }

    void exportCorpusTables()
    {
        const QString out = m_dir.filePath(QStringLiteral("stories.csv"));
        const Result result =
            cli({QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("stories"),
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
        QCOMPARE(result.code, int(CliApp::Ok));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 4); // the header and three stories
        const Result pdf = cli({QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("deals"),
                                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                                m_dir.filePath(QStringLiteral("deals.pdf"))});
        QCOMPARE(pdf.code, int(CliApp::UsageError));
        const Result what = cli({QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("notes"),
                                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                                 m_dir.filePath(QStringLiteral("n.csv"))});
        QCOMPARE(what.code, int(CliApp::UsageError));
    }
};

QTEST_MAIN(TestNotesCommand)
#include "TestNotesCommand.moc"
