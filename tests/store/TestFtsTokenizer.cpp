#include "db/Database.h"
#include "db/Schema.h"
#include "db/Statement.h"
#include "search/TextTokenizer.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using ws::TextTokenizer;

// The "wirescope" tokenizer: what it makes of text (table-driven), where its tokens come from (byte
// offsets for snippets), that bad bytes never hurt it, and that FTS5 really uses it.
class TestFtsTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void words_data();
    void words();
    void offsets_data();
    void offsets();
    void invalidUtf8_data();
    void invalidUtf8();
    void randomBytes();
    void foldKey_data();
    void foldKey();
    void threads();
    void ftsMatch_data();
    void ftsMatch();
    void ftsSnippetOffsets();
};

void TestFtsTokenizer::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only separators") << QStringLiteral(" ,.;-- \n\t") << QStringList();
    QTest::newRow("english") << QStringLiteral("Nvidia's demand for CoWoS remains strong.")
                             << QStringList{"nvidia", "s", "demand", "for", "cowos", "remains", "strong"};
    QTest::newRow("hyphen and dots") << QStringLiteral("CoWoS-L U.S. e-mail")
                                     << QStringList{"cowos", "l", "u", "s", "e", "mail"};
    QTest::newRow("numbers kept") << QStringLiteral("17.1 billion yuan (US$2.4 billion) 2026 3nm")
                                  << QStringList{"17", "1", "billion", "yuan", "us",
                                                 "2",  "4", "billion", "2026", "3nm"};
    QTest::newRow("underscore splits") << QStringLiteral("foo_bar") << QStringList{"foo", "bar"};
    QTest::newRow("curly apostrophe")
        << QStringLiteral("China’s chipmaker") << QStringList{"china", "s", "chipmaker"};
    QTest::newRow("accents") << QStringLiteral("Café Société Škoda Ångström naïve")
                             << QStringList{"cafe", "societe", "skoda", "angstrom", "naive"};
    QTest::newRow("combining accent") << QStringLiteral("Cafe\u0301") << QStringList{"cafe"};
    QTest::newRow("german sharp s") << QStringLiteral("Straße") << QStringList{"strasse"};
    QTest::newRow("greek and cyrillic") << QStringLiteral("Άθήνα Москва́") << QStringList{"αθηνα", "москва"};
    QTest::newRow("fullwidth latin") << QStringLiteral("ＴＳＭＣ２０２４") << QStringList{"tsmc2024"};
    QTest::newRow("ligature") << QStringLiteral("ﬁnance") << QStringList{"finance"};
    QTest::newRow("devanagari keeps vowel signs") << QStringLiteral("हिन्दी") << QStringList{"हिन्दी"};
    QTest::newRow("thai by dictionary") << QStringLiteral("ภาษาไทย") << QStringList{"ภาษา", "ไทย"};
    QTest::newRow("chinese bigrams") << QStringLiteral("台積電") << QStringList{"台积", "积电"};
    QTest::newRow("simplified same") << QStringLiteral("台积电") << QStringList{"台积", "积电"};
    QTest::newRow("single han") << QStringLiteral("億") << QStringList{"亿"};
    QTest::newRow("chinese punctuation splits")
        << QStringLiteral("華為，長鑫。") << QStringList{"华为", "长鑫"};
    QTest::newRow("mixed gloss") << QStringLiteral("Taiwan Semiconductor Manufacturing Co (TSMC, 台積電)")
                                 << QStringList{"taiwan", "semiconductor", "manufacturing", "co",
                                                "tsmc",   "台积",          "积电"};
    QTest::newRow("latin glued to han") << QStringLiteral("CoWoS封裝") << QStringList{"cowos", "封装"};
    QTest::newRow("japanese kana and kanji")
        << QStringLiteral("半導体メーカー") << QStringList{"半导", "导体", "体メ", "メー", "ーカ", "カー"};
    QTest::newRow("halfwidth katakana") << QStringLiteral("ﾒﾓﾘ") << QStringList{"メモ", "モリ"};
    QTest::newRow("korean") << QStringLiteral("삼성전자 주식") << QStringList{"삼성", "성전", "전자", "주식"};
    QTest::newRow("emoji separates") << QStringLiteral("AI🚀chips") << QStringList{"ai", "chips"};
    QTest::newRow("supplementary han") << QStringLiteral("𠀀𠀁") << QStringList{"𠀀𠀁"};
}

void TestFtsTokenizer::words()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(TextTokenizer::words(text), expected);
}

void TestFtsTokenizer::offsets_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<int>>("starts");
    QTest::addColumn<QList<int>>("ends");

    QTest::newRow("ascii") << QByteArray("ab, cd") << QList<int>{0, 4} << QList<int>{2, 6};
    QTest::newRow("accented") << QByteArray("caf\xc3\xa9 x") << QList<int>{0, 6} << QList<int>{5, 7};
    // 台積電 is 9 bytes: bigrams cover bytes 0-6 and 3-9.
    QTest::newRow("han") << QByteArray("(\xe5\x8f\xb0\xe7\xa9\x8d\xe9\x9b\xbb)") << QList<int>{1, 4}
                         << QList<int>{7, 10};
    QTest::newRow("mixed") << QByteArray("TSMC\xe5\x8f\xb0\xe7\xa9\x8d") << QList<int>{0, 4}
                           << QList<int>{4, 10};
    QTest::newRow("four-byte") << QByteArray("\xf0\xa0\x80\x80\xf0\xa0\x80\x81 a") << QList<int>{0, 9}
                               << QList<int>{8, 10};
}

void TestFtsTokenizer::offsets()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<int>, starts);
    QFETCH(QList<int>, ends);
    const auto tokens = TextTokenizer::tokens(text);
    QCOMPARE(tokens.size(), starts.size());
    for (int i = 0; i < tokens.size(); ++i) {
        QCOMPARE(tokens[i].start, starts[i]);
        QCOMPARE(tokens[i].end, ends[i]);
    }
}

void TestFtsTokenizer::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("lone continuation") << QByteArray("ab\x80"
                                                     "cd")
                                       << QStringList{"ab", "cd"};
    QTest::newRow("truncated sequence") << QByteArray("ab\xe5\x8f") << QStringList{"ab"};
    QTest::newRow("truncated in han") << QByteArray("\xe5\x8f\xb0\xe7\xa9 x") << QStringList{"台", "x"};
    QTest::newRow("overlong") << QByteArray("\xc0\xaf"
                                            "x")
                              << QStringList{"x"};
    QTest::newRow("surrogate encoded") << QByteArray("\xed\xa0\x80y") << QStringList{"y"};
    QTest::newRow("nul bytes") << QByteArray("a\0b", 3) << QStringList{"a", "b"};
    QTest::newRow("all 0xff") << QByteArray(64, '\xff') << QStringList{};
}

void TestFtsTokenizer::invalidUtf8()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    QStringList words;
    for (const auto& token : TextTokenizer::tokens(text)) {
        QVERIFY(token.start >= 0 && token.start < token.end && token.end <= text.size());
        words.append(QString::fromUtf8(token.text));
    }
    QCOMPARE(words, expected);

    // Every byte value in every position: no crash, offsets always inside the input.
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(char((i * 7919 + 13) & 0xff));
    for (const auto& token : TextTokenizer::tokens(noise))
        QVERIFY(token.start >= 0 && token.start < token.end && token.end <= noise.size());
}

void TestFtsTokenizer::randomBytes()
{
    // Valid pieces of every kind spliced with random bytes, cut anywhere: tokens always lie inside the
    // input, in order, and re-tokenizing a token's own bytes never fails.
    const QList<QByteArray> pieces = {"TSMC ", "台積電", "Société", "삼성", "ภาษา", "\xe2\x80\x99", "-", "17.1",
                                      "ｶﾀｶﾅ", "\xcc\x81", "\xf0\x9f\x9a\x80"};
    QRandomGenerator random(20240117);
    for (int round = 0; round < 3000; ++round) {
        QByteArray text;
        const int parts = random.bounded(1, 12);
        for (int p = 0; p < parts; ++p) {
            if (random.bounded(3) == 0) {
                for (int b = random.bounded(1, 6); b > 0; --b)
                    text.append(char(random.bounded(256)));
            } else {
                text.append(pieces[random.bounded(int(pieces.size()))]);
            }
        }
        text.truncate(random.bounded(int(text.size()) + 1));
        int lastStart = 0;
        for (const auto& token : TextTokenizer::tokens(text)) {
            QVERIFY(token.start >= lastStart && token.start < token.end && token.end <= text.size());
            QVERIFY(!token.text.isEmpty());
            lastStart = token.start;
        }
    }
}

void TestFtsTokenizer::foldKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("case") << QStringLiteral("TSMC") << QStringLiteral("tsmc");
    QTest::newRow("spaces collapse") << QStringLiteral("  Samsung   Electronics ")
                                     << QStringLiteral("samsung electronics");
    QTest::newRow("punctuation") << QStringLiteral("CoWoS-L") << QStringLiteral("cowos l");
    QTest::newRow("traditional") << QStringLiteral("台積電") << QStringLiteral("台积电");
    QTest::newRow("simplified") << QStringLiteral("台积电") << QStringLiteral("台积电");
    QTest::newRow("accents") << QStringLiteral("Škoda Auto") << QStringLiteral("skoda auto");
    QTest::newRow("fullwidth") << QStringLiteral("ＴＳＭＣ") << QStringLiteral("tsmc");
}

void TestFtsTokenizer::foldKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(TextTokenizer::foldKey(text), key);
    QCOMPARE(
        QString::fromUtf8(TextTokenizer::foldKeyUtf8(text.toUtf8().constData(), int(text.toUtf8().size()))),
        key);
}

void TestFtsTokenizer::threads()
{
    // Per-thread scratch buffers and transliterators: the same answers from several threads at once.
    const QString text = QStringLiteral("Nvidia 台積電 CoWoS-L Société 삼성전자 ภาษาไทย");
    const QStringList expected = TextTokenizer::words(text);
    std::atomic<int> failures{0};
    std::vector<std::thread> workers;
    for (int t = 0; t < 4; ++t) {
        workers.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                if (TextTokenizer::words(text) != expected)
                    ++failures;
            }
        });
    }
    for (auto& worker : workers)
        worker.join();
    QCOMPARE(failures.load(), 0);
}

namespace {

// A story table indexed by the real schema's story_fts (tokenize='wirescope').
struct Corpus
{
    QTemporaryDir dir;
    ws::Database db;

    Corpus()
    {
        db = ws::Database(dir.filePath(QStringLiteral("t.db")));
        ws::Schema::upgrade(db);
        const QStringList bodies = {
            QStringLiteral("Taiwan Semiconductor Manufacturing Co (TSMC, 台積電) offers CoWoS packaging."),
            QStringLiteral("Innotron Memory (合肥長鑫) will invest in Shanghai."),
            QStringLiteral("Société Générale backs a café chain."),
            QStringLiteral("삼성전자 and SK Hynix make HBM."),
        };
        auto insert =
            db.prepare(QStringLiteral("INSERT INTO stories(rowid, id, title, body) VALUES(?1, ?2, ?3, ?4)"));
        auto index =
            db.prepare(QStringLiteral("INSERT INTO story_fts(rowid, title, body) VALUES(?1, ?2, ?3)"));
        for (int i = 0; i < bodies.size(); ++i) {
            const QString title = QStringLiteral("Story %1").arg(i + 1);
            insert.bind(1, qint64(i + 1)).bind(2, QStringLiteral("s%1").arg(i + 1)).bind(3, title);
            insert.bind(4, bodies[i]).run();
            index.bind(1, qint64(i + 1)).bind(2, title).bind(3, bodies[i]).run();
        }
    }

    QList<qint64> match(const QString& query)
    {
        auto statement =
            db.prepare(QStringLiteral("SELECT rowid FROM story_fts WHERE story_fts MATCH ?1 ORDER BY rowid"));
        statement.bind(1, query);
        QList<qint64> rows;
        while (statement.step())
            rows.append(statement.int64(0));
        return rows;
    }
};

} // namespace

void TestFtsTokenizer::ftsMatch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("rows");
    QTest::newRow("english") << QStringLiteral("cowos") << QList<qint64>{1};
    QTest::newRow("case") << QStringLiteral("TSMC") << QList<qint64>{1};
    QTest::newRow("traditional substring") << QStringLiteral("積電") << QList<qint64>{1};
    QTest::newRow("traditional word") << QStringLiteral("台積電") << QList<qint64>{1};
    QTest::newRow("simplified word") << QStringLiteral("台积电") << QList<qint64>{1};
    QTest::newRow("not adjacent") << QStringLiteral("台電") << QList<qint64>{};
    QTest::newRow("simplified other") << QStringLiteral("长鑫") << QList<qint64>{2};
    QTest::newRow("accent free query") << QStringLiteral("societe cafe") << QList<qint64>{3};
    QTest::newRow("accented query") << QStringLiteral("Café") << QList<qint64>{3};
    QTest::newRow("korean substring") << QStringLiteral("성전") << QList<qint64>{4};
    QTest::newRow("prefix") << QStringLiteral("semicon*") << QList<qint64>{1};
    QTest::newRow("title column") << QStringLiteral("title:story") << QList<qint64>{1, 2, 3, 4};
}

void TestFtsTokenizer::ftsMatch()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, rows);
    Corpus corpus;
    QCOMPARE(corpus.match(query), rows);
}

void TestFtsTokenizer::ftsSnippetOffsets()
{
    Corpus corpus;
    auto statement = corpus.db.prepare(
        QStringLiteral("SELECT highlight(story_fts, 1, '[', ']') FROM story_fts WHERE story_fts MATCH ?1"));
    statement.bind(1, QStringLiteral("台积电"));
    QVERIFY(statement.step());
    QVERIFY2(statement.text(0).contains(QStringLiteral("[台積電]")), qPrintable(statement.text(0)));
    statement = corpus.db.prepare(
        QStringLiteral("SELECT highlight(story_fts, 1, '[', ']') FROM story_fts WHERE story_fts MATCH ?1"));
    statement.bind(1, QStringLiteral("societe"));
    QVERIFY(statement.step());
    QVERIFY2(statement.text(0).startsWith(QStringLiteral("[Société]")), qPrintable(statement.text(0)));
}

QTEST_GUILESS_MAIN(TestFtsTokenizer)
#include "TestFtsTokenizer.moc"
