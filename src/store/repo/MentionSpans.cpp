#include "repo/MentionSpans.h"

#include <limits>

namespace ws {

namespace {

// Writes `value` at `out` (at most 5 bytes); returns the end.
char* writeVarint(char* out, quint32 value)
{
    while (value >= 0x80) {
        *out++ = char((value & 0x7f) | 0x80);
        value >>= 7;
    }
    *out++ = char(value);
    return out;
}

// Reads one varint at `at`; false when the data ends inside it or it does not fit in an int.
bool readVarint(const char* data, qsizetype size, qsizetype& at, int& value)
{
    quint64 result = 0;
    for (int shift = 0; at < size && shift <= 28; shift += 7) {
        const auto byte = quint8(data[at++]);
        result |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            if (result > quint64(std::numeric_limits<int>::max()))
                return false;
            value = int(result);
            return true;
        }
    }
    return false;
}

// Calls `visit(span)` for each whole span until it returns false or the blob ends.
template<typename Visit>
void forEachSpan(const char* data, qsizetype size, Visit visit)
{
    qsizetype at = 0;
    while (at < size) {
        int start = 0, length = 0, sentence = 0;
        if (!readVarint(data, size, at, start) || !readVarint(data, size, at, length) ||
            !readVarint(data, size, at, sentence) || length > std::numeric_limits<int>::max() - start)
            return;
        if (!visit(MentionSpans::Span{start, start + length, sentence}))
            return;
    }
}

} // namespace

void MentionSpans::append(QByteArray& blob, int start, int end, int sentence)
{
    // One append per span, not per byte: the writer packs every mention of an import.
    char span[15];
    char* packedEnd = writeVarint(span, quint32(qMax(0, start)));
    packedEnd = writeVarint(packedEnd, quint32(qMax(0, end - start)));
    packedEnd = writeVarint(packedEnd, quint32(qMax(0, sentence)));
    blob.append(span, packedEnd - span);
}

QList<MentionSpans::Span> MentionSpans::decode(const char* data, qsizetype size)
{
    QList<Span> spans;
    if (!data)
        return spans;
    spans.reserve(size / 3);
    forEachSpan(data, size, [&spans](const Span& span) {
        spans.append(span);
        return true;
    });
    return spans;
}

bool MentionSpans::anyWithin(const char* data, qsizetype size, int from, int to)
{
    bool found = false;
    if (data) {
        forEachSpan(data, size, [&](const Span& span) {
            found = span.start >= from && span.end <= to;
            return !found;
        });
    }
    return found;
}

} // namespace ws
