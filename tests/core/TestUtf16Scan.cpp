#include "text/Utf16Scan.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ws;

class TestUtf16Scan : public QObject
{
    Q_OBJECT

private slots:
    void jsonStringStop();
    void controlCharacter();
    void agreesWithOneUnitAtATime();
};

namespace {

const char16_t* stopOneAtATime(const char16_t* at, const char16_t* end)
{
    while (at < end && *at >= 0x20 && *at != u'"' && *at != u'\\' && !QChar::isSurrogate(*at))
        ++at;
    return at;
}

qsizetype stopIn(QStringView text)
{
    return Utf16Scan::toJsonStringStop(text.utf16(), text.utf16() + text.size()) - text.utf16();
}

} // namespace

void TestUtf16Scan::jsonStringStop()
{
    QCOMPARE(stopIn(u"plain text with no stop at all"), 30);
    QCOMPARE(stopIn(u"a long run of plain characters then \" the quote"), 36);
    QCOMPARE(stopIn(u"0123456789abcdef\\n"), 16);
    QCOMPARE(stopIn(u"01234567\u2014\u00e9\u4e2d\u0001"), 11);
    QCOMPARE(stopIn(u"0123456789\U0001F600"), 10);
    const char16_t loneSurrogate[] = {0xffff, 0xe000, 0xd7ff, 0x20, u'x', u'y', u'z', u'w', 0xd800};
    QCOMPARE(stopIn(QStringView(loneSurrogate, 9)), 8);
    QCOMPARE(stopIn(u""), 0);
}

void TestUtf16Scan::controlCharacter()
{
    QVERIFY(!Utf16Scan::hasControlCharacter(u"lines\nand\ttabs\r\nand \u2014 dashes, \u00a0 and \u00e9"));
    QVERIFY(Utf16Scan::hasControlCharacter(u"a long run of text with \u0002 in it"));
    QVERIFY(Utf16Scan::hasControlCharacter(u"short\u007f"));
    QVERIFY(Utf16Scan::hasControlCharacter(u"0123456789abcdef\u0085"));
    QVERIFY(Utf16Scan::hasControlCharacter(u"\u009f0123456789abcdef"));
    QVERIFY(!Utf16Scan::hasControlCharacter(u"0123456789abcdef\u00a0\u007e\u0020"));
    QVERIFY(!Utf16Scan::hasControlCharacter(u""));
}

// Random text around every boundary the eight-unit steps test: the same answers as a plain loop.
void TestUtf16Scan::agreesWithOneUnitAtATime()
{
    static const char16_t interesting[] = {0x00,   0x01,   0x08,   0x09,   0x0a,   0x0d,   0x1f,   0x20,
                                           u'"',   u'\\',  u'a',   0x7e,   0x7f,   0x80,   0x9f,   0xa0,
                                           0x2014, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xffff};
    QRandomGenerator random(1234);
    for (int round = 0; round < 20000; ++round) {
        QString text(random.bounded(40), u'x');
        for (QChar& c : text) {
            if (random.bounded(6) == 0)
                c = QChar(interesting[random.bounded(int(std::size(interesting)))]);
        }
        const char16_t* begin = QStringView(text).utf16();
        const char16_t* end = begin + text.size();
        QCOMPARE(Utf16Scan::toJsonStringStop(begin, end) - begin, stopOneAtATime(begin, end) - begin);
        const bool control =
            std::any_of(begin, end, [](char16_t c) { return Utf16Scan::isControlCharacter(c); });
        QCOMPARE(Utf16Scan::hasControlCharacter(text), control);
    }
}

QTEST_GUILESS_MAIN(TestUtf16Scan)
#include "TestUtf16Scan.moc"
