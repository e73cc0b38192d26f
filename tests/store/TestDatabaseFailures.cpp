// Bad database files through the store API (Store::open, Database, ImportJob, the queries the window
// runs): a file from a newer Wirescope, a damaged file, a file that is not SQLite, a read-only file
// and folder, a full disk, and the backup before a schema upgrade. Each gives a message that names
// the file, nothing crashes, and nothing already stored is lost or overwritten.
#include "Store.h"
#include "db/Schema.h"
#include "db/Statement.h"
#include "import/FileImporter.h"
#include "ingest/ImportJob.h"
#include "ingest/IngestPipeline.h"
#include "notes/NoteRepository.h"
#include "repo/CorpusRepository.h"
#include "search/SearchEngine.h"
#include "view/StoryDetailQuery.h"
#include "view/StoryListQuery.h"

#include "../common/RunUnprivileged.h"

#include "../common/OlderDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <sys/wait.h>
#include <unistd.h>

using namespace ws;
using ws::test::runUnprivileged;

namespace {

const QString wireFixture = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/notes/wire-v1.jsonl");

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

qint64 count(Database& db, const QString& sql)
{
    Statement query = db.prepare(sql);
    return query.step() ? query.int64(0) : -1;
}

// `stories` JSON lines of about 2 KB each, distinct by title and body.
void writeCorpus(const QString& path, int stories)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < stories; ++i) {
        QString body;
        for (int s = 0; s < 20; ++s)
            body += QStringLiteral("Foundry %1 reported wafer output of %2 units in quarter %3. ")
                        .arg(i)
                        .arg(s * 37 + i)
                        .arg(s);
        file.write(QStringLiteral(
                       "{\"title\": \"Capacity report %1\", \"body\": \"%2\", \"date\": \"2024-03-%3\"}\n")
                       .arg(i)
                       .arg(body)
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                       .toUtf8());
    }
}

// A database with the wire fixture and two notes, checkpointed into its one file (WAL mode, as
// Wirescope writes it; the -wal file is gone once the last connection closes).
void makeDatabase(const QString& path, const QStringList& extra = {})
{
    ImportJob::Options options;
    options.extract = false;
    const IngestReport report = ImportJob(path, QStringList{wireFixture} + extra, options).run();
    QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
    Database db = Store::open(path);
    QString first;
    CorpusRepository(db).forEachStory([&](const StoryRecord& story) {
        if (first.isEmpty())
            first = story.id;
    });
    NoteRepository notes(db);
    notes.add(NoteTarget::story(first), QStringLiteral("A note written before anything went wrong"),
              {QStringLiteral("kept")});
    notes.add(NoteTarget::story(first), QStringLiteral("A second note"));
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

// Reads as the window and the CLI do, and one write; every failure must be a DbError naming `path`.
// Returns how many of the reads failed.
int readEverything(const QString& path, QStringList& messages)
{
    int failed = 0;
    auto attempt = [&](const std::function<void()>& work) {
        try {
            work();
        } catch (const DbError& error) {
            ++failed;
            messages.append(error.message());
        }
    };
    std::optional<Database> db;
    attempt([&] { db.emplace(Store::open(path)); });
    if (!db)
        return failed;
    attempt([&] { CorpusRepository(*db).forEachStory([](const StoryRecord&) {}); });
    attempt([&] { StoryListQuery(*db, {}).fetch(1000); });
    attempt([&] { StoryListQuery(*db, StoryFilter{{}, QStringLiteral("wafer")}).fetch(1000); });
    attempt([&] {
        for (qint64 rowid = 1; rowid < 400; ++rowid)
            StoryDetailQuery(*db).load(rowid);
    });
    attempt([&] { NoteRepository(*db).list(); });
    const SearchResult result = SearchEngine(*db).search(QStringLiteral("wafer OR capacity"));
    if (!result.ok()) {
        ++failed;
        messages.append(result.error->message);
    }
    return failed;
}

// Mounts a tmpfs of `kib` KiB on `folder` (root only); unmounts when destroyed.
class SmallDisk
{
public:
    SmallDisk(const QString& folder, int kib) : m_folder(folder)
    {
        if (geteuid() != 0)
            return;
        m_mounted =
            QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=%1k").arg(kib), QStringLiteral("tmpfs"), folder}) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_folder});
    }
    bool mounted() const { return m_mounted; }

private:
    QString m_folder;
    bool m_mounted = false;
};

} // namespace

class TestDatabaseFailures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_corpus;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_corpus = m_dir.filePath(QStringLiteral("corpus.jsonl"));
        writeCorpus(m_corpus, 3000);
    }

    // A file from a newer Wirescope: refused by every way in, and not one byte of it changes (also
    // when it was written in rollback-journal mode, which opening for writing would switch to WAL).
    void newerDatabaseIsRefusedByteForByte_data()
    {
        QTest::addColumn<bool>("wal");
        QTest::newRow("rollback journal") << false;
        QTest::newRow("wal") << true;
    }
    void newerDatabaseIsRefusedByteForByte()
    {
        QFETCH(bool, wal);
        const QString path = m_dir.filePath(QStringLiteral("newer-%1.db").arg(wal));
        makeDatabase(path);
        {
            Database raw(path);
            raw.setUserVersion(Schema::currentVersion() + 3);
            raw.exec(wal ? QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")
                         : QStringLiteral("PRAGMA journal_mode=DELETE"));
        }
        const QByteArray before = hashOf(path);
        for (const auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
            try {
                Store::open(path, mode);
                QFAIL("a newer database was opened");
            } catch (const DbError& error) {
                QVERIFY2(error.message().contains(path) &&
                             error.message().contains(QLatin1String("newer version")),
                         qPrintable(error.message()));
            }
        }
        const IngestReport report = ImportJob(path, {m_corpus}).run();
        QVERIFY2(report.fatalError.contains(path) &&
                     report.fatalError.contains(QLatin1String("newer version")),
                 qPrintable(report.fatalError));
        QCOMPARE(report.added, 0);
        QCOMPARE(hashOf(path), before);
    }

    // Random bytes over the middle pages of a real database: every read either works or fails with
    // a DbError that names the file; nothing crashes; reading never writes to the file; an import
    // into it stops with a message that names the file and never truncates or replaces it.
    void damagedPagesGiveAClearMessage()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.db"));
        makeDatabase(path, {m_corpus});
        const qint64 size = QFileInfo(path).size();
        int pageSize = 0;
        {
            Database raw(path, Database::Mode::ReadOnly);
            pageSize = int(count(raw, QStringLiteral("PRAGMA page_size")));
        }
        const qint64 pages = size / pageSize;
        QVERIFY2(pages > 100, "the database is too small to damage its middle");
        // Besides the middle pages, the index every import reads (its duplicate check looks up each
        // story id): an import must meet the damage, whichever tables the middle of the file holds.
        QList<qint64> idIndexPages;
        {
            Database raw(path, Database::Mode::ReadOnly);
            Statement pagesOf = raw.prepare(
                QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'sqlite_autoindex_stories_1' AND pagetype = 'leaf'"));
            while (pagesOf.step())
                idIndexPages.append(pagesOf.int64(0) - 1);
        }
        QVERIFY2(!idIndexPages.isEmpty(), "the story id index has no leaf pages");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QRandomGenerator random(20240611);
            for (const qint64 page : std::as_const(idIndexPages)) {
                QByteArray noise(pageSize, Qt::Uninitialized);
                for (char& c : noise)
                    c = char(random.bounded(256));
                file.seek(page * pageSize);
                file.write(noise);
            }
            for (qint64 page = pages * 3 / 10; page < pages * 7 / 10; page += 3) {
                QByteArray noise(pageSize, Qt::Uninitialized);
                for (char& c : noise)
                    c = char(random.bounded(256));
                file.seek(page * pageSize);
                file.write(noise);
            }
        }
        {
            Database raw(path, Database::Mode::ReadOnly);
            QVERIFY2(count(raw, QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE "
                                               "integrity_check <> 'ok'")) > 0,
                     "the damage is not visible to SQLite");
        }
        const QByteArray before = hashOf(path);
        QStringList messages;
        const int failed = readEverything(path, messages);
        qInfo().noquote() << "damaged database:" << failed << "reads failed:" << messages;
        QVERIFY2(failed > 0, "no read noticed the damage");
        for (const QString& message : std::as_const(messages)) {
            QVERIFY2(message.contains(path) && (message.contains(QLatin1String("damaged")) ||
                                                message.contains(QLatin1String("could not be read"))),
                     qPrintable(message));
        }
        QCOMPARE(hashOf(path), before);

        const IngestReport report = ImportJob(path, {m_corpus}).run();
        qInfo().noquote() << "import into the damaged database:" << report.fatalError;
        QVERIFY2(report.fatalError.contains(path), qPrintable(report.fatalError));
        QVERIFY(QFileInfo(path).size() >= size);
    }

    // A file that is not SQLite at all: refused at open, unchanged, and never replaced by a new database.
    void notSqliteIsRefusedUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.db"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QRandomGenerator random(7);
            QByteArray text = "Quarterly report\n";
            while (text.size() < 64 * 1024)
                text += QByteArray::number(random.generate()) + ' ';
            file.write(text);
        }
        const QByteArray before = hashOf(path);
        for (const auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
            try {
                Store::open(path, mode);
                QFAIL("a file that is not SQLite was opened");
            } catch (const DbError& error) {
                QVERIFY2(error.message().contains(path) &&
                             error.message().contains(QLatin1String("not a Wirescope")),
                         qPrintable(error.message()));
            }
        }
        const IngestReport report = ImportJob(path, {m_corpus}).run();
        QVERIFY2(report.fatalError.contains(path), qPrintable(report.fatalError));
        QCOMPARE(hashOf(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    // Another program's SQLite file (rollback-journal mode, as most are): refused, not switched to WAL.
    void foreignSqliteIsRefusedByteForByte()
    {
        const QString path = m_dir.filePath(QStringLiteral("contacts.sqlite"));
        {
            Database raw(path);
            raw.exec(QStringLiteral("PRAGMA journal_mode=DELETE; CREATE TABLE contacts(name TEXT); "
                                    "INSERT INTO contacts VALUES('someone')"));
        }
        const QByteArray before = hashOf(path);
        for (const auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
            try {
                Store::open(path, mode);
                QFAIL("another program's database was opened");
            } catch (const DbError& error) {
                QVERIFY2(error.message().contains(path) &&
                             error.message().contains(QLatin1String("not a Wirescope")),
                         qPrintable(error.message()));
            }
        }
        QVERIFY(!ImportJob(path, {m_corpus}).run().fatalError.isEmpty());
        QCOMPARE(hashOf(path), before);
    }

    // A database opened read-only through the API: reads work, each write fails naming the file.
    void readOnlyOpenReadsAndRefusesWrites()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly-api.db"));
        makeDatabase(path);
        const QByteArray before = hashOf(path);
        Database db = Store::open(path, Database::Mode::ReadOnly);
        QCOMPARE(CorpusRepository(db).storyCount(), 3);
        QVERIFY(SearchEngine(db).search(QStringLiteral("CoWoS")).total > 0);
        QCOMPARE(NoteRepository(db).count(), 2);
        try {
            NoteRepository(db).add(
                NoteTarget::story(
                    StoryListQuery::storyIds(db, {{}, QStringLiteral("CoWoS")}).values().first()),
                QStringLiteral("cannot be written"));
            QFAIL("a note was written into a read-only database");
        } catch (const DbError& error) {
            QVERIFY2(error.message().contains(path) && error.message().contains(QLatin1String("read-only")),
                     qPrintable(error.message()));
        }
        QCOMPARE(hashOf(path), before);
    }

    // chmod 444 on the file, and on its folder too: the store opens it, reads it (stories, search,
    // notes) and each write fails with a message naming the file. Root ignores permissions, so as
    // root the checks run as the user nobody.
    void readOnlyFileAndFolder_data()
    {
        QTest::addColumn<bool>("folderReadOnly");
        QTest::newRow("file 444") << false;
        QTest::newRow("file 444 in a folder 555") << true;
    }
    void readOnlyFileAndFolder()
    {
        QFETCH(bool, folderReadOnly);
        QTemporaryDir outer;
        QVERIFY(QFile::setPermissions(outer.path(), QFile::permissions(outer.path()) | QFileDevice::ExeOther |
                                                        QFileDevice::ReadOther));
        const QString folder = outer.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/readonly.db");
        makeDatabase(path);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        const auto folderMode = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(folder, folderReadOnly
                                                  ? folderMode
                                                  : folderMode | QFileDevice::WriteOwner |
                                                        QFileDevice::WriteGroup | QFileDevice::WriteOther));
        const QByteArray before = hashOf(path);
        const QString corpus = m_corpus;
        const QString failures = runUnprivileged([path, corpus] {
            QStringList failed;
            try {
                Database db = Store::open(path);
                if (CorpusRepository(db).storyCount() != 3)
                    failed << QStringLiteral("wrong story count");
                if (StoryListQuery(db, {}).fetch(100).size() != 3)
                    failed << QStringLiteral("the story list is not 3 rows");
                if (SearchEngine(db).search(QStringLiteral("CoWoS")).total < 1)
                    failed << QStringLiteral("search found nothing");
                if (NoteRepository(db).count() != 2)
                    failed << QStringLiteral("the notes are not readable");
                try {
                    NoteRepository(db).add(
                        NoteTarget::story(
                            StoryListQuery::storyIds(db, {{}, QStringLiteral("CoWoS")}).values().first()),
                        QStringLiteral("cannot be written"));
                    failed << QStringLiteral("a note was written");
                } catch (const DbError& error) {
                    if (!error.message().contains(path) ||
                        !error.message().contains(QLatin1String("read-only")))
                        failed << QStringLiteral("note write message: ") + error.message();
                }
            } catch (const DbError& error) {
                failed << QStringLiteral("cannot read: ") + error.message() + QStringLiteral(" / ") +
                              error.detail();
            }
            ImportJob::Options options;
            options.extract = false;
            const IngestReport report = ImportJob(path, {corpus}, options).run();
            if (!report.fatalError.contains(path) || !report.fatalError.contains(QLatin1String("read-only")))
                failed << QStringLiteral("import message: ") + report.fatalError;
            return failed.join(QLatin1String("; "));
        });
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
        QCOMPARE(hashOf(path), before);
        QFile::setPermissions(folder, folderMode | QFileDevice::WriteOwner);
    }

    // A full disk stops the import with a message naming the file; what was stored before (stories,
    // notes) stays, and the database stays whole. On a small tmpfs when one can be mounted (root),
    // and always through SQLite's max_page_count on the writing connection.
    void fullDiskKeepsWhatWasStored_data()
    {
        QTest::addColumn<bool>("tmpfs");
        QTest::newRow("max_page_count") << false;
        QTest::newRow("tmpfs") << true;
    }
    void fullDiskKeepsWhatWasStored()
    {
        QFETCH(bool, tmpfs);
        QTemporaryDir folder;
        std::unique_ptr<SmallDisk> disk;
        if (tmpfs) {
            disk = std::make_unique<SmallDisk>(folder.path(), 1536);
            if (!disk->mounted())
                QSKIP("cannot mount a small tmpfs here (needs root and mount rights)");
        }
        const QString path = folder.filePath(QStringLiteral("full.db"));
        makeDatabase(path);
        QString notesBefore;
        qint64 storiesBefore = 0;
        {
            Database db = Store::open(path);
            for (const Note& note : NoteRepository(db).all())
                notesBefore +=
                    QString::number(note.id) + note.body + note.tags.join(QLatin1Char(',')) + note.created;
            storiesBefore = count(db, QStringLiteral("SELECT count(*) FROM stories"));
        }
        QString message;
        if (tmpfs) {
            ImportJob::Options options;
            options.extract = false;
            options.batchSize = 100;
            const IngestReport report = ImportJob(path, {m_corpus}, options).run();
            message = report.fatalError;
        } else {
            Database db = Store::open(path);
            db.exec(QStringLiteral("PRAGMA max_page_count=%1")
                        .arg(count(db, QStringLiteral("PRAGMA page_count")) + 200));
            IngestPipeline pipeline(db, nullptr, 100);
            try {
                pipeline.start({m_corpus});
                FileImporter().importPaths({m_corpus}, pipeline);
                pipeline.finish();
            } catch (const DbError& error) {
                message = error.message();
            }
        }
        qInfo().noquote() << "full disk:" << message;
        QVERIFY2(message.contains(path) && message.contains(QLatin1String("full")), qPrintable(message));

        Database db(path, Database::Mode::ReadOnly);
        QCOMPARE(count(db, QStringLiteral(
                               "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")),
                 qint64(0));
        QString notesAfter;
        for (const Note& note : NoteRepository(db).all())
            notesAfter +=
                QString::number(note.id) + note.body + note.tags.join(QLatin1Char(',')) + note.created;
        QCOMPARE(notesAfter, notesBefore);
        const qint64 stored = count(db, QStringLiteral("SELECT count(*) FROM stories"));
        QVERIFY(stored >= storiesBefore && stored < storiesBefore + 3000);
        QCOMPARE((stored - storiesBefore) % 100, qint64(0)); // whole batches only
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM story_fts_docsize")), stored);
    }

    // An upgrade from an older schema copies the file aside first (<file>.v1.bak, the old version,
    // notes and all); when that copy cannot be written the upgrade does not start.
    void upgradeMakesABackupFirst()
    {
        if (Schema::currentVersion() < 2)
            QSKIP("there is no older schema to upgrade from");
        const QString path = m_dir.filePath(QStringLiteral("old.db"));
        // A schema 1 database with stories and notes.
        test::writeOlderDatabase(
            path, 1,
            QStringLiteral(
                "INSERT INTO stories(id, title, body) VALUES('a', 'One', 'x'), ('b', 'Two', 'y'), ('c', 'Three', 'z');"
                "INSERT INTO notes(story_id, body, created, edited) VALUES"
                " ('a', 'A note written before anything went wrong', 'now', 'now'), ('a', 'A second note', 'now', 'now');"));
        const QString backup = path + QStringLiteral(".v1.bak");

        // The backup path is taken by a folder: the upgrade is refused, the file stays at schema 1.
        QVERIFY(QDir().mkpath(backup));
        try {
            Store::open(path);
            QFAIL("upgraded without a backup");
        } catch (const DbError& error) {
            QVERIFY2(error.message().contains(path) && error.message().contains(backup),
                     qPrintable(error.message()));
        }
        {
            Database raw(path);
            QCOMPARE(raw.userVersion(), 1);
        }
        QVERIFY(QDir(backup).removeRecursively());

        {
            Database db = Store::open(path);
            QCOMPARE(db.userVersion(), Schema::currentVersion());
            QCOMPARE(NoteRepository(db).count(), 2);
        }
        QVERIFY(QFile::exists(backup));
        Database old(backup, Database::Mode::ReadOnly);
        QCOMPARE(old.userVersion(), 1);
        QCOMPARE(count(old, QStringLiteral("SELECT count(*) FROM notes")), qint64(2));
        QCOMPARE(count(old, QStringLiteral("SELECT count(*) FROM stories")), qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFailures)
#include "TestDatabaseFailures.moc"
