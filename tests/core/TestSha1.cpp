#include "model/Sha1.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>
#include <atomic>
#include <thread>

using namespace ws;

// Story ids are SHA-1 digests: OpenSSL's must be exactly QCryptographicHash's, at every length (the
// padding differs around each 64-byte block) and on any bytes.
class TestSha1 : public QObject
{
    Q_OBJECT

    static QByteArray viaOpenSsl(const QByteArray& data)
    {
        const Sha1::Digest digest = Sha1::hash(data);
        return QByteArray(reinterpret_cast<const char*>(digest.data()), qsizetype(digest.size()));
    }

    static QByteArray viaQt(const QByteArray& data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha1);
    }

private slots:
    void knownDigests()
    {
        QCOMPARE(viaOpenSsl({}).toHex(), QByteArray("da39a3ee5e6b4b0d3255bfef95601890afd80709"));
        QCOMPARE(viaOpenSsl("abc").toHex(), QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d"));
    }

    void sameAsQtAtEveryLength()
    {
        QRandomGenerator random(20261207);
        for (int length = 0; length <= 1100; ++length) {
            QByteArray data(length, Qt::Uninitialized);
            for (char& c : data)
                c = char(random.bounded(256));
            QCOMPARE(viaOpenSsl(data), viaQt(data));
        }
    }

    void sameAsQtOnLargeInput()
    {
        QRandomGenerator random(7);
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (char& c : data)
            c = char(random.bounded(256));
        QCOMPARE(viaOpenSsl(data), viaQt(data));
    }

    void sameAsQtFromManyThreads()
    {
        // A context per thread: hashing from the import's reader and workers at once stays exact.
        QList<QByteArray> inputs;
        for (int i = 0; i < 64; ++i)
            inputs.append(QByteArray(i * 37, char('a' + i % 26)));
        std::atomic<int> mismatches = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int round = 0; round < 50; ++round) {
                    for (const QByteArray& input : inputs)
                        mismatches += viaOpenSsl(input) != viaQt(input);
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSha1)
#include "TestSha1.moc"
