#pragma once

#include <QString>

namespace ws {

// Finds the data/ folder (gazetteers, deal words, sample corpus): $WIRESCOPE_DATA_DIR, then the
// installed location, then the source tree the binary was built from.
class DataPaths
{
public:
    static QString dataDir();
    static QString gazetteerDir() { return dataDir() + QStringLiteral("/gazetteer"); }
    // Deal triggers and the deal reader's words.
    static QString extractDir() { return dataDir() + QStringLiteral("/extract"); }
    static QString sampleDir() { return dataDir() + QStringLiteral("/sample"); }
};

} // namespace ws
