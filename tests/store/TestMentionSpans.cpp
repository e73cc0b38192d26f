#include "repo/MentionSpans.h"

#include <QTest>

using namespace ws;

class TestMentionSpans : public QObject
{
    Q_OBJECT

    using Spans = QList<MentionSpans::Span>;

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<Spans>("spans");
        QTest::newRow("none") << Spans{};
        QTest::newRow("one") << Spans{{0, 4, 0}};
        QTest::newRow("several") << Spans{{3, 7, 0}, {25, 29, 1}, {1200, 1212, 14}};
        QTest::newRow("large offsets") << Spans{{5'000'000, 5'000'030, 70'000}, {127, 255, 128}};
    }

    void roundTrip()
    {
        QFETCH(Spans, spans);
        QByteArray blob;
        for (const auto& span : spans)
            MentionSpans::append(blob, span.start, span.end, span.sentence);
        QCOMPARE(MentionSpans::decode(blob), spans);
    }

    void smallOffsetsTakeThreeBytes()
    {
        QByteArray blob;
        MentionSpans::append(blob, 100, 110, 3);
        QCOMPARE(blob.size(), 3);
    }

    void concatenationIsAMerge()
    {
        QByteArray first, second;
        MentionSpans::append(first, 0, 4, 0);
        MentionSpans::append(second, 300, 310, 9);
        QCOMPARE(MentionSpans::decode(first + second), (Spans{{0, 4, 0}, {300, 310, 9}}));
    }

    void damagedBlobsGiveWhatPrecedesTheDamage()
    {
        QByteArray blob;
        MentionSpans::append(blob, 0, 4, 0);
        MentionSpans::append(blob, 300, 310, 9);
        QCOMPARE(MentionSpans::decode(blob.left(blob.size() - 1)), (Spans{{0, 4, 0}}));
        QCOMPARE(MentionSpans::decode(QByteArray("\xff\xff\xff\xff\xff\xff", 6)), Spans{});
        QCOMPARE(MentionSpans::decode(nullptr, 0), Spans{});
        // A start near INT_MAX with a length that would overflow the end.
        QByteArray overflow;
        MentionSpans::append(overflow, 2'147'483'000, 2'147'483'001, 0);
        overflow[5] = char(0x84); // length byte turned into a long varint
        overflow.insert(6, QByteArray("\xff\xff\x07", 3));
        QVERIFY(MentionSpans::decode(overflow).size() <= 1);
    }

    void anyWithin()
    {
        QByteArray blob;
        MentionSpans::append(blob, 10, 20, 0);
        MentionSpans::append(blob, 50, 60, 2);
        QVERIFY(MentionSpans::anyWithin(blob.constData(), blob.size(), 0, 20));
        QVERIFY(MentionSpans::anyWithin(blob.constData(), blob.size(), 45, 70));
        QVERIFY(!MentionSpans::anyWithin(blob.constData(), blob.size(), 15, 55));
        QVERIFY(!MentionSpans::anyWithin(nullptr, 0, 0, 100));
    }
};

QTEST_GUILESS_MAIN(TestMentionSpans)
#include "TestMentionSpans.moc"
