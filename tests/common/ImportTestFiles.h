#pragma once

// The importer tests' sample files (tests/data/import/) and a one-call import of one of them.

#include "import/FileImporter.h"

#include <QString>

namespace ws::test {

inline QString importDataDir()
{
    return QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/import/");
}

// What the importer gives for tests/data/import/<name>: its stories and issues.
inline CollectingSink importTestFile(const QString& name)
{
    CollectingSink sink;
    FileImporter().importFile(importDataDir() + name, sink);
    return sink;
}

} // namespace ws::test
