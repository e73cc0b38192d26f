// The PDF export of notes, read back with poppler's pdfinfo and pdftotext.
#include "NotesPdfExporter.h"
#include "Store.h"
#include "db/Statement.h"
#include "ingest/ImportJob.h"
#include "notes/NoteRepository.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

const QString dataDir = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/notes/");

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString& pdf)
{
    const auto match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(run(QStringLiteral("pdfinfo"), {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pdfText(const QString& pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
}

} // namespace

class TestNotesPdfExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    QStringList m_ids;

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("pdf.db"));
        ImportJob::Options options;
        options.extract = false;
        QVERIFY(
            ImportJob(path, {dataDir + QStringLiteral("wire-v1.jsonl")}, options).run().fatalError.isEmpty());
        m_db = Store::open(path);
        auto stories = m_db.prepare(QStringLiteral("SELECT id FROM stories ORDER BY rowid"));
        while (stories.step())
            m_ids.append(stories.text(0));
        QCOMPARE(m_ids.size(), 3);
    }

    void onePageWithCitationsAndQuotes()
    {
        NoteRepository notes(m_db);
        notes.add(NoteTarget::passage(m_ids[0], QStringLiteral("demand for CoWoS remained very strong")),
                  QStringLiteral("**Capacity** is the constraint."), {QStringLiteral("packaging")});
        notes.add(NoteTarget::passage(m_ids[2], QStringLiteral("<img src=x onerror=alert(1)> stays text")),
                  QStringLiteral("<script>alert('body')</script> 台積電 mentioned"));
        const QString pdf = m_dir.filePath(QStringLiteral("notes.pdf"));
        const ExportStatus status = NotesPdfExporter::write(pdf, notes.list(), false);
        QVERIFY2(status.ok(), qPrintable(status.message));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QCOMPARE(pageCount(pdf), 1);
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(text.contains(QLatin1String("Wirescope notes")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("TSMC to double CoWoS capacity as AI demand surges")));
        QVERIFY(text.contains(QLatin1String("demand for CoWoS remained very strong")));
        QVERIFY(text.contains(QLatin1String("Capacity is the constraint.")));
        QVERIFY(text.contains(QLatin1String("wire-v1.jsonl:1")));
        QVERIFY(text.contains(QLatin1String("2024-01-16T09:00:00+08:00")));
        // Hostile text is printed as text, not interpreted.
        QVERIFY(text.contains(QLatin1String("<img src=x onerror=alert(1)> stays text")));
        QVERIFY(text.contains(QLatin1String("<script>alert('body')</script>")));
        QVERIFY(text.contains(QStringLiteral("台積電")));
        // Refuses to overwrite unless asked.
        QCOMPARE(NotesPdfExporter::write(pdf, notes.list(), false).code, ExportStatus::Exists);
    }

    void manyNotesMakeManyPages()
    {
        NoteRepository notes(m_db);
        for (int i = 0; i < 60; ++i) {
            notes.add(NoteTarget::passage(m_ids[1], QStringLiteral("no less than 10.8 billion yuan")),
                      QStringLiteral("Note number %1 on the CXMT round.\n\nA second paragraph to take room.")
                          .arg(i),
                      {QStringLiteral("bulk")});
        }
        NoteFilter filter;
        filter.tag = QStringLiteral("bulk");
        const QString pdf = m_dir.filePath(QStringLiteral("many.pdf"));
        QVERIFY(NotesPdfExporter::writeAny(pdf, ExportFormat::Pdf, notes.list(filter), false).ok());
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
        const QString text = pdfText(pdf);
        QCOMPARE(text.count(QLatin1Char('\f')), pages);
        QVERIFY(text.contains(QLatin1String("Note number 0 on the CXMT round.")));
        QVERIFY(text.contains(QLatin1String("Note number 59 on the CXMT round.")));
    }

    void unwritableFolderFailsAndLosesNothing()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kept");
        file.close();
        const QString target = blocker + QStringLiteral("/notes.pdf");
        const ExportStatus status = NotesPdfExporter::write(target, NoteRepository(m_db).list(), true);
        QCOMPARE(status.code, ExportStatus::Failed);
        QVERIFY2(status.message.contains(target), qPrintable(status.message));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("kept"));
    }

    void otherFormatsGoThroughNotesExporter()
    {
        const QString md = m_dir.filePath(QStringLiteral("notes.md"));
        QVERIFY(
            NotesPdfExporter::writeAny(md, ExportFormat::Markdown, NoteRepository(m_db).list(), false).ok());
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("# Wirescope notes"));
    }
};

QTEST_MAIN(TestNotesPdfExporter)
#include "TestNotesPdfExporter.moc"
