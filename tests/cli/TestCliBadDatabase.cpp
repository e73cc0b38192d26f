// Bad database files through wirescope-cli (CliApp, as the binary runs it): a file from a newer
// Wirescope (and, not bad, an older one, upgraded with a notice), damaged pages, a file that is not SQLite, a read-only file and folder, a full disk.
// Each command exits with the database error code and a message on stderr that names the file,
// and nothing the file held is lost or overwritten.
#include "CliApp.h"
#include "Store.h"
#include "db/Schema.h"
#include "db/Statement.h"

#include "../common/OlderDatabase.h"
#include "../common/RunUnprivileged.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <sys/wait.h>
#include <unistd.h>

using namespace ws;
using ws::test::runUnprivileged;

namespace {

const QString wireFixture = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/notes/wire-v1.jsonl");

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result cli(const QString& db, const QStringList& arguments)
{
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = CliApp(QStringList{QStringLiteral("wirescope-cli"), QStringLiteral("--db"), db} + arguments)
                      .run(out, err);
    out.flush();
    err.flush();
    return result;
}

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

// `stories` JSON lines of about 2 KB each.
void writeCorpus(const QString& path, int stories)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < stories; ++i) {
        QString body;
        for (int s = 0; s < 20; ++s)
            body += QStringLiteral("Plant %1 shipped %2 wafers in week %3. ").arg(i).arg(s * 41 + i).arg(s);
        file.write(
            QStringLiteral("{\"title\": \"Shipments %1\", \"body\": \"%2\", \"date\": \"2024-04-%3\"}\n")
                .arg(i)
                .arg(body)
                .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                .toUtf8());
    }
}

// A database made through the CLI: the wire fixture (and `extra`), two notes; WAL mode, all of it in
// the one file (the CLI's connection checkpoints as it closes).
// Returns the notes as `notes list --json` prints them.
QString makeDatabase(const QString& db, const QStringList& extra = {})
{
    Result ingest =
        cli(db, QStringList{QStringLiteral("ingest"), QStringLiteral("--no-extract"), wireFixture} + extra);
    if (ingest.code != CliApp::Ok)
        return QStringLiteral("ingest failed: ") + ingest.err;
    const QString story = cli(db, {QStringLiteral("stories")}).out.section(QLatin1Char('\t'), 0, 0);
    cli(db, {QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("--story"), story,
             QStringLiteral("--text"), QStringLiteral("Kept through everything"), QStringLiteral("--tag"),
             QStringLiteral("kept")});
    cli(db, {QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("--story"), story,
             QStringLiteral("--text"), QStringLiteral("Second note")});
    return cli(db, {QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("--json")}).out;
}

} // namespace

class TestCliBadDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_corpus;

    // Every command fails with the database error code and a message naming `db` that contains
    // `says`; the file does not change.
    void expectRefused(const QString& db, const QString& says)
    {
        const QByteArray before = hashOf(db);
        const QList<QStringList> commands = {
            {QStringLiteral("stories"), QStringLiteral("--json")},
            {QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("wafers")},
            {QStringLiteral("notes"), QStringLiteral("list")},
            {QStringLiteral("ingest"), QStringLiteral("--no-extract"), m_corpus},
            {QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("--story"),
             QStringLiteral("0123456789abcdef"), QStringLiteral("--text"), QStringLiteral("x")},
        };
        for (const QStringList& command : commands) {
            const Result result = cli(db, command);
            qInfo().noquote() << command.first() << "->" << result.code << result.err.trimmed();
            QCOMPARE(result.code, int(CliApp::DatabaseError));
            QVERIFY2(result.err.contains(db) && result.err.contains(says), qPrintable(result.err));
            QCOMPARE(hashOf(db), before);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_corpus = m_dir.filePath(QStringLiteral("corpus.jsonl"));
        writeCorpus(m_corpus, 3000);
    }

    void newerDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("newer.db"));
        QVERIFY(!makeDatabase(db).isEmpty());
        {
            Database raw(db);
            raw.setUserVersion(Schema::currentVersion() + 1);
            raw.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        }
        expectRefused(db, QStringLiteral("newer version of Wirescope"));
    }

    void olderDatabaseIsUpgradedWithANotice()
    {
        // Not a bad file: an older one. Every command upgrades it and says so first on stderr (the
        // backup copy takes seconds on a large corpus); the output on stdout stays as scripts read it.
        for (const QStringList& command : {QStringList{QStringLiteral("stories"), QStringLiteral("--json")},
                                           QStringList{QStringLiteral("ingest"), m_corpus}}) {
            const QString db = m_dir.filePath(QStringLiteral("older-%1.db").arg(command.first()));
            test::writeOlderDatabase(db, 3);
            const Result result = cli(db, command);
            QCOMPARE(result.code, 0);
            QVERIFY2(result.err.contains(QLatin1String("upgrading older-")), qPrintable(result.err));
            QVERIFY(!result.out.contains(QLatin1String("upgrading")));
            QVERIFY(QFile::exists(db + QStringLiteral(".v3.bak")));
            // Once upgraded, nothing more is said.
            const Result again = cli(db, {QStringLiteral("stories")});
            QCOMPARE(again.code, 0);
            QVERIFY2(!again.err.contains(QLatin1String("upgrading")), qPrintable(again.err));
        }
    }

    void notSqlite()
    {
        const QString db = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("These are my notes, not a database.\n").repeated(500));
        file.close();
        expectRefused(db, QStringLiteral("not a Wirescope database"));
    }

    // Random bytes over the middle pages: the reading commands fail with "damaged" and the file's
    // name, or (where the damage is elsewhere) work; none crashes or changes the file.
    void damagedPages()
    {
        const QString db = m_dir.filePath(QStringLiteral("damaged.db"));
        QVERIFY(!makeDatabase(db, {m_corpus}).isEmpty());
        const qint64 size = QFileInfo(db).size();
        const int pageSize = 4096;
        {
            QFile file(db);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QRandomGenerator random(99);
            for (qint64 page = size / pageSize * 3 / 10; page < size / pageSize * 7 / 10; page += 2) {
                QByteArray noise(pageSize, Qt::Uninitialized);
                for (char& c : noise)
                    c = char(random.bounded(256));
                file.seek(page * pageSize);
                file.write(noise);
            }
        }
        const QByteArray before = hashOf(db);
        int damaged = 0;
        for (const QStringList& command : QList<QStringList>{
                 {QStringLiteral("stories"), QStringLiteral("--json")},
                 {QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("wafers OR shipped")},
                 {QStringLiteral("notes"), QStringLiteral("list")},
                 {QStringLiteral("export"), QStringLiteral("--what"), QStringLiteral("stories"),
                  QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("out.csv")), QStringLiteral("--force")}}) {
            const Result result = cli(db, command);
            qInfo().noquote() << command.first() << "->" << result.code << result.err.trimmed().left(300);
            if (result.code != CliApp::Ok) {
                ++damaged;
                QVERIFY2(result.code != CliApp::UsageError, "a damaged file is reported as a usage error");
                QVERIFY2(result.err.contains(db), qPrintable(result.err));
                QVERIFY2(result.err.contains(QLatin1String("damaged")) ||
                             result.err.contains(QLatin1String("could not be read")),
                         qPrintable(result.err));
            }
            QCOMPARE(hashOf(db), before);
        }
        QVERIFY2(damaged > 0, "no command noticed the damage");
        const Result ingest = cli(db, {QStringLiteral("ingest"), QStringLiteral("--no-extract"), m_corpus});
        qInfo().noquote() << "ingest ->" << ingest.code << ingest.err.trimmed().left(300);
        QCOMPARE(ingest.code, int(CliApp::DatabaseError));
        QVERIFY2(ingest.err.contains(db), qPrintable(ingest.err));
        QVERIFY(QFileInfo(db).size() >= size);
    }

    // chmod 444 and a read-only folder: stories, search and notes list work; writes fail naming the file.
    void readOnly()
    {
        QTemporaryDir outer;
        QFile::setPermissions(outer.path(), QFile::permissions(outer.path()) | QFileDevice::ExeOther |
                                                QFileDevice::ReadOther);
        const QString folder = outer.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/ro.db");
        const QString notes = makeDatabase(db);
        QVERIFY(!notes.isEmpty());
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                          QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QByteArray before = hashOf(db);
        const QString wire = wireFixture;
        const QString failures = runUnprivileged([db, notes, wire] {
            QStringList failed;
            const Result stories = cli(db, {QStringLiteral("stories"), QStringLiteral("--json")});
            if (stories.code != CliApp::Ok ||
                QJsonDocument::fromJson(stories.out.toUtf8()).array().size() != 3)
                failed << QStringLiteral("stories: ") + stories.err;
            const Result search =
                cli(db, {QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("CoWoS")});
            if (search.code != CliApp::Ok || !search.out.contains(QLatin1String("\"total\"")))
                failed << QStringLiteral("search: ") + search.err;
            const Result listed =
                cli(db, {QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("--json")});
            if (listed.out != notes)
                failed << QStringLiteral("notes list: ") + listed.err;
            const QString story =
                QJsonDocument::fromJson(stories.out.toUtf8()).array().at(0)[QStringLiteral("id")].toString();
            for (const QStringList& write : QList<QStringList>{
                     {QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("--story"), story,
                      QStringLiteral("--text"), QStringLiteral("x")},
                     {QStringLiteral("ingest"), QStringLiteral("--no-extract"), wire}}) {
                const Result result = cli(db, write);
                if (result.code != CliApp::DatabaseError || !result.err.contains(db) ||
                    !result.err.contains(QLatin1String("read-only")))
                    failed << write.first() +
                                  QStringLiteral(": exit %1, %2").arg(result.code).arg(result.err);
            }
            return failed.join(QLatin1String("; "));
        });
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
        QCOMPARE(hashOf(db), before);
        QFile::setPermissions(folder, QFile::permissions(folder) | QFileDevice::WriteOwner);
    }

    // A full disk (a 1.5 MB tmpfs): the import fails naming the file and the disk; the notes and
    // the stories stored before are all there afterwards.
    void fullDisk()
    {
        QTemporaryDir folder;
        if (geteuid() != 0 ||
            QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=1536k"), QStringLiteral("tmpfs"), folder.path()}) != 0)
            QSKIP("cannot mount a small tmpfs here (needs root); TestDatabaseFailures covers a full database "
                  "through max_page_count");
        const auto unmount =
            qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {folder.path()}); });
        const QString db = folder.filePath(QStringLiteral("full.db"));
        const QString notes = makeDatabase(db);
        QVERIFY(!notes.isEmpty());
        const QString storiesBefore = cli(db, {QStringLiteral("stories")}).out;

        const Result ingest = cli(db, {QStringLiteral("ingest"), QStringLiteral("--no-extract"), m_corpus});
        qInfo().noquote() << "ingest on a full disk ->" << ingest.code << ingest.err.trimmed();
        QCOMPARE(ingest.code, int(CliApp::DatabaseError));
        QVERIFY2(ingest.err.contains(db) && ingest.err.contains(QLatin1String("full")),
                 qPrintable(ingest.err));

        QCOMPARE(cli(db, {QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("--json")}).out,
                 notes);
        const QString storiesAfter = cli(db, {QStringLiteral("stories")}).out;
        for (const QString& line : storiesBefore.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(storiesAfter.contains(line), qPrintable(line));
        Database check(db, Database::Mode::ReadOnly);
        Statement integrity = check.prepare(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(integrity.step());
        QCOMPARE(integrity.text(0), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestCliBadDatabase)
#include "TestCliBadDatabase.moc"
