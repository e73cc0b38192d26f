#include "import/JsonFastParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace ws;

// The fast reader must give exactly what QJsonDocument gives, or nothing (so the caller asks Qt).
class TestJsonFastParser : public QObject
{
    Q_OBJECT

    static QJsonValue viaQt(const QString& text, bool* ok)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        *ok = error.error == QJsonParseError::NoError;
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }

    static void checkSameAsQt(const QString& text)
    {
        const std::optional<JsonNode> fast = JsonFastParser::parse(text);
        bool ok = false;
        const QJsonValue qt = viaQt(text, &ok);
        if (!fast)
            return; // nothing claimed
        QVERIFY2(ok, qPrintable(QStringLiteral("fast path accepted what Qt refuses: ") + text));
        // The same tree, members in QJsonObject's order, numbers as toDouble() reads them.
        QVERIFY2(*fast == JsonNode::fromQt(qt), qPrintable(text));
    }

private slots:
    void readsWhatQtReads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("news record")
            << QStringLiteral("{\"title\": \"TSMC expands CoWoS\", \"date\": \"2024-05-01\", \"body\": \"Line one.\\nLine \\\"two\\\".\", \"n\": 3}");
        QTest::newRow("nested") << QStringLiteral("{\"a\": {\"b\": [1, -2, {\"c\": null}], \"d\": true, \"e\": false}, \"f\": []}");
        QTest::newRow("array of records") << QStringLiteral("[{\"title\": \"x\"}, {\"title\": \"y\", \"tags\": [\"a\", \"b\"]}]");
        QTest::newRow("escapes") << QStringLiteral("{\"s\": \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u53f0 \\ud83d\\ude00 \\u0000\"}");
        QTest::newRow("chinese raw") << QStringLiteral("{\"t\": \"台積電 台积电 😀\"}");
        QTest::newRow("spacing") << " \t{ \"a\" :\r\n 1 , \"b\":[ ] }  ";
        QTest::newRow("int64 edges") << QStringLiteral("{\"max\": 9223372036854775807, \"min\": -9223372036854775808, \"z\": -0}");
        QTest::newRow("empty") << "{}";
        QTest::newRow("empty array") << "[]";
    }

    void readsWhatQtReads()
    {
        QFETCH(QString, text);
        QVERIFY(JsonFastParser::parse(text).has_value());
        checkSameAsQt(text);
    }

    void leavesTheRestToQt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("truncated") << QStringLiteral("{\"title\": \"cut");
        QTest::newRow("missing brace") << QStringLiteral("{\"a\": 1");
        QTest::newRow("trailing comma") << QStringLiteral("{\"a\": 1,}");
        QTest::newRow("double") << QStringLiteral("{\"a\": 1.5}");
        QTest::newRow("exponent") << QStringLiteral("{\"a\": 1e3}");
        QTest::newRow("too large") << QStringLiteral("{\"a\": 9223372036854775808}");
        QTest::newRow("leading zero") << QStringLiteral("{\"a\": 01}");
        QTest::newRow("duplicate key") << QStringLiteral("{\"a\": 1, \"a\": 2}");
        QTest::newRow("control character") << QStringLiteral("{\"a\": \"x\ty\"}");
        QTest::newRow("lone high surrogate escape") << QStringLiteral("{\"a\": \"\\ud83d\"}");
        QTest::newRow("lone low surrogate escape") << QStringLiteral("{\"a\": \"\\ude00\"}");
        QTest::newRow("lone surrogate raw") << QString(QStringLiteral("{\"a\": \"x")) + QChar(0xd800) + QStringLiteral("\"}");
        QTest::newRow("bad escape") << QStringLiteral("{\"a\": \"\\x\"}");
        QTest::newRow("short unicode escape") << QStringLiteral("{\"a\": \"\\u12\"}");
        QTest::newRow("scalar top level") << QStringLiteral("\"text\"");
        QTest::newRow("garbage after") << QStringLiteral("{\"a\": 1} x");
        QTest::newRow("two records") << QStringLiteral("{\"a\": 1}{\"b\": 2}");
        QTest::newRow("bare word") << QStringLiteral("{\"a\": tru}");
        QTest::newRow("deep") << QString(100, QLatin1Char('[')) + QString(100, QLatin1Char(']'));
        QTest::newRow("empty text") << "";
    }

    void leavesTheRestToQt()
    {
        QFETCH(QString, text);
        QVERIFY(!JsonFastParser::parse(text).has_value());
    }

    void membersInQJsonObjectOrder()
    {
        // Keys that sort differently by code point and by UTF-16 unit (a surrogate pair against
        // U+E000..U+FFFF), by case, and by length: the fast reader must order them as QJsonObject does.
        const QStringList pieces = {QStringLiteral("a"),  QStringLiteral("B"),      QStringLiteral("_"),
                                    QStringLiteral("é"),  QStringLiteral("\uff01"), QStringLiteral("😀"),
                                    QStringLiteral("台"), QStringLiteral("\ue000"), QStringLiteral("1")};
        QRandomGenerator random(7);
        for (int round = 0; round < 2000; ++round) {
            QStringList keys;
            QString text = QStringLiteral("{");
            const int members = int(random.bounded(1, 8));
            for (int m = 0; m < members; ++m) {
                QString key;
                const int parts = int(random.bounded(1, 4));
                for (int p = 0; p < parts; ++p)
                    key += pieces.at(int(random.bounded(int(pieces.size()))));
                if (keys.contains(key))
                    continue;
                if (!keys.isEmpty())
                    text += QLatin1Char(',');
                keys.append(key);
                text += QStringLiteral("\"%1\": %2").arg(key).arg(m);
            }
            text += QLatin1Char('}');
            const std::optional<JsonNode> fast = JsonFastParser::parse(text);
            QVERIFY2(fast.has_value(), qPrintable(text));
            bool ok = false;
            const QJsonObject qt = viaQt(text, &ok).toObject();
            QVERIFY(ok);
            QCOMPARE(qsizetype(fast->members.size()), qt.size());
            for (qsizetype i = 0; i < qt.size(); ++i)
                QCOMPARE(fast->members[size_t(i)].key, (qt.begin() + i).key());
        }
    }

    void randomDocumentsAgreeWithQt()
    {
        // Random records built from pieces that stress the reader: escapes, surrogates, numbers.
        const QStringList pieces = {
            QStringLiteral("plain"), QStringLiteral("\\\""), QStringLiteral("\\\\"), QStringLiteral("\\n"),
            QStringLiteral("\\u00e9"), QStringLiteral("\\ud83d\\ude00"), QStringLiteral("台積電"),
            QStringLiteral(" "), QStringLiteral("\\/"), QStringLiteral("é"), QStringLiteral("😀")};
        QRandomGenerator random(42);
        for (int round = 0; round < 2000; ++round) {
            QString text = QStringLiteral("{");
            const int members = int(random.bounded(6));
            for (int m = 0; m < members; ++m) {
                if (m)
                    text += QLatin1Char(',');
                text += QStringLiteral("\"k%1\":").arg(m);
                switch (random.bounded(4)) {
                case 0:
                    text += QString::number(qint64(random.generate64()) >> random.bounded(64));
                    break;
                case 1:
                    text += QStringLiteral("[true,null,false]");
                    break;
                default: {
                    text += QLatin1Char('"');
                    const int parts = int(random.bounded(8));
                    for (int p = 0; p < parts; ++p)
                        text += pieces.at(int(random.bounded(int(pieces.size()))));
                    text += QLatin1Char('"');
                }
                }
            }
            text += QLatin1Char('}');
            QVERIFY2(JsonFastParser::parse(text).has_value(), qPrintable(text));
            checkSameAsQt(text);
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonFastParser)
#include "TestJsonFastParser.moc"
