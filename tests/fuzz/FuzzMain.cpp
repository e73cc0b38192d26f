// One libFuzzer target: the entry point named WIRESCOPE_FUZZ_TARGET in FuzzTargets.h. A broken promise
// (not only a crash) aborts, so libFuzzer saves the input as a crash file.
#include "FuzzTargets.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Some Qt code (translations, QTemporaryDir's application name) wants an application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString problem = ws::fuzz::runTarget(QStringLiteral(WIRESCOPE_FUZZ_TARGET), bytes);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_%s: %s\n", WIRESCOPE_FUZZ_TARGET, qPrintable(problem));
        std::abort();
    }
    return 0;
}
