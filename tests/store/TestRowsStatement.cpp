#include "db/Database.h"
#include "db/DbError.h"
#include "db/RowsStatement.h"
#include "db/Transaction.h"

#include <QtTest>

#include <vector>

using namespace ws;

namespace {

struct Pair
{
    qint64 number;
    QString name;
};

std::vector<Pair> numbered(int count)
{
    std::vector<Pair> rows;
    for (int i = 0; i < count; ++i)
        rows.push_back({i, QStringLiteral("row %1").arg(i)});
    return rows;
}

void bindPair(Statement& insert, int first, const Pair& row)
{
    insert.bind(first, row.number).bind(first + 1, row.name);
}

} // namespace

class TestRowsStatement : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryRowInOrder_data()
    {
        QTest::addColumn<int>("count");
        for (int count : {0, 1, RowsStatement::rowsPerStatement - 1, RowsStatement::rowsPerStatement,
                          RowsStatement::rowsPerStatement + 1, 3 * RowsStatement::rowsPerStatement + 5})
            QTest::addRow("%d rows", count) << count;
    }

    void writesEveryRowInOrder()
    {
        QFETCH(int, count);
        Database db(QStringLiteral(":memory:"));
        db.exec(QStringLiteral("CREATE TABLE pairs(seq INTEGER PRIMARY KEY, number INTEGER NOT NULL, name TEXT NOT NULL)"));
        RowsStatement insert(db, QStringLiteral("INSERT INTO pairs(number, name) VALUES %1"), 2);
        insert.run(numbered(count), bindPair);

        auto read = db.prepare(QStringLiteral("SELECT number, name FROM pairs ORDER BY seq"));
        int i = 0;
        while (read.step()) {
            QCOMPARE(read.int64(0), qint64(i));
            QCOMPARE(read.text(1), QStringLiteral("row %1").arg(i));
            ++i;
        }
        QCOMPARE(i, count);
    }

    void aFailingRowThrows()
    {
        Database db(QStringLiteral(":memory:"));
        db.exec(QStringLiteral("CREATE TABLE pairs(number INTEGER PRIMARY KEY, name TEXT NOT NULL)"));
        RowsStatement insert(db, QStringLiteral("INSERT INTO pairs(number, name) VALUES %1"), 2);
        std::vector<Pair> rows = numbered(RowsStatement::rowsPerStatement + 2);
        rows.back().number = 0; // the same key as the first row
        QVERIFY_THROWS_EXCEPTION(DbError, insert.run(rows, bindPair));
        // The statements run before the failing one have written their rows.
        auto count = db.prepare(QStringLiteral("SELECT count(*) FROM pairs"));
        QVERIFY(count.step());
        QCOMPARE(count.int64(0), qint64(RowsStatement::rowsPerStatement + 1));
    }

    void aClashUnderOrRollbackUndoesTheTransaction()
    {
        // The writer's form: no statement journal, and a clash still fails the whole transaction.
        Database db(QStringLiteral(":memory:"));
        db.exec(QStringLiteral("CREATE TABLE pairs(number INTEGER PRIMARY KEY, name TEXT NOT NULL)"));
        db.exec(QStringLiteral("INSERT INTO pairs VALUES(-1, 'before')"));
        RowsStatement insert(db, QStringLiteral("INSERT OR ROLLBACK INTO pairs(number, name) VALUES %1"), 2);
        std::vector<Pair> rows = numbered(2 * RowsStatement::rowsPerStatement);
        rows.back().number = 0;
        {
            Transaction transaction(db);
            QVERIFY_THROWS_EXCEPTION(DbError, insert.run(rows, bindPair));
        } // its rollback finds none to do, and says nothing
        auto count = db.prepare(QStringLiteral("SELECT count(*) FROM pairs"));
        QVERIFY(count.step());
        QCOMPARE(count.int64(0), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestRowsStatement)
#include "TestRowsStatement.moc"
