// The backup copy before a schema upgrade: chunk by chunk with progress, stopped between chunks
// without leaving a partial file, and an error that names the file it could not read or write.
#include "db/FileCopy.h"

#include "../common/FileBytes.h"
#include "../common/RunUnprivileged.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace ws;

namespace {

constexpr qint64 chunk = 1024;

// A file of ten and a half chunks of random bytes.
QString writeSource(const QTemporaryDir& dir)
{
    QByteArray bytes(10 * chunk + chunk / 2, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char& byte : bytes)
        byte = char(generator.bounded(256));
    const QString path = dir.filePath(QStringLiteral("source.db"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return path;
}

// Every file in `dir`, hidden ones too: a temporary file left behind would show here.
QStringList filesIn(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestFileCopy : public QObject
{
    Q_OBJECT

private slots:
    void copiesTheWholeFileReportingProgressToTheEnd()
    {
        QTemporaryDir dir;
        const QString source = writeSource(dir);
        const QString copyPath = dir.filePath(QStringLiteral("source.db.v3.bak"));
        QList<std::pair<qint64, qint64>> reports;
        FileCopy copy(source, copyPath, chunk);
        QCOMPARE(copy.run([&](qint64 copied, qint64 total) { reports.append({copied, total}); }),
                 FileCopy::Outcome::Copied);
        QVERIFY(copy.error().isEmpty());
        QCOMPARE(test::fileBytes(copyPath), test::fileBytes(source));
        QCOMPARE(reports.size(), 11);
        QCOMPARE(reports.first(), std::make_pair(chunk, 10 * chunk + chunk / 2));
        QCOMPARE(reports.last(), std::make_pair(10 * chunk + chunk / 2, 10 * chunk + chunk / 2));
        for (int i = 1; i < reports.size(); ++i)
            QVERIFY(reports.at(i).first > reports.at(i - 1).first);
    }

    void copyIsReadableByWhoeverCouldReadTheOriginal()
    {
        QTemporaryDir dir;
        const QString source = writeSource(dir);
        const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        QVERIFY(QFile::setPermissions(source, ownerOnly));
        const QString copyPath = dir.filePath(QStringLiteral("copy"));
        QCOMPARE(FileCopy(source, copyPath, chunk).run(), FileCopy::Outcome::Copied);
        QCOMPARE(QFile::permissions(copyPath) & ~(QFile::ReadUser | QFile::WriteUser), ownerOnly);
    }

    void stoppedCopyLeavesNoPartialFile()
    {
        QTemporaryDir dir;
        const QString source = writeSource(dir);
        std::stop_source stop;
        int reports = 0;
        FileCopy copy(source, dir.filePath(QStringLiteral("source.db.v3.bak")), chunk);
        const auto outcome = copy.run(
            [&](qint64, qint64) {
                if (++reports == 3)
                    stop.request_stop();
            },
            stop.get_token());
        QCOMPARE(outcome, FileCopy::Outcome::Stopped);
        QCOMPARE(reports, 3);
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("source.db")});
    }

    void stopAfterTheLastChunkStillStops()
    {
        // The last chunk is written but the copy not yet renamed into place: no file either.
        QTemporaryDir dir;
        const QString source = writeSource(dir);
        std::stop_source stop;
        FileCopy copy(source, dir.filePath(QStringLiteral("copy")), chunk);
        const auto outcome = copy.run(
            [&](qint64 copied, qint64 total) {
                if (copied == total)
                    stop.request_stop();
            },
            stop.get_token());
        QCOMPARE(outcome, FileCopy::Outcome::Stopped);
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("source.db")});
    }

    void stoppedCopyKeepsAnOlderFileOfThatName()
    {
        QTemporaryDir dir;
        const QString source = writeSource(dir);
        const QString copyPath = dir.filePath(QStringLiteral("copy"));
        QFile older(copyPath);
        QVERIFY(older.open(QIODevice::WriteOnly));
        older.write("the copy before");
        older.close();
        std::stop_source stop;
        stop.request_stop();
        QCOMPARE(FileCopy(source, copyPath, chunk).run({}, stop.get_token()), FileCopy::Outcome::Stopped);
        QCOMPARE(test::fileBytes(copyPath), QByteArray("the copy before"));
    }

    void destinationThatCannotBeWrittenIsNamed_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::newRow("missing folder") << QStringLiteral("missing/copy.bak");
        QTest::newRow("folder in the way") << QStringLiteral("folder.bak");
    }

    void destinationThatCannotBeWrittenIsNamed()
    {
        QFETCH(QString, destination);
        QTemporaryDir dir;
        const QString source = writeSource(dir);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.bak")));
        FileCopy copy(source, dir.filePath(destination), chunk);
        QCOMPARE(copy.run(), FileCopy::Outcome::Failed);
        const QString named = dir.filePath(destination) + QStringLiteral(" could not be written (");
        QVERIFY2(copy.error().startsWith(named), qPrintable(copy.error()));
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("source.db")});
    }

    void readOnlyFolderIsAnErrorNamingTheCopy()
    {
        // Root writes anywhere: where the test runs as root, the copy is tried as the user nobody.
        QTemporaryDir dir;
        const QString source = writeSource(dir);
        const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto enterable = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(source, readable));
        QVERIFY(QFile::setPermissions(dir.path(), readable | enterable));
        const QString destination = dir.filePath(QStringLiteral("source.db.v3.bak"));
        const QString failure = test::runUnprivileged([source, destination] {
            FileCopy copy(source, destination, chunk);
            if (copy.run() != FileCopy::Outcome::Failed)
                return QStringLiteral("the copy was written");
            return copy.error().startsWith(destination + QStringLiteral(" could not be written (")) ? QString()
                                                                                                    : copy.error();
        });
        QVERIFY(QFile::setPermissions(dir.path(), readable | enterable | QFile::WriteOwner)); // to remove it
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("source.db")});
    }

    void sourceThatCannotBeReadIsNamed()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("gone.db"));
        FileCopy copy(source, dir.filePath(QStringLiteral("copy")), chunk);
        QCOMPARE(copy.run(), FileCopy::Outcome::Failed);
        QVERIFY2(copy.error().startsWith(source + QStringLiteral(" could not be read (")),
                 qPrintable(copy.error()));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("copy"))));
    }
};

QTEST_GUILESS_MAIN(TestFileCopy)
#include "TestFileCopy.moc"
