#include "extract/CurrencyTable.h"
#include "extract/MoneyParser.h"

#include <QTest>

using namespace ws;

namespace {

const QString fixture = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/extract/gazetteer/currencies.tsv");

} // namespace

class TestMoneyParser : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<CurrencyTable> m_table;
    std::unique_ptr<MoneyParser> m_parser;

    QList<MoneyAmount> parse(const QString& text) const { return m_parser->parse(text); }

private slots:
    void initTestCase()
    {
        m_table = std::make_shared<CurrencyTable>();
        QStringList issues;
        QVERIFY(m_table->load(fixture, &issues));
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QLatin1Char('\n'))));
        m_parser = std::make_unique<MoneyParser>(m_table);
    }

    void tableStatesItsDate()
    {
        QCOMPARE(m_table->rateDate(), QStringLiteral("2025-01-02"));
        QVERIFY(m_table->find(QStringLiteral("twd")));
        QCOMPARE(m_table->find(QStringLiteral("TWD"))->usdPerUnit, 0.0305);
    }

    void brokenTableReportsProblems()
    {
        CurrencyTable table;
        QStringList issues;
        QVERIFY(
            table.load(QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/extract/broken/currencies.tsv"), &issues));
        QCOMPARE(issues.size(), 2); // a rate that is not a number, no "# rates" comment
        QVERIFY(issues[0].contains(QStringLiteral("currencies.tsv:3")));
        QVERIFY(!table.load(QStringLiteral("/nonexistent/currencies.tsv"), &issues));
    }

    void currenciesAndScales_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("currency");
        QTest::newRow("US$ billion") << "capex of US$38 billion this year" << 38e9 << "USD";
        QTest::newRow("$ million") << "it paid $5 million for it" << 5e6 << "USD";
        QTest::newRow("$ bn glued") << "a $2.5bn deal" << 2.5e9 << "USD";
        QTest::newRow("NT$") << "net income of NT$374.68 billion" << 374.68e9 << "TWD";
        QTest::newRow("yuan") << "raised 10.8 billion yuan from investors" << 10.8e9 << "CNY";
        QTest::newRow("RMB before") << "RMB 3 billion in loans" << 3e9 << "CNY";
        QTest::newRow("yen") << "3.5 billion yen" << 3.5e9 << "JPY";
        QTest::newRow("yen symbol") << "priced at ¥12,000" << 12000.0 << "JPY";
        QTest::newRow("won trillion") << "operating profit of 9.1 trillion won" << 9.1e12 << "KRW";
        QTest::newRow("won symbol") << "₩500 billion" << 500e9 << "KRW";
        QTest::newRow("euro") << "a 1.2 billion euro plant" << 1.2e9 << "EUR";
        QTest::newRow("euro symbol mn") << "€300mn" << 300e6 << "EUR";
        QTest::newRow("pound symbol") << "£45 million" << 45e6 << "GBP";
        QTest::newRow("rupee crore") << "Rs 500 crore" << 5e9 << "INR";
        QTest::newRow("rupees lakh") << "50 lakh rupees" << 5e6 << "INR";
        QTest::newRow("HK$ thousand") << "HK$800 thousand" << 8e5 << "HKD";
        QTest::newRow("billion dollars") << "two billion dollars" << 2e9 << "USD";
        QTest::newRow("dlrs mln") << "for 25 mln dlrs in cash" << 25e6 << "USD";
        QTest::newRow("dlrs billion") << "1.5 billion dlrs" << 1.5e9 << "USD";
        QTest::newRow("U.S. dlrs") << "25 mln U.S. dlrs" << 25e6 << "USD";
        QTest::newRow("stg") << "sold it for 10 mln stg" << 10e6 << "GBP";
        QTest::newRow("marks") << "50 mln marks" << 50e6 << "DEM";
        QTest::newRow("cts") << "a dividend of 15 cts a share" << 0.15 << "USD";
        QTest::newRow("thousands separator") << "1,750 dlrs" << 1750.0 << "USD";
        QTest::newRow("億元") << "投資171億元" << 171e8 << "CNY";
        QTest::newRow("亿元 人民币") << "人民币171亿元" << 171e8 << "CNY";
        QTest::newRow("萬 新台幣") << "新台幣5萬元" << 5e4 << "TWD";
        QTest::newRow("美元") << "24億美元" << 24e8 << "USD";
        QTest::newRow("trillion tn") << "$1.2tn" << 1.2e12 << "USD";
    }

    void currenciesAndScales()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(QString, currency);
        const QList<MoneyAmount> amounts = parse(text);
        QCOMPARE(amounts.size(), 1);
        QCOMPARE(amounts[0].currency, currency);
        QVERIFY2(qAbs(amounts[0].value - value) <= value * 1e-9,
                 qPrintable(QString::number(amounts[0].value)));
        QCOMPARE(text.mid(amounts[0].start, amounts[0].end - amounts[0].start), amounts[0].text);
        QVERIFY(amounts[0].hasUsd());
    }

    void qualifiers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("qualifier");
        for (const char* q :
             {"no less than", "at least", "about", "around", "approximately", "roughly", "nearly", "almost",
              "up to", "more than", "over", "as much as", "as high as", "less than"})
            QTest::newRow(q) << QStringLiteral("it will spend %1 US$2 billion").arg(QLatin1String(q))
                             << QString::fromLatin1(q);
        QTest::newRow("none") << "it will spend US$2 billion" << QString();
    }

    void qualifiers()
    {
        QFETCH(QString, text);
        QFETCH(QString, qualifier);
        const QList<MoneyAmount> amounts = parse(text);
        QCOMPARE(amounts.size(), 1);
        QCOMPARE(amounts[0].qualifier, qualifier);
        QCOMPARE(amounts[0].value, 2e9);
        // The qualifier is part of what the amount was read from.
        if (!qualifier.isEmpty())
            QVERIFY(amounts[0].text.startsWith(qualifier));
    }

    void pairIsOneAmountAndSetsTheRate()
    {
        const QString text = QStringLiteral("Innotron is to invest no less than 17.1 billion yuan (US$2.4 "
                                            "billion) in a plant. It earlier raised "
                                            "10.8 billion yuan from investors.");
        const QList<MoneyAmount> amounts = parse(text);
        QCOMPARE(amounts.size(), 2);
        QCOMPARE(amounts[0].currency, QStringLiteral("CNY"));
        QCOMPARE(amounts[0].value, 17.1e9);
        QCOMPARE(amounts[0].usd, 2.4e9);
        QCOMPARE(amounts[0].qualifier, QStringLiteral("no less than"));
        QCOMPARE(amounts[0].text, QStringLiteral("no less than 17.1 billion yuan (US$2.4 billion)"));
        // The second yuan amount uses the story's own rate, not the table's 0.137.
        QCOMPARE(amounts[1].currency, QStringLiteral("CNY"));
        QVERIFY(qAbs(amounts[1].usd - 10.8e9 * 2.4 / 17.1) < 1);
    }

    void usdFirstPairIsOneAmount()
    {
        const QList<MoneyAmount> amounts = parse(QStringLiteral("US$11.4 billion (NT$374.68 billion)"));
        QCOMPARE(amounts.size(), 1);
        QCOMPARE(amounts[0].currency, QStringLiteral("USD"));
        QCOMPARE(amounts[0].usd, 11.4e9);
    }

    void tableRateWithoutPair()
    {
        const QList<MoneyAmount> amounts = parse(QStringLiteral("revenue of NT$100 billion"));
        QCOMPARE(amounts.size(), 1);
        QVERIFY(qAbs(amounts[0].usd - 100e9 * 0.0305) < 1);
    }

    void ranges()
    {
        const QList<MoneyAmount> symbols = parse(QStringLiteral("US$38 billion to US$42 billion"));
        QCOMPARE(symbols.size(), 2);
        QCOMPARE(symbols[1].value, 42e9);
        const QList<MoneyAmount> shared = parse(QStringLiteral("between 38 and 42 billion dlrs"));
        QCOMPARE(shared.size(), 2);
        QCOMPARE(shared[0].value, 38e9);
        QCOMPARE(shared[0].currency, QStringLiteral("USD"));
        QCOMPARE(shared[1].value, 42e9);
    }

    void notMoney_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("percent word") << "revenue grew 25 percent this year";
        QTest::newRow("percent sign") << "a 10% rise";
        QTest::newRow("pct") << "rose 5.5 pct in January";
        QTest::newRow("per cent") << "fell 3 per cent";
        QTest::newRow("bare number") << "capacity for 30,000 units per month";
        QTest::newRow("bare scale") << "a market of 1.4 billion people";
        QTest::newRow("year") << "in 2025 and 2026";
        QTest::newRow("threshold") << "the index passed the 2,000 mark";
        QTest::newRow("verb won") << "it won 3 contracts";
    }

    void notMoney()
    {
        QFETCH(QString, text);
        QVERIFY2(parse(text).isEmpty(), qPrintable(parse(text).value(0).text));
    }

    void offsetsIntoTheText()
    {
        const QString text = QStringLiteral("Title\n\nIt paid about $5 million, or 20 cts a share.");
        const QList<MoneyAmount> amounts = parse(text);
        QCOMPARE(amounts.size(), 2);
        QCOMPARE(text.mid(amounts[0].start, amounts[0].end - amounts[0].start),
                 QStringLiteral("about $5 million"));
        QCOMPARE(amounts[1].value, 0.2);
    }
};

QTEST_GUILESS_MAIN(TestMoneyParser)
#include "TestMoneyParser.moc"
