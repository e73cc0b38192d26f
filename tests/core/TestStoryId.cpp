#include "model/Story.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace ws;

// Story ids are stored and compared across versions: the id of a text must never change. These tests
// hold makeId() to the first definition, written with a regular expression.
class TestStoryId : public QObject
{
    Q_OBJECT

    static QString referenceId(const QString& title, const QString& body, const QString& date)
    {
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        QString normalized =
            title.simplified() + QLatin1Char('\n') + QString(body).replace(spaces, QStringLiteral(" ")).trimmed();
        if (!date.isEmpty())
            normalized += QLatin1Char('\n') + date;
        const QByteArray digest = QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha1);
        return QString::fromLatin1(digest.toHex().left(16));
    }

    // The same definition spelled out character by character, for text the regular expression cannot
    // read: PCRE matches nothing in a string with a lone surrogate, where the ids always collapsed.
    static QString referenceIdOfAnyText(const QString& title, const QString& body, const QString& date)
    {
        QString collapsed;
        bool inRun = false;
        for (const QChar c : body) {
            const bool space = c == u' ' || (c >= u'\t' && c <= u'\r');
            if (!space)
                collapsed += c;
            else if (!inRun)
                collapsed += QLatin1Char(' ');
            inRun = space;
        }
        QString normalized = title.simplified() + QLatin1Char('\n') + collapsed.trimmed();
        if (!date.isEmpty())
            normalized += QLatin1Char('\n') + date;
        const QByteArray digest = QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha1);
        return QString::fromLatin1(digest.toHex().left(16));
    }

    static bool hasLoneSurrogate(const QString& text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
                ++i;
            else if (text[i].isSurrogate())
                return true;
        }
        return false;
    }

private slots:
    void matchesTheFirstDefinition_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("date");
        QTest::newRow("plain") << "TSMC expands" << "Taiwan's foundry said on Monday." << "2024-01-02";
        QTest::newRow("no date") << "Title" << "Body text." << "";
        QTest::newRow("runs of spaces") << " Title  here " << "a  \t b\n\n\nc \r\n d" << "";
        QTest::newRow("edges") << "T" << "\n\t  body  \v\f" << "";
        QTest::newRow("only spaces") << "T" << " \n\t " << "";
        QTest::newRow("empty") << "" << "" << "";
        QTest::newRow("no-break space kept inside") << "T" << QString::fromUtf8("a\u00a0 b \u00a0c") << "";
        QTest::newRow("unicode spaces at the ends")
            << "T" << QString::fromUtf8("\u3000\u00a0 body \u2028\u0085") << "";
        QTest::newRow("ideographic space inside") << "T" << QString::fromUtf8("台積電\u3000 台积电") << "";
        QTest::newRow("space then unicode space at end") << "T" << QString::fromUtf8("x \u00a0 \u2003") << "";
    }

    void matchesTheFirstDefinition()
    {
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QString, date);
        QCOMPARE(Story::makeId(title, body, date), referenceId(title, body, date));
    }

    void matchesTheFirstDefinitionOnRandomText()
    {
        const char16_t alphabet[] = {u'a', u'b', u' ', u'\t', u'\n', u'\r', u'\v', u'\f', 0x00a0, 0x0085,
                                     0x3000, 0x2028, 0x2003, 0x53f0, u'.', 0x1680};
        QRandomGenerator random(20261206);
        for (int round = 0; round < 5000; ++round) {
            QString body;
            const int length = int(random.bounded(12));
            for (int i = 0; i < length; ++i)
                body.append(QChar(alphabet[random.bounded(int(std::size(alphabet)))]));
            QCOMPARE(Story::makeId(QStringLiteral("t"), body), referenceId(QStringLiteral("t"), body, {}));
        }
    }

    void matchesTheFirstDefinitionOnAnyCharacters()
    {
        // makeId writes UTF-8 itself: every width of character, surrogate pairs, lone surrogates (which
        // QString::toUtf8() writes as '?'), controls and spaces of every kind, in titles and dates too.
        const char16_t alphabet[] = {u'a',   u' ',   u'\t',  u'\n',  u'\r',  u'\v',  u'\f',  0x0001, 0x001f,
                                     0x007f, 0x0080, 0x00a0, 0x0085, 0x00e9, 0x07ff, 0x0800, 0x1680, 0x2028,
                                     0x3000, 0x53f0, 0xd83d, 0xde00, 0xdbff, 0xdc00, 0xe000, 0xfeff, 0xffff};
        QRandomGenerator random(20261207);
        const auto randomText = [&](int maxLength) {
            QString text;
            const int length = int(random.bounded(maxLength));
            for (int i = 0; i < length; ++i)
                text.append(QChar(alphabet[random.bounded(int(std::size(alphabet)))]));
            return text;
        };
        for (int round = 0; round < 20000; ++round) {
            const QString title = randomText(8);
            const QString body = randomText(24);
            const QString date = random.bounded(2) ? randomText(4) : QString();
            QCOMPARE(Story::makeId(title, body, date), referenceIdOfAnyText(title, body, date));
            if (!hasLoneSurrogate(body))
                QCOMPARE(Story::makeId(title, body, date), referenceId(title, body, date));
        }
    }

    // Mostly ASCII words, as most stories are, so that blocks of eight go the fast way and the odd
    // double space, line end, DEL or non-ASCII character falls at every place in a block.
    void matchesTheFirstDefinitionOnMostlyAsciiText()
    {
        const char16_t rare[] = {u' ', u'\t', u'\n', u'\r', 0x007f, 0x00a0, 0x00e9, 0x2014, 0x3000, 0x0085};
        QRandomGenerator random(20261208);
        const auto randomText = [&](int maxLength) {
            QString text;
            const int length = int(random.bounded(maxLength));
            for (int i = 0; i < length; ++i) {
                const int pick = int(random.bounded(40));
                text.append(pick < 30   ? QChar(u'a' + pick % 26)
                            : pick < 37 ? QChar(u' ')
                                        : QChar(rare[random.bounded(int(std::size(rare)))]));
            }
            return text;
        };
        for (int round = 0; round < 20000; ++round) {
            const QString title = randomText(40);
            const QString body = randomText(80);
            QCOMPARE(Story::makeId(title, body, {}), referenceId(title, body, {}));
        }
    }

    void matchesTheFirstDefinitionOnLongText()
    {
        QString body;
        for (int i = 0; i < 20000; ++i)
            body += QStringLiteral("Word台積電 \n\t ") + QChar(0xd83d) + QChar(0xde00) + QChar(0x00a0);
        QCOMPARE(Story::makeId(QStringLiteral(" A\u3000title "), body, QStringLiteral("2024-01-02")),
                 referenceId(QStringLiteral(" A\u3000title "), body, QStringLiteral("2024-01-02")));
    }
};

QTEST_GUILESS_MAIN(TestStoryId)
#include "TestStoryId.moc"
