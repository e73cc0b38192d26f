// The indexes an import into an empty database builds at its end: the same as the schema's, dropped
// only when the database holds no story, built again by the import whatever its end, and by the next
// Store::open after a killed import, but not while another import holds the lock.
#include "Store.h"
#include "db/Statement.h"
#include "ingest/DeferredIndexes.h"
#include "ingest/ImportJob.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ws;

namespace {

QStringList indexSql(Database& db)
{
    QStringList sql;
    Statement query =
        db.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type='index' AND sql IS NOT NULL"));
    while (query.step())
        sql.append(query.text(0));
    sql.sort();
    return sql;
}

QStringList deferred()
{
    QStringList sql = DeferredIndexes::statements();
    sql.sort();
    return sql;
}

bool containsAll(const QStringList& all, const QStringList& some)
{
    for (const QString& one : some) {
        if (!all.contains(one))
            return false;
    }
    return true;
}

void writeCorpus(const QString& path, int stories)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < stories; ++i)
        file.write(QStringLiteral(
                       "{\"title\": \"Story %1\", \"date\": \"2024-01-%2\", \"body\": \"Samsung Electronics "
                       "agreed to buy a stake in plant %1 for $%1 million.\"}\n")
                       .arg(i)
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                       .toUtf8());
}

} // namespace

class TestDeferredIndexes : public QObject
{
    Q_OBJECT

private slots:
    void statementsAreTheSchemasOwn()
    {
        Database db = Store::open(QStringLiteral(":memory:"));
        // Six, each an index the latest schema has (a later step that drops or renames one fails here).
        QCOMPARE(deferred().size(), 6);
        QVERIFY(!deferred().contains(QString()));
        QVERIFY(containsAll(indexSql(db), deferred()));
    }

    void droppedOnlyFromAnEmptyDatabaseAndRestored()
    {
        Database db = Store::open(QStringLiteral(":memory:"));
        const QStringList before = indexSql(db);
        QVERIFY(DeferredIndexes::dropIfEmpty(db));
        for (const QString& sql : deferred())
            QVERIFY(!indexSql(db).contains(sql));
        DeferredIndexes::restore(db);
        QCOMPARE(indexSql(db), before);

        db.exec(QStringLiteral("INSERT INTO stories(id, title, body) VALUES('a', 't', 'b')"));
        QVERIFY(!DeferredIndexes::dropIfEmpty(db));
        QCOMPARE(indexSql(db), before);
    }

    void anImportIntoAnEmptyDatabaseEndsWithItsIndexes()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("corpus.jsonl"));
        writeCorpus(corpus, 300);
        const QString path = dir.filePath(QStringLiteral("w.db"));
        const IngestReport report = ImportJob(path, {corpus}).run();
        QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
        QCOMPARE(report.added, 300);
        Database db = Store::open(path);
        QVERIFY(containsAll(indexSql(db), deferred()));
        QVERIFY(!QFile::exists(path + QStringLiteral(".indexing"))); // the lock is gone
        Statement dated =
            db.prepare(QStringLiteral("SELECT count(*) FROM stories WHERE date >= '2024-01-15'"));
        QVERIFY(dated.step());
        QVERIFY(dated.int64(0) > 0);
    }

    // A killed import leaves them missing: the next open builds them, unless an import holds the lock.
    void openBuildsMissingIndexesUnlessAnImportHoldsTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.db"));
        {
            Database db = Store::open(path);
            QVERIFY(DeferredIndexes::dropIfEmpty(db));
        }
        {
            const IndexBuildLock running(path);
            QVERIFY(running.isHeld());
            Database db = Store::open(path);
            QVERIFY(!containsAll(indexSql(db), deferred()));
        }
        Database db = Store::open(path);
        QVERIFY(containsAll(indexSql(db), deferred()));
    }
};

QTEST_GUILESS_MAIN(TestDeferredIndexes)
#include "TestDeferredIndexes.moc"
