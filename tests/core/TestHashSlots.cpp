// HashSlots: what is added is found, what is not is not, values survive the table's growth, and
// keys that share their low or high bits do not hide one another.
#include "extract/HashSlots.h"

#include <QTest>

using namespace ws;

class TestHashSlots : public QObject
{
    Q_OBJECT

private slots:
    void emptyFindsNothing()
    {
        const HashSlots<int> table;
        QCOMPARE(table.find(0), nullptr);
        QCOMPARE(table.find(42), nullptr);
        QCOMPARE(table.size(), size_t(0));
    }

    void addedIsFound()
    {
        HashSlots<int> table;
        table[7] = 70;
        table[0] = 1; // zero is a key like any other
        QVERIFY(table.find(7));
        QCOMPARE(*table.find(7), 70);
        QCOMPARE(*table.find(0), 1);
        QCOMPARE(table.find(8), nullptr);
        table[7] += 1;
        QCOMPARE(*table.find(7), 71);
        QCOMPARE(table.size(), size_t(2));
    }

    void valuesSurviveGrowth()
    {
        HashSlots<QList<int>> table;
        for (quint64 k = 0; k < 5000; ++k)
            table[k * 0x100000001b3ull].append(int(k));
        QCOMPARE(table.size(), size_t(5000));
        for (quint64 k = 0; k < 5000; ++k) {
            const QList<int>* found = table.find(k * 0x100000001b3ull);
            QVERIFY(found);
            QCOMPARE(*found, QList<int>{int(k)});
        }
        QCOMPARE(table.find(5001 * 0x100000001b3ull), nullptr);
    }

    void keysAlikeInTheirBitsStayApart()
    {
        HashSlots<int> table;
        for (int k = 0; k < 64; ++k) {
            table[quint64(1) << k] = k;              // one bit each
            table[(quint64(k) << 56) | 5] = 100 + k; // the same low bits
        }
        for (int k = 0; k < 64; ++k) {
            QCOMPARE(*table.find(quint64(1) << k), k);
            QCOMPARE(*table.find((quint64(k) << 56) | 5), 100 + k);
        }
    }
};

QTEST_GUILESS_MAIN(TestHashSlots)
#include "TestHashSlots.moc"
