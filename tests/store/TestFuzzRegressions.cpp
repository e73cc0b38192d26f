#include "../fuzz/FuzzTargets.h"

#include <QDir>
#include <QTest>

// Replays every fuzz seed (tests/data/fuzz/<target>/) and every input a fuzzer once broke
// (tests/data/fuzz/regressions/<target>/<name>, docs/FUZZING.md) through the entry points the
// libFuzzer targets use, so the fixes stay fixed in the ordinary ctest run, without clang. An input
// that crashes fails the run; one that breaks a promise (a date not ISO 8601, a query that parses but
// does not run) fails its row.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasSeeds_data();
    void everyTargetHasSeeds();
    void replay_data();
    void replay();
};

namespace {

const QString fuzzData = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/fuzz");

QStringList filesIn(const QString& dir)
{
    QStringList files;
    for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files, QDir::Name))
        files.append(info.absoluteFilePath());
    return files;
}

} // namespace

void TestFuzzRegressions::everyTargetHasSeeds_data()
{
    QTest::addColumn<QString>("target");
    for (const QString& target : ws::fuzz::targetNames())
        QTest::newRow(qPrintable(target)) << target;
}

void TestFuzzRegressions::everyTargetHasSeeds()
{
    QFETCH(QString, target);
    QVERIFY2(!filesIn(fuzzData + QLatin1Char('/') + target).isEmpty(),
             qPrintable(QStringLiteral("no seed corpus in %1/%2").arg(fuzzData, target)));
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    // Regressions are filed by target; a folder that names no target is a mistake, caught in replay().
    const QStringList regressionTargets =
        QDir(fuzzData + QStringLiteral("/regressions")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& target : regressionTargets)
        for (const QString& file : filesIn(fuzzData + QStringLiteral("/regressions/") + target))
            QTest::newRow(qPrintable(QStringLiteral("regression %1/%2").arg(target, QFileInfo(file).fileName())))
                << target << file;
    for (const QString& target : ws::fuzz::targetNames())
        for (const QString& file : filesIn(fuzzData + QLatin1Char('/') + target))
            QTest::newRow(qPrintable(QStringLiteral("seed %1/%2").arg(target, QFileInfo(file).fileName())))
                << target << file;
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(file));
    const QString problem = ws::fuzz::runTarget(target, input.readAll());
    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(file, problem)));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
