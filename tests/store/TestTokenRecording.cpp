#include "search/TextTokenizer.h"
#include "search/TokenRecording.h"

#include <QRandomGenerator>
#include <QTest>

using ws::TextTokenizer;
using ws::TokenRecording;

// A recording made on a worker must replay exactly the tokens the tokenizer gives the same text: the
// full-text index is built from the replay, queries from the tokenizer.
class TestTokenRecording : public QObject
{
    Q_OBJECT

private slots:
    void replaysTheTokenizersTokens_data();
    void replaysTheTokenizersTokens();
    void randomBytes();
    void tokenizeIntoAppends();
    void replayStopsWhenTheSinkSays();
    void installedRecordingsAreFound();
};

namespace {

int collect(void* context, int flags, const char* token, int size, int start, int end)
{
    if (flags != 0)
        return 1;
    static_cast<QList<TextTokenizer::Token>*>(context)->append({QByteArray(token, size), start, end});
    return 0;
}

QList<TextTokenizer::Token> replayed(const TokenRecording& recording)
{
    QList<TextTokenizer::Token> tokens;
    recording.replay(&tokens, collect);
    return tokens;
}

} // namespace

void TestTokenRecording::replaysTheTokenizersTokens_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only separators") << QByteArray(" ,.;-- \n\t");
    QTest::newRow("english") << QByteArray("Nvidia's demand for CoWoS-L remains strong, U.S. says: 17.1 bn");
    QTest::newRow("word at the end") << QByteArray("ends with TSMC");
    QTest::newRow("words around eight bytes")
        << QByteArray("Abcdefgh ABCDEFGHI 1234567 xY9zW8vU7@[`{ EndsWithLongWORD");
    QTest::newRow("long word") << QByteArray("a ") + QByteArray(300, 'X') + QByteArray(" b");
    QTest::newRow("accents after ASCII") << QStringLiteral("Café Société Straße ﬁnance").toUtf8();
    QTest::newRow("ASCII then CJK in one run") << QStringLiteral("TSMC台積電 2024年の半導體 한국어").toUtf8();
    QTest::newRow("long CJK run") << QString(200, QChar(0x53F0)).toUtf8();
    QTest::newRow("thai") << QStringLiteral("ภาษาไทย and हिन्दी").toUtf8();
    QTest::newRow("invalid UTF-8") << QByteArray("ab\xC3\x28 cd\xFF\xFE ef\xE2\x82");
}

void TestTokenRecording::replaysTheTokenizersTokens()
{
    QFETCH(QByteArray, text);
    QCOMPARE(replayed(TokenRecording::record(text)), TextTokenizer::tokens(text));
}

void TestTokenRecording::randomBytes()
{
    QRandomGenerator random(20261207);
    const char pieces[][8] = {"a",    "Z",   "9", " ", ".", "\xC3\xA9", "\xE5\x8F\xB0", "\xE0\xB8\xA0",
                              "\xFF", "\xC3"};
    for (int round = 0; round < 500; ++round) {
        QByteArray text;
        const int length = random.bounded(60);
        for (int k = 0; k < length; ++k)
            text.append(pieces[random.bounded(int(std::size(pieces)))]);
        QCOMPARE(replayed(TokenRecording::record(text)), TextTokenizer::tokens(text));
    }
}

void TestTokenRecording::tokenizeIntoAppends()
{
    TextTokenizer::FlatTokens tokens;
    TextTokenizer::tokenizeInto("One two", 7, tokens);
    TextTokenizer::tokenizeInto("台積電 three", 15, tokens);
    QCOMPARE(tokens.bytes, std::string("onetwo台积积电three"));
    QCOMPARE(tokens.spans.size(), size_t(5));
    const TextTokenizer::FlatTokens::Span last = tokens.spans.back();
    QCOMPARE(tokens.bytes.substr(size_t(last.offset), size_t(last.size)), std::string("three"));
    QCOMPARE(last.start, 10);
    QCOMPARE(last.end, 15);
}

void TestTokenRecording::replayStopsWhenTheSinkSays()
{
    int calls = 0;
    const auto stopAtSecond = [](void* context, int, const char*, int, int, int) {
        return ++*static_cast<int*>(context) == 2 ? 7 : 0;
    };
    QCOMPARE(TokenRecording::record("one two three").replay(&calls, stopAtSecond), 7);
    QCOMPARE(calls, 2);
}

void TestTokenRecording::installedRecordingsAreFound()
{
    const TokenRecording title = TokenRecording::record("Title");
    const TokenRecording body = TokenRecording::record("Body text");
    {
        const TokenRecording::Installed installed{&title, &body};
        QCOMPARE(TokenRecording::find("Body text", 9), &body);
        QCOMPARE(TokenRecording::find("Title", 5), &title);
        QCOMPARE(TokenRecording::find("Other", 5), nullptr);
    }
    QCOMPARE(TokenRecording::find("Title", 5), nullptr);
}

QTEST_GUILESS_MAIN(TestTokenRecording)
#include "TestTokenRecording.moc"
