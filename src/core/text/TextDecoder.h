#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace ws {

// What the first bytes of a file say about how to read it.
struct EncodingGuess
{
    QString encoding;     // ICU converter name ("UTF-8", "UTF-16LE", "Big5", "windows-1252", ...)
    int bomLength = 0;    // bytes of byte-order mark to skip
    int confidence = 100; // ICU detector confidence (0..100); 100 for a BOM or valid UTF-8
    bool binary = false;  // NUL bytes or many control characters: not text
    QString binaryReason; // "binary file, not text (PNG image)" when binary
    bool isUtf8() const { return encoding == QLatin1String("UTF-8"); }
};

// Bytes -> QString. Detects the encoding from the head of a file (BOM, valid UTF-8, declared
// charset, else ICU's charset detector), then converts chunk by chunk with an ICU converter.
// Undecodable bytes become U+FFFD and are counted, with the line of the first one, so the caller
// can say "N undecodable bytes replaced, first at line L".
class TextDecoder
{
public:
    static EncodingGuess detect(const QByteArray& head);
    // Whether `head` is binary; `reason` gets a short description ("PNG image", "NUL bytes").
    static bool looksBinary(const QByteArray& head, QString* reason = nullptr);
    // A known non-text file type from its magic bytes ("PNG image"), or empty.
    static QString knownBinaryType(const QByteArray& head);
    // Whether `bytes` is valid UTF-8, ignoring a multi-byte sequence cut off at the end.
    static bool isValidUtf8Prefix(const QByteArray& bytes);

    // Detects and decodes a whole buffer at once.
    struct Result
    {
        QString text;
        EncodingGuess guess;
        qint64 undecodableBytes = 0;
        int firstUndecodableLine = 0;
    };
    static Result decode(const QByteArray& bytes);

    // A streaming decoder for one encoding (a name ICU knows). Feed chunks in order; a sequence
    // split between chunks is carried over. `last` flushes what is left.
    explicit TextDecoder(const QString& encoding);
    ~TextDecoder();
    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    bool isValid() const;
    QString encoding() const { return m_encoding; }
    QString decodeChunk(const QByteArray& bytes, bool last = false);
    qint64 undecodableBytes() const;
    int firstUndecodableLine() const; // 1-based; 0 when none

private:
    struct Impl;
    QString decodeUtf8(const QByteArray& bytes, bool last);
    QString decodeIcu(const char* data, qint64 size, bool flush);

    QString m_encoding;
    bool m_utf8 = false;
    QByteArray m_pending; // UTF-8 bytes of a sequence cut off at the end of the previous chunk
    std::unique_ptr<Impl> m_impl;
};

} // namespace ws
