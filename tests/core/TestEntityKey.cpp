#include "extract/EntityKey.h"

#include <QTest>

using namespace ws;

class TestEntityKey : public QObject
{
    Q_OBJECT

private slots:
    void foldsNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("suffix") << "Nvidia Corp" << "nvidia";
        QTest::newRow("case") << "NVIDIA" << "nvidia";
        QTest::newRow("the and suffixes") << "The Boeing Co Ltd" << "boeing";
        QTest::newRow("traditional Chinese") << QStringLiteral("台積電") << QStringLiteral("台积电");
        QTest::newRow("initials") << "C.C. Wei" << "cc wei";
    }

    void foldsNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(EntityKey::make(name), key);
        QCOMPARE(EntityKey::make(name), key); // the remembered key is the same
    }

    void staysRightPastWhatItRemembers()
    {
        // More distinct names than a thread remembers: the memory is cleared, never wrong.
        for (int i = 0; i < 10'000; ++i)
            QCOMPARE(EntityKey::make(QStringLiteral("Maker %1 Inc").arg(i)), QStringLiteral("maker %1").arg(i));
        QCOMPARE(EntityKey::make(QStringLiteral("Nvidia Corp")), QStringLiteral("nvidia"));
    }
};

QTEST_GUILESS_MAIN(TestEntityKey)
#include "TestEntityKey.moc"
