#pragma once

#include "import/ImportLimits.h"
#include "model/StorySink.h"
#include "text/TextDecoder.h"

#include <QIODevice>
#include <QString>

namespace ws {

// One file being imported, as decoded text: read line by line (streamed, constant memory) or all at
// once. Lines longer than the limit are skipped with an error, without being held in memory. It
// also carries the sink, so importers report stories and issues for this file through it.
class TextInput
{
public:
    TextInput(QIODevice& device, const QString& path, const EncodingGuess& encoding, StorySink& sink,
              const ImportLimits& limits = {});

    const QString& path() const { return m_path; }
    StorySink& sink() { return m_sink; }
    const ImportLimits& limits() const { return m_limits; }
    QString encoding() const { return m_decoder.encoding(); }
    // Size of the file in bytes (0 when unknown).
    qint64 sizeBytes() const { return m_bytesTotal; }

    // The next line without its line end; false at the end of the input.
    bool readLine(QString& line);
    // 1-based number of the line last returned by readLine().
    int lineNumber() const { return m_line; }
    // Everything not yet read, decoded (for formats parsed whole).
    QString readAll();

    void addStory(Story story) { m_sink.addStory(std::move(story)); }
    void warning(int line, const QString& message);
    void error(int line, const QString& message);
    int errorCount() const { return m_errors; }
    bool isCancelled() const { return m_sink.isCancelled(); }

    qint64 undecodableBytes() const { return m_decoder.undecodableBytes(); }
    int firstUndecodableLine() const { return m_decoder.firstUndecodableLine(); }

private:
    bool fill();

    QIODevice& m_device;
    QString m_path;
    StorySink& m_sink;
    ImportLimits m_limits;
    TextDecoder m_decoder;
    int m_bomLength = 0;
    QString m_buffer;
    qsizetype m_pos = 0;     // start of the unread part of m_buffer
    qsizetype m_scanned = 0; // m_buffer before this has no newline after m_pos
    bool m_eof = false;
    int m_line = 0;
    int m_errors = 0;
    qint64 m_bytesRead = 0;
    qint64 m_bytesTotal = 0;
};

} // namespace ws
