#pragma once

#include <QString>

namespace ws {

// Finds the data/ folder (gazetteers, sample corpus): $WIRESCOPE_DATA_DIR, then the installed
// location, then the source tree the binary was built from.
class DataPaths
{
public:
    static QString dataDir();
    static QString gazetteerDir() { return dataDir() + QStringLiteral("/gazetteer"); }
    static QString sampleDir() { return dataDir() + QStringLiteral("/sample"); }
};

} // namespace ws
