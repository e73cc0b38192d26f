#pragma once

#include "import/TextInput.h"

#include <QString>
#include <QStringView>

namespace ws {

// One input format. FileImporter asks every importer how sure it is that a file is in its format
// (from the decoded head of the file; the file name is only a hint) and lets the surest one parse.
class Importer
{
public:
    virtual ~Importer() = default;

    // Short name for messages and help ("JSON", "RSS/Atom feed").
    virtual QString name() const = 0;
    // 0 (not this format) .. 100 (certainly this format).
    virtual int sniff(QStringView head, const QString& fileName) const = 0;
    // Formats parsed whole are refused past ImportLimits::maxWholeFileBytes; others stream.
    virtual bool readsWholeFile() const { return true; }
    // Reads the input and reports stories and issues through it; polls input.isCancelled().
    virtual void parse(TextInput& input) = 0;
};

} // namespace ws
