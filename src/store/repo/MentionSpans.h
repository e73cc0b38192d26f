#pragma once

#include <QByteArray>
#include <QList>

namespace ws {

// Where one entity is mentioned in one story, packed into the blob `story_entities.spans`: one row per
// (entity, story) instead of one row per mention keeps the import's writer and the file small.
//
// The format is a run of unsigned LEB128 varints, three per mention: start, length (end - start) and
// sentence, all absolute. Two blobs concatenated are a valid blob (a merge of two entities appends).
class MentionSpans
{
public:
    struct Span
    {
        int start = 0;
        int end = 0;
        int sentence = 0;
        friend bool operator==(const Span&, const Span&) = default;
    };

    static void append(QByteArray& blob, int start, int end, int sentence);
    // Reads up to the first malformed or truncated varint (a damaged blob yields what precedes it).
    static QList<Span> decode(const char* data, qsizetype size);
    static QList<Span> decode(const QByteArray& blob) { return decode(blob.constData(), blob.size()); }
    // True when some span lies inside [from, to].
    static bool anyWithin(const char* data, qsizetype size, int from, int to);
};

} // namespace ws
