#include "text/TextDecoder.h"

#include <QFile>
#include <QTest>

using namespace ws;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/import/encodings/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void utf8();
    void utf8Bom();
    void encodings_data();
    void encodings();
    void binary();
    void undecodableBytesCounted();
    void sequenceSplitAcrossChunks();
    void big5SplitAcrossChunks();
    void invalidUtf8InLaterChunk();
};

void TestTextDecoder::utf8()
{
    const auto result = TextDecoder::decode(QStringLiteral("Nvidia Corp 台積電 “quoted”\n").toUtf8());
    QCOMPARE(result.guess.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(result.text, QStringLiteral("Nvidia Corp 台積電 “quoted”\n"));
    QCOMPARE(result.undecodableBytes, 0);
}

void TestTextDecoder::utf8Bom()
{
    const auto result = TextDecoder::decode(QByteArray("\xEF\xBB\xBFHello"));
    QCOMPARE(result.guess.bomLength, 3);
    QCOMPARE(result.text, QStringLiteral("Hello"));
}

void TestTextDecoder::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("contains");
    QTest::newRow("latin-1") << "latin1.txt"
                             << "ISO-8859-1" << QStringLiteral("Société Générale");
    QTest::newRow("Big5") << "big5.txt"
                          << "Big5" << QStringLiteral("聯發科今天表示");
    QTest::newRow("GB18030") << "gb18030.txt"
                             << "GB18030" << QStringLiteral("长鑫存储的母公司");
    QTest::newRow("UTF-16LE with BOM") << "utf16le_bom.txt"
                                       << "UTF-16LE" << QStringLiteral("Rapidus Corp said");
    QTest::newRow("UTF-16BE without BOM") << "utf16be_nobom.txt"
                                          << "UTF-16BE" << QStringLiteral("Rapidus Corp said");
}

void TestTextDecoder::encodings()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, contains);
    const auto result = TextDecoder::decode(fixture(file));
    QVERIFY(!result.guess.binary);
    QCOMPARE(result.guess.encoding, encoding);
    QVERIFY2(result.text.contains(contains), qPrintable(result.text.left(200)));
    QCOMPARE(result.undecodableBytes, 0);
    QVERIFY(!result.text.startsWith(QChar(0xFEFF)));
}

void TestTextDecoder::binary()
{
    QString reason;
    QVERIFY(TextDecoder::looksBinary(QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), &reason));
    QCOMPARE(reason, QStringLiteral("PNG image"));
    QByteArray nul("some text\0\x01\x02 more \0 text", 24);
    QVERIFY(TextDecoder::looksBinary(nul, &reason));
    QCOMPARE(reason, QStringLiteral("NUL bytes"));
    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls += char(i % 2 ? 'a' : 0x03);
    QVERIFY(TextDecoder::detect(controls).binary);
    QVERIFY(!TextDecoder::detect("Plain text\twith a tab\r\nand CRLF\f").binary);
    const EncodingGuess guess = TextDecoder::detect(nul);
    QVERIFY(guess.binary);
    QVERIFY(guess.binaryReason.startsWith(QStringLiteral("binary file, not text")));
}

void TestTextDecoder::undecodableBytesCounted()
{
    TextDecoder decoder(QStringLiteral("UTF-8"));
    const QString text =
        decoder.decodeChunk(QByteArray("line one\nline two \xFF\xFE bad\nline three \xC3\n"), true);
    QCOMPARE(decoder.undecodableBytes(), 3);
    QCOMPARE(decoder.firstUndecodableLine(), 2);
    QCOMPARE(text.count(QChar(0xFFFD)), 3);
    QVERIFY(text.startsWith(QStringLiteral("line one\nline two ")));
    QVERIFY(text.contains(QStringLiteral("line three")));
}

void TestTextDecoder::sequenceSplitAcrossChunks()
{
    const QByteArray bytes = QStringLiteral("ab台積電cd").toUtf8();
    for (int cut = 1; cut < bytes.size(); ++cut) {
        TextDecoder decoder(QStringLiteral("UTF-8"));
        QString text = decoder.decodeChunk(bytes.left(cut), false);
        text += decoder.decodeChunk(bytes.mid(cut), true);
        QCOMPARE(text, QStringLiteral("ab台積電cd"));
        QCOMPARE(decoder.undecodableBytes(), 0);
    }
}

void TestTextDecoder::big5SplitAcrossChunks()
{
    const QByteArray bytes = fixture(QStringLiteral("big5.txt"));
    const QString whole = TextDecoder::decode(bytes).text;
    TextDecoder decoder(QStringLiteral("Big5"));
    QString text;
    for (int i = 0; i < bytes.size(); i += 7)
        text += decoder.decodeChunk(bytes.mid(i, 7), i + 7 >= bytes.size());
    QCOMPARE(text, whole);
    QCOMPARE(decoder.undecodableBytes(), 0);
}

void TestTextDecoder::invalidUtf8InLaterChunk()
{
    // The head is valid UTF-8; a bad byte further on is replaced and its line reported.
    TextDecoder decoder(QStringLiteral("UTF-8"));
    QString text = decoder.decodeChunk(QByteArray("one\ntwo\n"), false);
    text += decoder.decodeChunk(QByteArray("three\nfo\x80ur\n"), true);
    QCOMPARE(decoder.undecodableBytes(), 1);
    QCOMPARE(decoder.firstUndecodableLine(), 4);
    QCOMPARE(text, QStringLiteral("one\ntwo\nthree\nfo\uFFFDur\n"));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "TestTextDecoder.moc"
