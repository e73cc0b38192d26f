#include "import/TextInput.h"

namespace ws {

TextInput::TextInput(QIODevice& device, const QString& path, const EncodingGuess& encoding, StorySink& sink,
                     const ImportLimits& limits)
    : m_device(device), m_path(path), m_sink(sink), m_limits(limits), m_decoder(encoding.encoding),
      m_bomLength(encoding.bomLength)
{
    m_bytesTotal = device.isSequential() ? 0 : device.size();
}

bool TextInput::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_scanned = qMax<qsizetype>(0, m_scanned - m_pos);
        m_pos = 0;
    }
    QByteArray chunk = m_device.read(m_limits.chunkBytes);
    if (m_bytesRead == 0 && m_bomLength > 0)
        chunk.remove(0, qMin<qsizetype>(m_bomLength, chunk.size()));
    m_bytesRead += chunk.size() + (m_bytesRead == 0 ? m_bomLength : 0);
    m_eof = chunk.isEmpty() || m_device.atEnd();
    m_buffer += m_decoder.decodeChunk(chunk, m_eof);
    m_sink.fileProgress(m_bytesRead, m_bytesTotal);
    return true;
}

bool TextInput::readLine(QString& line)
{
    for (;;) {
        const qsizetype nl = m_buffer.indexOf(u'\n', qMax(m_pos, m_scanned));
        if (nl >= 0) {
            qsizetype end = nl;
            if (end > m_pos && m_buffer[end - 1] == u'\r')
                --end;
            line = m_buffer.mid(m_pos, end - m_pos);
            m_pos = nl + 1;
            m_scanned = m_pos;
            ++m_line;
            return true;
        }
        m_scanned = m_buffer.size();
        if (m_buffer.size() - m_pos > m_limits.maxLineChars) {
            // Too long to be a line of text: drop it up to its end, keeping memory bounded.
            const int tooLong = m_line + 1;
            qsizetype newline = -1;
            while (newline < 0) {
                m_buffer.clear();
                m_pos = m_scanned = 0;
                if (!fill())
                    break;
                newline = m_buffer.indexOf(u'\n');
            }
            if (newline >= 0)
                m_pos = m_scanned = newline + 1;
            ++m_line;
            error(tooLong, QStringLiteral("line is longer than %1 MB; skipped (is this really a text file?)")
                               .arg(m_limits.maxLineChars / (1024 * 1024)));
            if (isCancelled())
                return false;
            continue;
        }
        if (!fill()) {
            if (m_pos >= m_buffer.size())
                return false;
            line = m_buffer.mid(m_pos);
            if (line.endsWith(u'\r'))
                line.chop(1);
            m_pos = m_scanned = m_buffer.size();
            ++m_line;
            return true;
        }
    }
}

QString TextInput::readAll()
{
    if (!m_eof) {
        QByteArray rest = m_device.readAll();
        if (m_bytesRead == 0 && m_bomLength > 0)
            rest.remove(0, qMin<qsizetype>(m_bomLength, rest.size()));
        m_bytesRead += rest.size() + (m_bytesRead == 0 ? m_bomLength : 0);
        m_eof = true;
        m_buffer += m_decoder.decodeChunk(rest, true);
        m_sink.fileProgress(m_bytesRead, m_bytesTotal);
    }
    QString text = m_pos == 0 ? std::move(m_buffer) : m_buffer.mid(m_pos);
    m_buffer.clear();
    m_pos = m_scanned = 0;
    return text;
}

void TextInput::warning(int line, const QString& message)
{
    m_sink.addIssue(ImportIssue{m_path, line, ImportIssue::Severity::Warning, message});
}

void TextInput::error(int line, const QString& message)
{
    ++m_errors;
    m_sink.addIssue(ImportIssue{m_path, line, ImportIssue::Severity::Error, message});
}

} // namespace ws
