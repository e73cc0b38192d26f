#include "extract/DealExtractor.h"
#include "extract/EntityRecognizer.h"
#include "extract/MentionResolver.h"
#include "extract/MoneyParser.h"
#include "extract/NameRuns.h"

#include <QTest>
#include <algorithm>

using namespace ws;

namespace {

const QString fixtureDir = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/extract/gazetteer");

} // namespace

class TestDealExtractor : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::shared_ptr<const DealLexicon> m_lexicon;

    QList<Deal> read(const QString& text) const
    {
        const TextAnalysis analysis(text);
        const NameRuns runs(analysis);
        const StoryEntities story =
            MentionResolver(*m_gazetteer)
                .resolve(analysis, EntityRecognizer(m_gazetteer).recognize(analysis, runs));
        const QList<MoneyAmount> amounts =
            MoneyParser(m_gazetteer->currencies()).parse(text, analysis.tokens());
        return DealExtractor(m_lexicon).extract(analysis, story, amounts, runs.kickers());
    }

    static QString roleOf(const Deal& deal, const QString& name)
    {
        for (const DealParty& party : deal.parties) {
            if (party.name == name)
                return party.role;
        }
        return {};
    }

    static QString describe(const QList<Deal>& deals)
    {
        QStringList out;
        for (const Deal& deal : deals) {
            QStringList parties;
            for (const DealParty& party : deal.parties)
                parties.append(party.name + QLatin1Char('/') + party.role);
            out.append(deal.kind + QLatin1Char(' ') + deal.status + QStringLiteral(" [") +
                       parties.join(QStringLiteral(", ")) + QLatin1Char(']'));
        }
        return out.join(QStringLiteral("; "));
    }

private slots:
    void initTestCase()
    {
        m_gazetteer = Gazetteer::load(fixtureDir);
        QStringList issues;
        m_lexicon = DealLexicon::load(DealLexicon::defaultPath(), &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QLatin1Char('\n'))));
        QVERIFY(m_lexicon->size() > 100);
    }

    void brokenLexiconReportsProblems()
    {
        QStringList issues;
        const auto missing = DealLexicon::load(QStringLiteral("/nonexistent/deal-triggers.tsv"), &issues);
        QCOMPARE(missing->size(), 0);
        QCOMPARE(issues.size(), 1);
    }

    void investment()
    {
        const QList<Deal> deals = read(QStringLiteral("Innotron Memory (合肥長鑫) is to invest no less than "
                                                      "17.1 billion yuan (US$2.4 billion) in an advanced "
                                                      "packaging plant in Shanghai."));
        QCOMPARE(deals.size(), 1);
        const Deal& deal = deals[0];
        QCOMPARE(deal.kind, QStringLiteral("investment"));
        QCOMPARE(deal.status, QStringLiteral("planned"));
        QCOMPARE(roleOf(deal, QStringLiteral("Innotron Memory")), QStringLiteral("investor"));
        QVERIFY(deal.amount);
        QCOMPARE(deal.amount->usd, 2.4e9);
        QCOMPARE(deal.amount->qualifier, QStringLiteral("no less than"));
        QCOMPARE(deal.place, QStringLiteral("Shanghai"));
    }

    void fundraising()
    {
        const QList<Deal> deals = read(QStringLiteral("Acme Robotics Inc raised US$500 million from Sequoia "
                                                      "Capital Inc in a funding round this month."));
        QCOMPARE(deals.size(), 1);
        QCOMPARE(deals[0].kind, QStringLiteral("fundraising"));
        QCOMPARE(roleOf(deals[0], QStringLiteral("Acme Robotics Inc")), QStringLiteral("target"));
        QCOMPARE(roleOf(deals[0], QStringLiteral("Sequoia Capital Inc")), QStringLiteral("investor"));
        QCOMPARE(deals[0].amount->value, 500e6);
        QCOMPARE(deals[0].time, QStringLiteral("this month"));
        // "raise" needs money: raising a forecast is no fundraising.
        QVERIFY(read(QStringLiteral("Acme Robotics Inc raised its forecast for the year.")).isEmpty());
    }

    void acquisitions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("buyer");
        QTest::addColumn<QString>("target");
        QTest::newRow("agreed to acquire")
            << "Dixons Group PLC said it agreed to acquire Cyclops Corp for 25 mln dlrs."
            << "announced"
            << "Dixons Group PLC"
            << "Cyclops Corp";
        QTest::newRow("completed") << "Bayer AG said it has completed the acquisition of Wyrough Inc."
                                   << "completed"
                                   << "Bayer AG"
                                   << "Wyrough Inc";
        QTest::newRow("passive") << "Cyclops Corp said it agreed to be acquired by Dixons Group PLC."
                                 << "announced"
                                 << "Dixons Group PLC"
                                 << "Cyclops Corp";
        QTest::newRow("tender offer") << "Dixons Group PLC plans a tender offer for Cyclops Corp."
                                      << "planned"
                                      << "Dixons Group PLC"
                                      << "Cyclops Corp";
        QTest::newRow("considering") << "Dixons Group PLC is considering a bid for Cyclops Corp."
                                     << "considered"
                                     << "Dixons Group PLC"
                                     << "Cyclops Corp";
        QTest::newRow("stake") << "Dixons Group PLC bought a 5.1 pct stake in Cyclops Corp."
                               << "completed"
                               << "Dixons Group PLC"
                               << "Cyclops Corp";
    }

    void acquisitions()
    {
        QFETCH(QString, text);
        QFETCH(QString, status);
        QFETCH(QString, buyer);
        QFETCH(QString, target);
        const QList<Deal> deals = read(text);
        QCOMPARE(deals.size(), 1);
        QCOMPARE(deals[0].kind, QStringLiteral("acquisition"));
        QCOMPARE(deals[0].status, status);
        QCOMPARE(roleOf(deals[0], buyer), QStringLiteral("buyer"));
        QCOMPARE(roleOf(deals[0], target), QStringLiteral("target"));
        QCOMPARE(text.mid(deals[0].evidenceStart, deals[0].evidenceEnd - deals[0].evidenceStart),
                 deals[0].evidence);
    }

    void sale()
    {
        const QList<Deal> deals =
            read(QStringLiteral("Acme Corp sold its chemicals unit to Beta Inc for 10 mln stg."));
        QCOMPARE(deals.size(), 1);
        QCOMPARE(deals[0].kind, QStringLiteral("acquisition"));
        QCOMPARE(roleOf(deals[0], QStringLiteral("Acme Corp")), QStringLiteral("seller"));
        QCOMPARE(roleOf(deals[0], QStringLiteral("Beta Inc")), QStringLiteral("buyer"));
        QCOMPARE(deals[0].amount->currency, QStringLiteral("GBP"));
        QCOMPARE(deals[0].status, QStringLiteral("completed"));
    }

    void notAcquisitions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("buyback") << "Acme Corp said it would buy back its shares.";
        QTest::newRow("own stock") << "Acme Corp may buy its stock at its discretion.";
        QTest::newRow("notes") << "Acme Corp sold 100 mln dlrs of notes due 1997.";
        QTest::newRow("goods") << "Qantas Airways Ltd will buy four Boeing Co 747s for one billion dlrs.";
        QTest::newRow("commodity") << "Acme Corp sold 50,000 tonnes of wheat to Egypt.";
        QTest::newRow("negated") << "Acme Corp has no plans to sell the unit to Beta Inc.";
        QTest::newRow("products") << "Beta Inc will market and sell the products in Europe.";
        QTest::newRow("contract chipmaker") << "TSMC is Nvidia's main contract chipmaker.";
        QTest::newRow("percent") << "Revenue rose 25 percent this year.";
        QTest::newRow("footnote") << "NOTE: prior qtr excludes gain from sale of Beta Inc unit.";
        // Restrictions already in force, as the setting of another event.
        QTest::newRow("in the face of") << "China set up a chip fund in the face of US restrictions.";
        QTest::newRow("despite") << "Acme Memory Co kept growing despite US sanctions on its tools.";
        QTest::newRow("given") << "Analysts said the review was a hurdle, given tensions over US export controls.";
        QTest::newRow("comply") << "Acme Corp designed the chip to comply with export controls.";
        // A deal named to explain a figure, a rating or a financing is not a new deal.
        QTest::newRow("gain on the sale")
            << "Beta Inc said quarterly net included a gain of 4.2 mln dlrs, or 11 cts "
               "a share, on the sale of its trucking unit.";
        QTest::newRow("loss from the proposed sale")
            << "Beta Inc expects a loss in its third quarter ended June 30 from the proposed sale of its "
               "Gamma Corp unit.";
        QTest::newRow("as a result of")
            << "Beta Inc expects higher earnings as a result of its acquisition of "
               "Gamma Corp.";
        QTest::newRow("financing costs")
            << "Financing costs of the Gamma Corp acquisition cut profit at Beta Inc.";
        QTest::newRow("excludes") << "Year-earlier figures exclude the purchase of Gamma Corp by Beta Inc.";
        QTest::newRow("cited") << "The rating agency cited Beta Inc's tender offer for Gamma Corp.";
        QTest::newRow("following")
            << "The agency may lower Beta Inc's rating following its agreed acquisition "
               "of Gamma Corp.";
        QTest::newRow("cited agreement to acquire")
            << "The agency cited Beta Inc's definitive agreement to acquire Gamma Corp for 370 mln dlrs.";
        QTest::newRow("debt incurred in")
            << "Proceeds will be used to repay bank debt incurred in the acquisition of Gamma Corp by Beta Inc.";
        QTest::newRow("derived from")
            << "Beta Inc said the earnings mainly derived from its sale of a 15 pct stake in Gamma Corp.";
        QTest::newRow("cost of buying") << "Beta Inc said it recovered the cost of buying Gamma Corp.";
        // A deal that says what a company is, or dates from an earlier year.
        QTest::newRow("year after the object") << "The suit stems from Beta Inc's purchase of Gamma Corp in 1984.";
        QTest::newRow("recently-acquired")
            << "Sales at Beta Inc's recently-acquired Gamma Corp unit rose 5 pct.";
        QTest::newRow("apposition") << "Gamma Corp, acquired by Beta Inc in 1985, reported a loss.";
        QTest::newRow("last year") << "Beta Inc bought Gamma Corp from Delta Inc last year.";
        QTest::newRow("year before noun")
            << "Regulators once reviewed Beta Inc's 1984 takeover of Gamma Corp.";
        // The word in general.
        QTest::newRow("possible acquisitions")
            << "Beta Inc said proceeds would be used for possible acquisitions.";
        QTest::newRow("acquisitions of companies")
            << "Beta Inc plans to grow through acquisitions of companies in related fields.";
        QTest::newRow("acquire and operate") << "Beta Realty Corp was formed to acquire and operate office "
                                                "buildings.";
        QTest::newRow("sell, service and distribute") << "Delta Inc will sell, service and distribute the "
                                                         "copiers made by Beta Inc.";
        QTest::newRow("heavy buying") << "Heavy buying lifted shares of Beta Inc on Tuesday.";
        QTest::newRow("mergers and acquisitions")
            << "Jane Roe will head mergers and acquisitions at Beta Inc.";
        QTest::newRow("acquisition costs") << "Acquisition costs rose at Beta Inc.";
        QTest::newRow("warrant")
            << "Each warrant entitles the holder to buy one share of Beta Inc common stock.";
        // A holding named in passing.
        QTest::newRow("which owns")
            << "Beta Inc, which owns a 20 pct stake in Gamma Corp, reported higher profit.";
        QTest::newRow("a group with") << "A group with a 12 pct stake in Gamma Corp sought two board seats.";
        // Securities, goods and services.
        QTest::newRow("passive notes") << "The notes will be sold through underwriters led by Delta Inc.";
        QTest::newRow("goods participle") << "Beta Inc raised prices of cars sold by Delta Inc dealers.";
        QTest::newRow("own shares")
            << "Beta Inc sold two mln shares of Beta Inc common stock to underwriters.";
        QTest::newRow("own notes") << "Beta Inc made purchases of its 13 pct subordinated notes.";
        QTest::newRow("a product of a company") << "Gamma Research Inc bought a Beta Corp supercomputer.";
        QTest::newRow("through a subsidiary") << "Beta Inc will sell the devices through a subsidiary of "
                                                 "Delta Inc.";
        QTest::newRow("services") << "Beta Inc will sell telemarketing services to other companies.";
        QTest::newRow("line of goods") << "Delta Inc bought Beta Inc's newest line of design tools.";
        QTest::newRow("products named for a company") << "Delta Inc will sell Beta Inc computer products.";
        QTest::newRow("ticker of the other side")
            << "Delta Inc is offering 40 mln dlrs of securities that it purchased from Beta Inc <BTA>.";
        QTest::newRow("speaker after a comma") << "Fees are 1-1/2 pct for selling, Delta Inc said.";
        QTest::newRow("debentures") << "Beta Inc plans to sell 30 mln dlrs of debentures in Gamma Corp.";
        QTest::newRow("warrants into shares")
            << "Delta Inc will acquire warrants exercisable into 475,000 shares of Beta Inc stock.";
        // Offerings, rights plans, a stock's price (DealSecurities).
        QTest::newRow("count sold in an offering")
            << "Beta Inc filed for an offering of two mln shares, including 300,000 to be sold by "
               "holders through underwriters led by Delta Inc.";
        QTest::newRow("which will be sold by")
            << "Beta Inc filed for an offering of 4.8 mln shares of common stock, which will be sold by "
               "Gamma Corp.";
        QTest::newRow("sold privately")
            << "Beta Inc said it sold privately 24 units, each consisting of 40,000 common shares and "
               "40,000 warrants, for 480,000 dlrs.";
        QTest::newRow("underwriters' option")
            << "Beta Inc said underwriters have an option to buy 1,200,000 more units.";
        QTest::newRow("rights plan")
            << "The rights will be exercisable only if a person or group acquires 20 pct or more of "
               "Beta Inc's shares.";
        QTest::newRow("stock price") << "Delta Inc said Beta Inc stock is selling at 48 pct of its asset value.";
        QTest::newRow("selling stockholders")
            << "Of the shares offered, 250,000 are being sold by selling stockholders, Delta Inc said.";
        // Where the object ends, and a share of goods.
        QTest::newRow("a change after a count") << "Beta Inc said it sold 96,649, up 6.3 pct from 90,945.";
        QTest::newRow("framing word ends the object")
            << "Beta Inc agreed to buy some oxygenators following approval by Delta Inc.";
        QTest::newRow("share of supplies") << "Beta Inc purchased 36 pct of its supplies on the spot market.";
        QTest::newRow("another clause")
            << "Beta Inc and Gamma Corp will each have a 50 pct stake, but a company spokeswoman gave no details.";
        QTest::newRow("units counted in millions") << "Beta Inc said the industry will sell about 116 mln units.";
        QTest::newRow("new shares") << "Delta Inc is managing the sale of 25,000 new bearer shares of Beta Inc.";
        QTest::newRow("output of a company") << "Delta Inc must purchase the output of the Beta Inc plant.";
        QTest::newRow("goods sold to a company") << "Beta Inc said it sold three computer systems to Delta Inc.";
        QTest::newRow("revenues from a stake")
            << "Analysts said Beta Inc will book revenues from its Gamma Corp stake for the year.";
        QTest::newRow("speaker who noted") << "Banks buy low and sell high, one Delta Inc source noted.";
        QTest::newRow("second verb of the subject")
            << "The bonds will carry a coupon of 4-3/4 pct and will be sold to European investors, Beta Inc said.";
        QTest::newRow("product line named for a company")
            << "Delta Inc will buy its Beta Inc line of telephone systems for internal use.";
        QTest::newRow("figure in brackets") << "Extraordinary credit (sale of share in Gamma Corp) 5.6 mln vs nil";
        QTest::newRow("an item of a company") << "Delta Inc will sell a Beta Inc item in its stores.";
        QTest::newRow("the company said")
            << "Beta Inc will start selling the three-wheelers under its brand later this year, the company said.";
        // A kind of business in general, a group's own units, a post taken over.
        QTest::newRow("kind in general")
            << "Beta Inc said it formed Gamma Corp, a holding company structured to acquire operating "
               "companies and assets in the oil industry.";
        QTest::newRow("additional facilities")
            << "Beta Inc said proceeds will be used for the acquisition of additional manufacturing facilities.";
        QTest::newRow("own units") << "Gamma Corp, a unit of Beta Inc, said it will merge with two other Beta units.";
        QTest::newRow("two units") << "Beta Inc said it merged two units to cut costs.";
        QTest::newRow("into its subsidiary")
            << "Beta Inc will ask holders to approve a proposal to merge the company into its main subsidiary.";
        QTest::newRow("take over as") << "John Doe left Beta Inc to take over as president of Gamma Corp.";
        QTest::newRow("acquisition brokers")
            << "Beta Inc has several acquisition brokers looking for a small insurance company.";
    }

    void notAcquisitions()
    {
        QFETCH(QString, text);
        const QList<Deal> deals = read(text);
        QVERIFY2(deals.isEmpty(), qPrintable(describe(deals)));
    }

    // Readings the rules above must leave alone: each is an acquisition deal.
    void stillAcquisitions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("stake disclosed") << "Beta Inc said it has a 5.1 pct stake in Gamma Corp.";
        QTest::newRow("merger into") << "Gamma Corp shareholders approved a merger into Beta Inc.";
        QTest::newRow("merger talks") << "Gamma Corp said it ended merger talks with Beta Inc.";
        QTest::newRow("takeover offer from") << "Gamma Corp rejected a takeover offer from Beta Inc.";
        QTest::newRow("goods qualifying a business")
            << "Beta Inc sold its oil and gas operations to Delta Inc.";
        QTest::newRow("services unit") << "Beta Inc agreed to sell its financial services unit to Delta Inc.";
        QTest::newRow("passive stake") << "The stake was acquired from Gamma Corp by Beta Inc.";
        QTest::newRow("a theatre") << "Beta Inc agreed to buy the Roosevelt Theatre from Gamma Corp.";
        QTest::newRow("gain after the sale")
            << "Beta Inc sold its 15 pct interest in Gamma Corp, for a gain of "
               "3 mln dlrs.";
        QTest::newRow("previously announced")
            << "Beta Inc completed the previously announced sale of its unit "
               "to Delta Inc.";
        QTest::newRow("possessive stock") << "Beta Inc bought 9.8 pct of Gamma Corp's stock.";
        QTest::newRow("privately-held") << "Beta Inc agreed to acquire privately-held Gamma Corp.";
        QTest::newRow("privately held") << "Beta Inc agreed to acquire privately held Gamma Corp.";
        QTest::newRow("wire brackets") << "Beta Inc agreed to sell its unit to <Gamma Corp>.";
        QTest::newRow("department") << "Beta Inc bought the advanced products department of Gamma Corp <GAM>.";
        QTest::newRow("goods reaching a business")
            << "Beta Inc sold its domestic oil and natural gas properties to Gamma Corp.";
        QTest::newRow("after buying shares")
            << "Beta Inc said it raised its stake in Gamma Corp to 6.2 pct after buying 14,135 Gamma Corp "
               "common shares.";
        QTest::newRow("planned in a year") << "Beta Inc will complete the purchase of Gamma Corp in 1988.";
        QTest::newRow("offices") << "Beta Inc agreed to sell its consumer lending offices to Gamma Corp.";
        QTest::newRow("stake worth a sum")
            << "Beta Inc said it has taken a 25 pct stake worth five mln dlrs in Gamma Corp.";
        QTest::newRow("reserves") << "Beta Inc completed the sale of its oil and natural gas reserves to Gamma Corp.";
        QTest::newRow("shares sold to a company") << "Beta Inc sold 200,000 of its shares to Gamma Corp.";
        QTest::newRow("a named seller") << "Beta Inc agreed to buy stations from Gamma Corp.";
        QTest::newRow("own unit with an outside company")
            << "Beta Inc will merge its insurance unit with Gamma Corp.";
        QTest::newRow("a name with Fund") << "Beta Inc bought its France Fund stake in Gamma Corp for investment.";
        QTest::newRow("relative clause")
            << "Glidden Corp, which Beta Inc bought last month, lifted sales at Beta Inc.";
    }

    void stillAcquisitions()
    {
        QFETCH(QString, text);
        const QList<Deal> deals = read(text);
        QVERIFY2(std::any_of(deals.cbegin(), deals.cend(),
                             [](const Deal& deal) { return deal.kind == QLatin1String("acquisition"); }),
                 qPrintable(describe(deals)));
    }

    // A stake bought with an investment is the acquisition of a stake, not an investment too.
    void stakeBoughtWithInvestment()
    {
        const QList<Deal> deals =
            read(QStringLiteral("Beta Inc invested 8 mln dlrs for a 9.8 pct stake in Gamma Corp."));
        QCOMPARE(describe(deals),
                 QStringLiteral("acquisition announced [Beta Inc/buyer, Gamma Corp/target]"));
        const QList<Deal> plant = read(QStringLiteral("Beta Inc will invest 80 mln dlrs in a new plant."));
        QCOMPARE(plant.size(), 1);
        QCOMPARE(plant[0].kind, QStringLiteral("investment"));
    }

    // Two deals in two clauses of one sentence: the sum and the investor belong to the investment's
    // clause, not to the stake offered in the next one.
    void amountStaysInItsClause()
    {
        const QList<Deal> deals = read(QStringLiteral(
            "The agreement follows Acme Corp's deal last month with Beta Inc for chips, under which Beta Inc "
            "intends to invest up to US$100 billion in Acme Corp, and an agreement last week with Gamma Corp "
            "for 6 gigawatts of GPUs that could give Acme Corp a stake of up to about 10 percent in Gamma Corp."));
        const auto of = [&](const char* kind) {
            const auto it = std::find_if(deals.cbegin(), deals.cend(),
                                         [&](const Deal& deal) { return deal.kind == QLatin1String(kind); });
            return it == deals.cend() ? Deal() : *it;
        };
        const Deal stake = of("acquisition");
        QCOMPARE(stake.status, QStringLiteral("considered"));
        QCOMPARE(roleOf(stake, QStringLiteral("Acme Corp")), QStringLiteral("buyer"));
        QCOMPARE(roleOf(stake, QStringLiteral("Gamma Corp")), QStringLiteral("target"));
        QVERIFY2(!stake.amount, qPrintable(describe(deals)));
        const Deal investment = of("investment");
        QVERIFY2(investment.amount, qPrintable(describe(deals)));
        QCOMPARE(investment.amount->usd, 100e9);
        QCOMPARE(roleOf(investment, QStringLiteral("Beta Inc")), QStringLiteral("investor"));
        QCOMPARE(roleOf(investment, QStringLiteral("Acme Corp")), QStringLiteral("target"));
        // In one clause the sum is the stake's price.
        const QList<Deal> one = read(QStringLiteral("Beta Inc paid 8 mln dlrs for a 9.8 pct stake in Gamma Corp."));
        QCOMPARE(one.size(), 1);
        QVERIFY(one[0].amount);
        QCOMPARE(one[0].amount->value, 8e6);
    }

    void contractAndPartnership()
    {
        const QList<Deal> contract = read(QStringLiteral(
            "Innotron Memory signed a contract with the local government this month to secure land."));
        QCOMPARE(contract.size(), 1);
        QCOMPARE(contract[0].kind, QStringLiteral("contract"));
        QCOMPARE(contract[0].status, QStringLiteral("announced"));
        QCOMPARE(contract[0].time, QStringLiteral("this month"));
        const QList<Deal> venture =
            read(QStringLiteral("Intel Corp formed a joint venture with Acme Corp in Taiwan."));
        QCOMPARE(venture.size(), 1);
        QCOMPARE(venture[0].kind, QStringLiteral("partnership"));
        QCOMPARE(venture[0].parties.size(), 2);
        QCOMPARE(venture[0].place, QStringLiteral("Taiwan"));
        // A "deal" noun gives way to a more specific trigger in the same sentence.
        const QList<Deal> raise = read(QStringLiteral("Innotron Memory secured a deal with investors to "
                                                      "raise 10.8 billion yuan, according to Acme Corp."));
        QCOMPARE(describe(raise),
                 QStringLiteral("fundraising announced [Innotron Memory/target, Acme Corp/party]"));
    }

    void aWireCreditIsNoParty()
    {
        // "AFP - ..." opening the text names who reports the deal, not who makes it.
        QCOMPARE(describe(read(
                     QStringLiteral("AFP - Intel Corp signed a contract with Acme Corp to supply chips."))),
                 QStringLiteral("contract announced [Intel Corp/party, Acme Corp/party]"));
        // Nor is a dateline's city the government of a sanction.
        QCOMPARE(describe(read(QStringLiteral(
                     "SHANGHAI (AFP) - Regulators voiced concern over a ban on chip exports."))),
                 QString());
    }

    void twoCompaniesMerging()
    {
        QCOMPARE(describe(read(QStringLiteral("Acme Corp and Intel Corp are in talks to merge."))),
                 QStringLiteral("acquisition considered [Acme Corp/party, Intel Corp/party]"));
    }

    void aFabIsABusinessSold()
    {
        // "fab" is also a technology word; sold, it is the business that changes hands.
        QCOMPARE(describe(read(QStringLiteral(
                     "Acme Corp agreed to sell its P5 fab in Hefei to Intel Corp for US$600 million."))),
                 QStringLiteral("acquisition announced [Acme Corp/seller, Intel Corp/buyer]"));
    }

    void aSanctionHitsTheCompaniesOfItsClause()
    {
        // The companies listed are its targets; "US" before "chipmaking equipment" qualifies it.
        QCOMPARE(describe(read(QStringLiteral(
                     "The US Department of Commerce added 140 entities, including Acme Corp and FormFactor "
                     "Inc, to its entity list, restricting their access to US chipmaking equipment."))),
                 QStringLiteral("sanction announced [US Department of Commerce/government, Acme Corp/target, "
                                "FormFactor Inc/target]"));
    }

    void aBanIsASanctionWhenItStopsTrade()
    {
        QCOMPARE(describe(read(QStringLiteral("China banned exports of gallium to the United States."))),
                 QStringLiteral("sanction completed [China/government]"));
        QVERIFY(read(QStringLiteral("The United States voted to ban all forms of human cloning.")).isEmpty());
        QVERIFY(read(QStringLiteral("Beijing will restrict the use of phones in class.")).isEmpty());
    }

    void aPartyOfAnotherClausesDeal()
    {
        // The company of the coordinated clause's deal takes no part in the first deal.
        const QList<Deal> deals = read(QStringLiteral(
            "Under the deal Nvidia Corp intends to invest up to US$100 billion in Acme Corp, and an "
            "agreement last week with Intel Corp could give Acme Corp a stake of up to 10 percent in Intel "
            "Corp."));
        QString investment;
        for (const Deal& deal : deals) {
            if (deal.kind == QLatin1String("investment"))
                investment = describe({deal});
        }
        QCOMPARE(investment, QStringLiteral("investment planned [Nvidia Corp/investor, Acme Corp/target]"));
        // The companies named before the next deal word, after ", and", are that deal's.
        QCOMPARE(describe(read(QStringLiteral(
                     "China imposed a 34 percent tariff on all US goods, and the Ministry of Commerce placed "
                     "11 companies, including Acme Corp, on its entity list."))),
                 QStringLiteral("tariff announced [China/government]; "
                                "sanction announced [Ministry of Commerce/government, Acme Corp/target]"));
    }

    void wordsThatAreNoDeals()
    {
        // "deal with" after a modal is a verb; "his duties" are no tariff.
        QVERIFY(
            read(QStringLiteral("Intel Corp said the chip will deal with problems of capacity.")).isEmpty());
        QVERIFY(read(QStringLiteral("Acme Corp relieved its chairman of his duties on Friday.")).isEmpty());
    }

    void governmentDeals()
    {
        const QList<Deal> subsidy = read(QStringLiteral(
            "The US Department of Commerce will give Intel Corp US$8.5 billion in subsidies."));
        QCOMPARE(subsidy.size(), 1);
        QCOMPARE(subsidy[0].kind, QStringLiteral("subsidy"));
        QCOMPARE(subsidy[0].status, QStringLiteral("planned"));
        QCOMPARE(roleOf(subsidy[0], QStringLiteral("US Department of Commerce")),
                 QStringLiteral("government"));
        QCOMPARE(roleOf(subsidy[0], QStringLiteral("Intel Corp")), QStringLiteral("target"));
        QCOMPARE(subsidy[0].amount->usd, 8.5e9);

        const QList<Deal> ban = read(QStringLiteral(
            "The administration of US President Joe Biden has also banned Nvidia Corp from selling its most "
            "cutting-edge AI semiconductors to China."));
        QCOMPARE(ban.size(), 1);
        QCOMPARE(ban[0].kind, QStringLiteral("sanction"));
        QCOMPARE(ban[0].status, QStringLiteral("completed"));
        QCOMPARE(roleOf(ban[0], QStringLiteral("Joe Biden")), QStringLiteral("government"));
        QCOMPARE(roleOf(ban[0], QStringLiteral("United States")), QStringLiteral("government"));
        QCOMPARE(roleOf(ban[0], QStringLiteral("Nvidia Corp")), QStringLiteral("target"));

        const QList<Deal> weighing =
            read(QStringLiteral("Acme Memory Co has drawn US scrutiny, with the Biden administration "
                                "weighing sanctions against it."));
        QCOMPARE(weighing.size(), 1);
        QCOMPARE(weighing[0].status, QStringLiteral("considered"));
        QCOMPARE(roleOf(weighing[0], QStringLiteral("Acme Memory Co")), QStringLiteral("target"));

        const QList<Deal> tariff = read(QStringLiteral("During his campaign, US president-elect Donald Trump "
                                                       "threatened tariffs of as high as 60 percent on "
                                                       "Chinese goods."));
        QCOMPARE(tariff.size(), 1);
        QCOMPARE(tariff[0].kind, QStringLiteral("tariff"));
        QCOMPARE(tariff[0].status, QStringLiteral("considered"));
        QCOMPARE(roleOf(tariff[0], QStringLiteral("Donald Trump")), QStringLiteral("government"));
        QVERIFY(!tariff[0].amount);

        // An executive quoted on restrictions is not the government imposing them.
        const QList<Deal> quoted = read(QStringLiteral("Acme Corp CEO Jane Doe spoke in Taipei on Monday. "
                                                       "Doe has warned that restrictions would hand the market "
                                                       "to Beta Inc."));
        QVERIFY2(quoted.isEmpty() || roleOf(quoted[0], QStringLiteral("Jane Doe")).isEmpty(),
                 qPrintable(describe(quoted)));
        const QList<Deal> official = read(QStringLiteral("Commerce Secretary Jane Doe imposed sanctions "
                                                         "on Beta Inc after meeting Acme Corp CEO John Roe."));
        QCOMPARE(official.size(), 1);
        QCOMPARE(roleOf(official[0], QStringLiteral("Jane Doe")), QStringLiteral("government"));
    }

    void twoSentencesOneDeal()
    {
        const QString text = QStringLiteral("Acme Corp plans to acquire Beta Inc. The acquisition of Beta "
                                            "Inc would cost 25 mln dlrs, it said. "
                                            "Revenue rose. Gamma Corp bought Delta Inc.");
        const QList<Deal> deals = read(text);
        QCOMPARE(deals.size(), 2);
        QCOMPARE(deals[0].kind, QStringLiteral("acquisition"));
        QVERIFY(deals[0].amount);
        QCOMPARE(deals[0].amount->value, 25e6);
        QCOMPARE(deals[0].status, QStringLiteral("planned"));
        QVERIFY(deals[0].evidence.startsWith(QStringLiteral("Acme Corp plans")));
        QVERIFY(deals[0].evidence.endsWith(QStringLiteral("it said.")));
        QCOMPARE(text.mid(deals[0].evidenceStart, deals[0].evidenceEnd - deals[0].evidenceStart),
                 deals[0].evidence);
        // Not adjacent, other parties: a deal of its own.
        QCOMPARE(roleOf(deals[1], QStringLiteral("Gamma Corp")), QStringLiteral("buyer"));
    }

    void aLaterReferenceIsTheDealToldBefore()
    {
        const QString text = QStringLiteral(
            "Acme Corp agreed to buy Beta Inc for 40 mln dlrs. Revenue at Beta rose 5 pct last year. "
            "Regulators in Brussels approved the proposed acquisition. Acme chief executive John Smith said "
            "the deal would double the company's market to 900 mln dlrs. Acme Corp said the deal is expected to close in "
            "March.");
        const QList<Deal> deals = read(text);
        QCOMPARE(deals.size(), 1);
        QCOMPARE(deals[0].kind, QStringLiteral("acquisition"));
        QCOMPARE(roleOf(deals[0], QStringLiteral("Acme Corp")), QStringLiteral("buyer"));
        QCOMPARE(roleOf(deals[0], QStringLiteral("Beta Inc")), QStringLiteral("target"));
        // The deal's own sum, not the market's; the time the reference gives, which the deal lacked.
        QVERIFY(deals[0].amount);
        QCOMPARE(deals[0].amount->value, 40e6);
        QCOMPARE(deals[0].time, QStringLiteral("in March"));
        QVERIFY(deals[0].evidence.startsWith(QStringLiteral("Acme Corp agreed")));
        QVERIFY(deals[0].evidence.endsWith(QStringLiteral("40 mln dlrs.")));
    }

    void aReferenceToAnotherCompanysDealIsADealOfItsOwn()
    {
        // "its acquisition of Gamma": definite, but Gamma is no party of the deal told before.
        const QList<Deal> deals = read(QStringLiteral(
            "Acme Corp agreed to buy Beta Inc. Sales rose. Acme Corp completed its acquisition of Gamma Ltd "
            "in January."));
        QCOMPARE(deals.size(), 2);
        QCOMPARE(roleOf(deals[1], QStringLiteral("Gamma Ltd")), QStringLiteral("target"));
    }

    void anIndefiniteDealWordTellsANewDeal()
    {
        const QList<Deal> deals = read(QStringLiteral(
            "Acme Corp signed a contract with Beta Inc to supply chips. Prices fell. In May, Acme Corp won a "
            "contract from Beta Inc to supply memory."));
        QVERIFY2(deals.size() == 2, qPrintable(describe(deals)));
    }

    void pronounSubject()
    {
        const QList<Deal> deals =
            read(QStringLiteral("Acme Corp reported higher profit. It agreed to buy Beta Inc."));
        QCOMPARE(deals.size(), 1);
        QCOMPARE(roleOf(deals[0], QStringLiteral("Acme Corp")), QStringLiteral("buyer"));
    }

    void headlineOnlyStory()
    {
        const QList<Deal> deals =
            read(QStringLiteral("PITTSTON AGREES TO ACQUIRE WTC INTERNATIONAL\n\nBlah blah blah."));
        QCOMPARE(deals.size(), 1);
        QCOMPARE(roleOf(deals[0], QStringLiteral("PITTSTON")), QStringLiteral("buyer"));
        QCOMPARE(roleOf(deals[0], QStringLiteral("WTC INTERNATIONAL")), QStringLiteral("target"));
        QVERIFY(read(QStringLiteral("COLOMBIA TO SELL SUGAR, LONDON TRADERS SAY\n\nBlah.")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDealExtractor)
#include "TestDealExtractor.moc"
