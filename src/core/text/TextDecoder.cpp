#include "text/TextDecoder.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <cstring>

namespace ws {

namespace {

// Bytes of the head looked at for binary content; more is not needed to tell.
constexpr int binaryProbeBytes = 8192;

bool startsWith(const QByteArray& bytes, const char* magic, int length, int offset = 0)
{
    return bytes.size() >= offset + length && memcmp(bytes.constData() + offset, magic, length) == 0;
}

// Counts undecodable input for the streaming converter and writes U+FFFD in its place.
struct CountingContext
{
    qint64 count = 0;
    int firstLine = 0;
    qint64 linesBefore = 0;          // newlines in the output of earlier calls
    const UChar* outStart = nullptr; // start of this call's output buffer
};

void U_CALLCONV countingCallback(const void* context, UConverterToUnicodeArgs* args, const char*,
                                 int32_t length, UConverterCallbackReason reason, UErrorCode* err)
{
    if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR)
        return;
    auto* ctx = static_cast<CountingContext*>(const_cast<void*>(context));
    ctx->count += length;
    if (ctx->firstLine == 0) {
        qint64 lines = ctx->linesBefore;
        for (const UChar* p = ctx->outStart; p && p < args->target; ++p)
            lines += (*p == u'\n');
        ctx->firstLine = int(qMin<qint64>(lines + 1, INT_MAX));
    }
    static const UChar replacement = 0xFFFD;
    *err = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
}

// The charset a markup document declares for itself (<?xml encoding=..?>, <meta charset=..>).
QString declaredCharset(const QByteArray& head)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?:<\?xml[^>]*encoding|<meta[^>]*charset)\s*=\s*["']?([A-Za-z0-9._:-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString ascii = QString::fromLatin1(head.left(4096));
    const auto match = pattern.match(ascii);
    return match.hasMatch() ? match.captured(1) : QString();
}

// Newlines in UTF-8 bytes (as many as in their text): memchr skips whole lines at a time, where
// counting the decoded text looked at every character.
qint64 newlines(QByteArrayView bytes)
{
    qint64 count = 0;
    if (bytes.isEmpty())
        return count; // no data pointer to hand memchr
    const char* at = bytes.data();
    const char* const end = at + bytes.size();
    while ((at = static_cast<const char*>(std::memchr(at, '\n', size_t(end - at))))) {
        ++count;
        ++at;
    }
    return count;
}

bool canOpen(const QString& encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(encoding.toLatin1().constData(), &status);
    if (conv)
        ucnv_close(conv);
    return U_SUCCESS(status);
}

} // namespace

struct TextDecoder::Impl
{
    UConverter* converter = nullptr;
    UConverter* utf8Fallback = nullptr; // for UTF-8 chunks that fail the fast path
    CountingContext ctx;

    ~Impl()
    {
        if (converter)
            ucnv_close(converter);
        if (utf8Fallback)
            ucnv_close(utf8Fallback);
    }

    UConverter* open(const char* name)
    {
        UErrorCode status = U_ZERO_ERROR;
        UConverter* conv = ucnv_open(name, &status);
        if (U_FAILURE(status))
            return nullptr;
        ucnv_setToUCallBack(conv, countingCallback, &ctx, nullptr, nullptr, &status);
        return conv;
    }
};

QString TextDecoder::knownBinaryType(const QByteArray& head)
{
    struct Magic
    {
        const char* bytes;
        int length;
        int offset;
        const char* name;
    };
    static const Magic magics[] = {
        {"\x89PNG", 4, 0, "PNG image"},
        {"\xFF\xD8\xFF", 3, 0, "JPEG image"},
        {"GIF87a", 6, 0, "GIF image"},
        {"GIF89a", 6, 0, "GIF image"},
        {"%PDF-", 5, 0, "PDF document"},
        {"PK\x03\x04", 4, 0, "ZIP archive"},
        {"\x1F\x8B", 2, 0, "gzip archive"},
        {"BZh", 3, 0, "bzip2 archive"},
        {"\xFD"
         "7zXZ",
         5, 0, "xz archive"},
        {"7z\xBC\xAF", 4, 0, "7-Zip archive"},
        {"\x7F"
         "ELF",
         4, 0, "executable"},
        {"RIFF", 4, 0, "RIFF media file"},
        {"II*\0", 4, 0, "TIFF image"},
        {"MM\0*", 4, 0, "TIFF image"},
        {"ID3", 3, 0, "MP3 audio"},
        {"OggS", 4, 0, "Ogg media file"},
        {"ftyp", 4, 4, "MP4/QuickTime media"},
        {"SQLite format 3", 15, 0, "SQLite database"},
        {"wOFF", 4, 0, "web font"},
        {"\xCA\xFE\xBA\xBE", 4, 0, "Java class file"},
        {"\x1A\x45\xDF\xA3", 4, 0, "Matroska/WebM media"},
        {"\xD0\xCF\x11\xE0", 4, 0, "Microsoft Office document"},
    };
    for (const Magic& m : magics) {
        if (startsWith(head, m.bytes, m.length, m.offset))
            return QString::fromLatin1(m.name);
    }
    return {};
}

bool TextDecoder::looksBinary(const QByteArray& head, QString* reason)
{
    const QString known = knownBinaryType(head);
    if (!known.isEmpty()) {
        if (reason)
            *reason = known;
        return true;
    }
    const int n = int(qMin<qsizetype>(head.size(), binaryProbeBytes));
    int nul = 0;
    int control = 0;
    for (int i = 0; i < n; ++i) {
        const uchar c = uchar(head[i]);
        if (c == 0)
            ++nul;
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B &&
                 c != 0x1A)
            ++control;
    }
    if (nul > 0) {
        if (reason)
            *reason = QStringLiteral("NUL bytes");
        return true;
    }
    // Text has almost no C0 controls; a few stray ones (form feeds, old wire codes) are tolerated.
    if (n > 0 && control * 20 > n) {
        if (reason)
            *reason = QStringLiteral("control characters");
        return true;
    }
    return false;
}

bool TextDecoder::isValidUtf8Prefix(const QByteArray& bytes)
{
    qsizetype end = bytes.size();
    // Drop a multi-byte sequence cut off at the end of the buffer.
    for (qsizetype i = end - 1; i >= 0 && i >= end - 4; --i) {
        const uchar c = uchar(bytes[i]);
        if ((c & 0xC0) == 0x80)
            continue;
        const int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (i + need > end)
            end = i;
        break;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(QByteArrayView(bytes.constData(), end));
    Q_UNUSED(text);
    return !decoder.hasError();
}

EncodingGuess TextDecoder::detect(const QByteArray& head)
{
    EncodingGuess guess;
    guess.encoding = QStringLiteral("UTF-8");
    if (startsWith(head, "\xEF\xBB\xBF", 3)) {
        guess.bomLength = 3;
        return guess;
    }
    if (startsWith(head, "\xFF\xFE\0\0", 4)) {
        guess.encoding = QStringLiteral("UTF-32LE");
        guess.bomLength = 4;
        return guess;
    }
    if (startsWith(head, "\0\0\xFE\xFF", 4)) {
        guess.encoding = QStringLiteral("UTF-32BE");
        guess.bomLength = 4;
        return guess;
    }
    if (startsWith(head, "\xFF\xFE", 2) || startsWith(head, "\xFE\xFF", 2)) {
        guess.encoding = head[0] == '\xFF' ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        guess.bomLength = 2;
        return guess;
    }

    // UTF-16 without a BOM: text that is mostly ASCII has a NUL in every other byte.
    const int n = int(qMin<qsizetype>(head.size(), binaryProbeBytes));
    if (TextDecoder::knownBinaryType(head).isEmpty() && n >= 4) {
        int nulEven = 0;
        int nulOdd = 0;
        for (int i = 0; i < n; ++i) {
            if (head[i] == '\0')
                (i % 2 ? nulOdd : nulEven)++;
        }
        const int pairs = n / 2;
        if (nulOdd > pairs * 6 / 10 && nulEven * 50 < pairs)
            guess.encoding = QStringLiteral("UTF-16LE");
        else if (nulEven > pairs * 6 / 10 && nulOdd * 50 < pairs)
            guess.encoding = QStringLiteral("UTF-16BE");
        if (!guess.isUtf8()) {
            guess.confidence = 80;
            return guess;
        }
    }

    QString reason;
    if (looksBinary(head, &reason)) {
        guess.binary = true;
        guess.binaryReason = QStringLiteral("binary file, not text (%1)").arg(reason);
        return guess;
    }
    if (isValidUtf8Prefix(head))
        return guess;

    // A charset the document declares wins when it decodes the head cleanly.
    const QString declared = declaredCharset(head);
    if (!declared.isEmpty() && declared.compare(QLatin1String("utf-8"), Qt::CaseInsensitive) != 0 &&
        canOpen(declared)) {
        TextDecoder probe(declared);
        probe.decodeChunk(head, false);
        if (probe.undecodableBytes() == 0) {
            guess.encoding = declared;
            guess.confidence = 90;
            return guess;
        }
    }

    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector* detector = ucsdet_open(&status);
    if (U_SUCCESS(status)) {
        ucsdet_enableInputFilter(detector, true);
        ucsdet_setText(detector, head.constData(), int32_t(head.size()), &status);
        const UCharsetMatch* match = ucsdet_detect(detector, &status);
        if (U_SUCCESS(status) && match) {
            const char* name = ucsdet_getName(match, &status);
            const int confidence = ucsdet_getConfidence(match, &status);
            if (U_SUCCESS(status) && name && canOpen(QString::fromLatin1(name))) {
                guess.encoding = QString::fromLatin1(name);
                guess.confidence = confidence;
            }
        }
        ucsdet_close(detector);
    }
    if (guess.isUtf8()) {
        // Not valid UTF-8 and nothing better found: windows-1252 maps every byte to a character.
        guess.encoding = QStringLiteral("windows-1252");
        guess.confidence = 10;
    }
    return guess;
}

TextDecoder::Result TextDecoder::decode(const QByteArray& bytes)
{
    Result result;
    result.guess = detect(bytes.left(64 * 1024));
    if (result.guess.binary)
        return result;
    TextDecoder decoder(result.guess.encoding);
    result.text = decoder.decodeChunk(bytes.mid(result.guess.bomLength), true);
    result.undecodableBytes = decoder.undecodableBytes();
    result.firstUndecodableLine = decoder.firstUndecodableLine();
    return result;
}

TextDecoder::TextDecoder(const QString& encoding) : m_encoding(encoding), m_impl(std::make_unique<Impl>())
{
    m_utf8 = encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0 ||
             encoding.compare(QLatin1String("UTF8"), Qt::CaseInsensitive) == 0;
    if (!m_utf8)
        m_impl->converter = m_impl->open(encoding.toLatin1().constData());
}

TextDecoder::~TextDecoder() = default;

bool TextDecoder::isValid() const
{
    return m_utf8 || m_impl->converter;
}

qint64 TextDecoder::undecodableBytes() const
{
    return m_impl->ctx.count;
}

int TextDecoder::firstUndecodableLine() const
{
    return m_impl->ctx.firstLine;
}

QString TextDecoder::decodeChunk(const QByteArray& bytes, bool last)
{
    if (m_utf8)
        return decodeUtf8(bytes, last);
    if (!m_impl->converter)
        return {};
    return decodeIcu(bytes.constData(), bytes.size(), last);
}

QString TextDecoder::decodeUtf8(const QByteArray& bytes, bool last)
{
    QByteArray data = m_pending.isEmpty() ? bytes : m_pending + bytes;
    m_pending.clear();
    if (!last) {
        // Keep a sequence cut off at the chunk end for the next chunk, so each chunk decodes alone.
        const qsizetype end = data.size();
        for (qsizetype i = end - 1; i >= 0 && i >= end - 4; --i) {
            const uchar c = uchar(data[i]);
            if ((c & 0xC0) == 0x80)
                continue;
            const int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            if (i + need > end) {
                m_pending = data.mid(i);
                data.truncate(i);
            }
            break;
        }
    }
    // Fast path: Qt's UTF-8 decoder; only input with errors goes through ICU to be counted.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder(data);
    if (!decoder.hasError()) {
        if (m_impl->ctx.firstLine == 0)
            m_impl->ctx.linesBefore += newlines(data);
        return text;
    }
    if (!m_impl->utf8Fallback)
        m_impl->utf8Fallback = m_impl->open("UTF-8");
    std::swap(m_impl->converter, m_impl->utf8Fallback);
    text = decodeIcu(data.constData(), data.size(), true);
    std::swap(m_impl->converter, m_impl->utf8Fallback);
    ucnv_resetToUnicode(m_impl->utf8Fallback);
    return text;
}

QString TextDecoder::decodeIcu(const char* data, qint64 size, bool flush)
{
    QString out;
    out.resize(qsizetype(size) + 16);
    const char* source = data;
    const char* sourceLimit = data + size;
    qsizetype written = 0;
    for (;;) {
        UChar* start = reinterpret_cast<UChar*>(out.data()) + written;
        UChar* target = start;
        UChar* targetLimit = reinterpret_cast<UChar*>(out.data()) + out.size();
        m_impl->ctx.outStart = start;
        UErrorCode status = U_ZERO_ERROR;
        ucnv_toUnicode(m_impl->converter, &target, targetLimit, &source, sourceLimit, nullptr, flush,
                       &status);
        const qsizetype produced = target - start;
        if (m_impl->ctx.firstLine == 0)
            m_impl->ctx.linesBefore += QStringView(start, produced).count(u'\n');
        written += produced;
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            out.resize(out.size() * 2);
            continue;
        }
        break;
    }
    m_impl->ctx.outStart = nullptr;
    out.truncate(written);
    return out;
}

} // namespace ws
