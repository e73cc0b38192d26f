#pragma once

#include <QtGlobal>

namespace ws {

// Sizes past which input is refused rather than read: a line longer than maxLineChars is skipped
// with an error without being held in memory; formats parsed whole refuse files over maxWholeFileBytes.
struct ImportLimits
{
    qint64 maxLineChars = 8 * 1024 * 1024;
    qint64 maxWholeFileBytes = 512LL * 1024 * 1024;
    qint64 chunkBytes = 1024 * 1024;
    qint64 headBytes = 64 * 1024; // looked at to detect the encoding and the format
};

} // namespace ws
