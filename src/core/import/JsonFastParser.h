#pragma once

#include "import/JsonNode.h"

#include <QStringView>
#include <optional>

namespace ws {

// A JSON reader for the common case of an import: one object or array per line of clean JSON. Qt 6.4's
// QJsonDocument::fromJson appends string values one character at a time, which made it most of the
// cost of reading a JSON Lines file; this reads the UTF-16 text directly and copies whole runs, into
// a JsonNode tree (no QJsonObject, whose CBOR storage copies every string again).
//
// It accepts only what QJsonDocument reads to the same value, and answers nothing (std::nullopt) for
// the rest: invalid JSON, a number that is not a 64-bit integer, control characters, duplicate keys,
// lone surrogates, deep nesting. The caller then asks QJsonDocument, which gives the verdict and the
// error message, so the fast path never changes what a file means.
class JsonFastParser
{
public:
    // The top-level object or array, or nothing (see above).
    static std::optional<JsonNode> parse(QStringView text);
};

} // namespace ws
