#include "extract/EntityRecognizer.h"
#include "extract/MentionResolver.h"
#include "extract/NameRuns.h"

#include <QTest>

using namespace ws;

namespace {

const QString fixtureDir = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/extract/gazetteer");

} // namespace

// Pattern recognition and within-story resolution (EntityRecognizer + MentionResolver), over a
// small test gazetteer so that the patterns, not the lists, do the work.
class TestEntityRecognizer : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;

    StoryEntities read(const QString& text) const
    {
        const TextAnalysis analysis(text);
        const NameRuns runs(analysis);
        const EntityRecognizer recognizer(m_gazetteer);
        return MentionResolver(*m_gazetteer).resolve(analysis, recognizer.recognize(analysis, runs));
    }

    // "type:name" of every entity.
    QStringList names(const QString& text) const
    {
        QStringList out;
        for (const ExtractedEntity& entity : read(text).entities)
            out.append(entityTypeName(entity.type) + QLatin1Char(':') + entity.name);
        return out;
    }

    const ExtractedEntity* find(const StoryEntities& story, const QString& name) const
    {
        for (const ExtractedEntity& entity : story.entities) {
            if (entity.name == name)
                return &entity;
        }
        return nullptr;
    }

    // The texts of every mention of the entity named `name`.
    QStringList mentions(const QString& text, const QString& name) const
    {
        const StoryEntities story = read(text);
        QStringList out;
        for (const Mention& mention : story.mentions) {
            if (story.entities[mention.entity].name == name)
                out.append(text.mid(mention.start, mention.end - mention.start));
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        m_gazetteer = Gazetteer::load(fixtureDir);
        QVERIFY(!m_gazetteer->entries().isEmpty());
    }

    void corporateSuffixes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("company");
        QTest::newRow("AG") << "It holds patents from now defunct German firm Qimonda AG."
                            << "Qimonda AG";
        QTest::newRow("Inc after comma") << "It competes with Micron Technology Inc, the US maker."
                                         << "Micron Technology Inc";
        QTest::newRow("Holdings Co") << "The deal values Acme Holdings Co at US$1 billion."
                                     << "Acme Holdings Co";
        QTest::newRow("Pvt Ltd") << "It supplies Tata Electronics Pvt Ltd in India."
                                 << "Tata Electronics Pvt Ltd";
        QTest::newRow("GmbH") << "The maker of Zeiss tools, Carl Zeiss SMT GmbH, said."
                              << "Carl Zeiss SMT GmbH";
        QTest::newRow("N.V. initials") << "Pittston Co agreed to acquire WTC International N.V. in a swap."
                                       << "WTC International N.V.";
        QTest::newRow("PLC") << "Dixons Group PLC said it would buy the chain."
                             << "Dixons Group PLC";
        QTest::newRow("sentence start") << "However, Acme Corp said it would wait."
                                        << "Acme Corp";
        QTest::newRow("The") << "The Foobar Corp board met."
                             << "Foobar Corp";
        QTest::newRow("wire brackets") << "It sold the unit to <Cyclops Industries> last week."
                                       << "Cyclops Industries";
        QTest::newRow("head noun") << "Shares of Innotron Memory rose."
                                   << "Innotron Memory";
    }

    void corporateSuffixes()
    {
        QFETCH(QString, text);
        QFETCH(QString, company);
        QVERIFY2(names(text).contains(QStringLiteral("company:") + company),
                 qPrintable(names(text).join(QStringLiteral("; "))));
    }

    void namesEndAtTheirSuffix()
    {
        const QStringList found =
            names(QStringLiteral("It competes with US-based Micron Technology Inc and South Korea's Samsung "
                                 "Electronics Co and SK Hynix Inc."));
        QVERIFY(found.contains(QStringLiteral("company:Micron Technology Inc")));
        QVERIFY(found.contains(QStringLiteral("company:Samsung Electronics Co")));
        QVERIFY(found.contains(QStringLiteral("company:SK Hynix Inc")));
        QVERIFY(found.contains(QStringLiteral("place:South Korea")));
        QVERIFY(found.contains(QStringLiteral("place:United States")));
        QCOMPARE(found.size(), 5);
    }

    void glosses()
    {
        const QString text = QStringLiteral(
            "Innotron Memory (合肥長鑫), the parent firm of China's top chipmaker, Changxin Xinqiao Memory "
            "Technologies Inc (CXMT, 長鑫存儲), is to invest. CXMT started eight years ago.");
        const StoryEntities story = read(text);
        const ExtractedEntity* innotron = find(story, QStringLiteral("Innotron Memory"));
        QVERIFY(innotron);
        QCOMPARE(innotron->type, EntityType::Company);
        QVERIFY(innotron->aliases.contains(QStringLiteral("合肥長鑫")));
        const ExtractedEntity* cxmt = find(story, QStringLiteral("Changxin Xinqiao Memory Technologies Inc"));
        QVERIFY(cxmt);
        QVERIFY(cxmt->aliases.contains(QStringLiteral("CXMT")));
        QVERIFY(cxmt->aliases.contains(QStringLiteral("長鑫存儲")));
        // The Chinese name is the company's, not the city Hefei (合肥) inside it.
        QVERIFY(!names(text).contains(QStringLiteral("place:Hefei")));
        QCOMPARE(mentions(text, cxmt->name).size(), 4);
    }

    void glossTypeFromContext()
    {
        QVERIFY(names(QStringLiteral("Chinese chipmaker Zhaoxin (兆芯) said."))
                    .contains(QStringLiteral("company:Zhaoxin")));
        QVERIFY(names(QStringLiteral("President Lai Ching-te (賴清德) said."))
                    .contains(QStringLiteral("person:Lai Ching-te")));
        QVERIFY(names(QStringLiteral("Lai Ching-te (賴清德) said on Friday."))
                    .contains(QStringLiteral("person:Lai Ching-te")));
        // A given name and a surname glossed by a person's Chinese name, with no company word in
        // the clause (the foundry is in the clause before).
        const QStringList wife = names(QStringLiteral(
            "Intel turned down an offer to invest in the foundry; his wife Sophie Chang (張淑芬) attended."));
        QVERIFY2(wife.contains(QStringLiteral("person:Sophie Chang")),
                 qPrintable(wife.join(QStringLiteral("; "))));
        // A bracketed Chinese name on its own says nothing about an unknown word: not guessed.
        QVERIFY(names(QStringLiteral("They met during Lunar New Year (春節) week.")).isEmpty());
    }

    void listedAbbreviationsNameOnlyTheirOwn()
    {
        // A dateline's credit: the agency is not the place or the words before it.
        const QString dateline = QStringLiteral("RAFAH, Gaza Strip (AFP) - Four soldiers were killed. "
                                                "HEFEI, China (AFP) - Prices rose.");
        QCOMPARE(mentions(dateline, QStringLiteral("Agence France-Presse")),
                 (QStringList{QStringLiteral("AFP"), QStringLiteral("AFP")}));
        const ExtractedEntity* china = find(read(dateline), QStringLiteral("China"));
        QVERIFY(china && !china->aliases.contains(QStringLiteral("AFP")));
        // A capitalised name glossed by a technology's acronym is not that technology.
        const QString league = QStringLiteral("Delegates of the Hanzhou Baltic Mercantile (HBM) league met.");
        QVERIFY2(
            !mentions(league, QStringLiteral("high-bandwidth memory"))
                 .contains(QStringLiteral("Hanzhou Baltic Mercantile")),
            qPrintable(mentions(league, QStringLiteral("high-bandwidth memory")).join(QStringLiteral("; "))));
        // Words that spell the abbreviation are its long name.
        QCOMPARE(mentions(QStringLiteral("Agence France-Presse (AFP) said."),
                          QStringLiteral("Agence France-Presse")),
                 (QStringList{QStringLiteral("Agence France-Presse"), QStringLiteral("AFP")}));
    }

    void organizations()
    {
        const QString text = QStringLiteral(
            "the Taiwan Association of Machinery Industry (TAMI, 台灣機械公會) said in a report. TAMI added "
            "that "
            "Taiwan exports rose, Bloomberg News has reported, citing the Ministry of Economic Affairs.");
        const StoryEntities story = read(text);
        const ExtractedEntity* tami = find(story, QStringLiteral("Taiwan Association of Machinery Industry"));
        QVERIFY(tami);
        QCOMPARE(tami->type, EntityType::Organization);
        QVERIFY(tami->aliases.contains(QStringLiteral("台灣機械公會")));
        QCOMPARE(
            mentions(text, tami->name),
            (QStringList{QStringLiteral("Taiwan Association of Machinery Industry"), QStringLiteral("TAMI"),
                         QStringLiteral("台灣機械公會"), QStringLiteral("TAMI")}));
        QVERIFY(names(text).contains(QStringLiteral("organization:Bloomberg News")));
        QVERIFY(names(text).contains(QStringLiteral("organization:Ministry of Economic Affairs")));
        // "Taiwan" alone stays the place, not a short form of the association.
        QVERIFY(names(text).contains(QStringLiteral("place:Taiwan")));
    }

    void acronymDefinitions()
    {
        const QString text = QStringLiteral("It uses an advanced process called through-silicon via (TSV) "
                                            "and extreme ultraviolet (EUV) tools. "
                                            "TSV capacity will grow.");
        const StoryEntities story = read(text);
        const ExtractedEntity* tsv = find(story, QStringLiteral("through-silicon via"));
        QVERIFY(tsv);
        QCOMPARE(tsv->type, EntityType::Technology);
        QVERIFY(tsv->aliases.contains(QStringLiteral("TSV")));
        QCOMPARE(mentions(text, QStringLiteral("through-silicon via")).size(), 3);
        QVERIFY(names(text).contains(QStringLiteral("technology:EUV")));
        // Brackets that define nothing.
        QVERIFY(names(QStringLiteral("the proposal (which failed) was dropped")).isEmpty());
        QVERIFY(names(QStringLiteral("a big deal (BD) for the firm")).isEmpty());
    }

    void peopleAfterTitles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("person");
        QTest::newRow("CEO") << "Nvidia CEO Jensen Huang said."
                             << "Jensen Huang";
        QTest::newRow("chairman and CEO") << "chairman and CEO C.C. Wei says demand is strong."
                                          << "C.C. Wei";
        QTest::newRow("US President") << "The administration of US President Joe Biden acted."
                                      << "Joe Biden";
        QTest::newRow("president-elect") << "US president-elect Donald Trump threatened tariffs."
                                         << "Donald Trump";
        QTest::newRow("Commerce Secretary") << "Commerce Secretary Gina Raimondo said."
                                            << "Gina Raimondo";
        QTest::newRow("chief executive") << "said chief executive Lisa Su on Tuesday."
                                         << "Lisa Su";
        QTest::newRow("name, role") << "Jun Young-hyun, vice chairman and head of the division, said."
                                    << "Jun Young-hyun";
        QTest::newRow("name, an analyst") << "said Dan Ives, an analyst at Wedbush."
                                          << "Dan Ives";
        QTest::newRow("Mr.") << "Mr. Smith declined to comment."
                             << "Smith";
        QTest::newRow("Secretary of State") << "US Secretary of State Colin Powell will visit."
                                            << "Colin Powell";
        QTest::newRow("Minister of Foreign Affairs") << "said Minister of Foreign Affairs Ann Lee."
                                                     << "Ann Lee";
        QTest::newRow("Secretary for Trade") << "Secretary for Trade John Smith said."
                                             << "John Smith";
        QTest::newRow("Commissioner for Refugees") << "UN High Commissioner for Refugees Ruud Lubbers said."
                                                   << "Ruud Lubbers";
    }

    void officesAreNotNames()
    {
        // The office after "Secretary of" belongs to the title, not to the name after it.
        const QStringList powell = names(QStringLiteral("US Secretary of State Colin Powell will visit."));
        QVERIFY2(powell.contains(QStringLiteral("person:Colin Powell")),
                 qPrintable(powell.join(QStringLiteral("; "))));
        // An unnamed analyst speaking is no apposition: the storm is not a person.
        QVERIFY(
            names(QStringLiteral("Prices rose after Hurricane Ivan, an industry analyst said.")).isEmpty());
        // A nationality is an adjective, even after a headline that ends in a company word.
        const QStringList putin = names(QStringLiteral(
            "Putin ready to probe other oil companies\n\nRussian President Vladimir Putin is ready."));
        QVERIFY2(putin.filter(QStringLiteral("company:")).isEmpty(),
                 qPrintable(putin.join(QStringLiteral("; "))));
        // ...and the company word of an apposition still names a company after one.
        QVERIFY(
            names(QStringLiteral(
                      "Rover offers know-how to partner\n\nMG Rover, the ailing British carmaker, signed."))
                .contains(QStringLiteral("company:MG Rover")));
        // A headline's last word is no title of the body's first name.
        QVERIFY(
            names(QStringLiteral("Acme names new CEO\n\nGammaco on Thursday named a new chief.")).isEmpty());
        QVERIFY(names(QStringLiteral("It named him chief executive. Thomas Watkins, 51, will lead it."))
                    .contains(QStringLiteral("person:Thomas Watkins")));
        // A nationality as a noun before a name is a title.
        QVERIFY(names(QStringLiteral("manager Frenchman Arsene Wenger is deciding."))
                    .contains(QStringLiteral("person:Arsene Wenger")));
        // A participle before a name describes it.
        QVERIFY(names(QStringLiteral("Problem-plagued Nortel Networks Corp. cut jobs."))
                    .contains(QStringLiteral("company:Nortel Networks Corp.")));
        // A dateline in capitals is no part of the first name.
        const QStringList dateline = names(QStringLiteral("SHANGHAI Apple Computer engineered a coup."));
        QVERIFY2(dateline.filter(QStringLiteral("SHANGHAI A")).isEmpty() &&
                     dateline.contains(QStringLiteral("place:Shanghai")),
                 qPrintable(dateline.join(QStringLiteral("; "))));
        QVERIFY(names(QStringLiteral("It lost its second Premier League game."))
                    .contains(QStringLiteral("organization:Premier League")));
    }

    void peopleAfterTitles()
    {
        QFETCH(QString, text);
        QFETCH(QString, person);
        QVERIFY2(names(text).contains(QStringLiteral("person:") + person),
                 qPrintable(names(text).join(QStringLiteral("; "))));
    }

    void boundariesOfNames()
    {
        QVERIFY(names(QStringLiteral("Rival Advanced Micro Devices Inc said it would wait."))
                    .contains(QStringLiteral("company:Advanced Micro Devices Inc")));
        QVERIFY(names(QStringLiteral("AMD agreed to buy server maker ZT Systems for US$4.9 billion."))
                    .contains(QStringLiteral("company:ZT Systems")));
        // "and" before a suffix alone joins one name, even after a listed name.
        QVERIFY(names(QStringLiteral("It bought E.C. China and Co, an engineering firm."))
                    .contains(QStringLiteral("company:E.C. China and Co")));
        const QStringList exports = names(QStringLiteral("It limits sales to China of Nvidia Corp chips."));
        QVERIFY(exports.contains(QStringLiteral("company:Nvidia Corp")));
        QVERIFY(exports.contains(QStringLiteral("place:China")));
        QVERIFY(names(QStringLiteral("It opened a plant in Anhui Province last year."))
                    .contains(QStringLiteral("place:Anhui Province")));
        const QStringList minister = names(QStringLiteral("Minister of Economic Affairs Kuo Jyh-huei (郭智輝) said."));
        QVERIFY(minister.contains(QStringLiteral("person:Kuo Jyh-huei")));
        QVERIFY(minister.filter(QStringLiteral("company:")).isEmpty());
        const QStringList ceo = names(QStringLiteral("AMD chair and CEO Lisa Su (蘇姿丰) said the deal would help."));
        QVERIFY(ceo.contains(QStringLiteral("person:Lisa Su")));
        QVERIFY(ceo.filter(QStringLiteral("company:")).isEmpty());
    }

    void titlesBeforeInstitutions()
    {
        QVERIFY(names(QStringLiteral("The Executive Yuan approved it."))
                    .contains(QStringLiteral("organization:Executive Yuan")));
        QVERIFY(names(QStringLiteral("It sold General Motors Co shares."))
                    .contains(QStringLiteral("company:General Motors Co")));
        const QStringList vice =
            names(QStringLiteral("said Vice President for Financial Communications Ann Lee."));
        QVERIFY(!vice.filter(QStringLiteral("company:")).size());
    }

    void notEntities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("kicker") << "INDUSTRY LEADER: Profits rose sharply this year.";
        QTest::newRow("months and weekdays") << "On Monday, March 3, profits rose. In January they fell.";
        QTest::newRow("sentence-initial capitals")
            << "Analysts expect more. Shares rose. However, demand fell.";
        QTest::newRow("unknown single name") << "Innotron plays a critical role.";
        QTest::newRow("headline capitals")
            << "CHIPMAKER TO BUILD NEW PLANT IN ARIZONA\n\nThe plan was approved.";
        QTest::newRow("title case headline")
            << "Chipmaker Plans New Packaging Plant Group\n\nThe plan was approved.";
        QTest::newRow("a suffix alone before an apposition")
            << "Acme-Pond's Inc, recently acquired by a unit of a rival, said so.";
        QTest::newRow("a kicker label") << "HBM SUPPLY: Profits rose sharply this year.";
        QTest::newRow("a currency prefix") << "It paid US$600 million for the plant.";
        QTest::newRow("title case headline with a verb")
            << "New iMac Computer Is All Display\n\nThe plan was approved.";
    }

    void notEntities()
    {
        QFETCH(QString, text);
        QVERIFY2(names(text).isEmpty(), qPrintable(names(text).join(QStringLiteral("; "))));
    }

    void photoCredits()
    {
        const QStringList agency = names(QStringLiteral("Demand is strong.\nPhoto: AFP\nProfits rose."));
        QCOMPARE(agency, QStringList{QStringLiteral("organization:Agence France-Presse")});
        const QStringList unknown = names(QStringLiteral("Demand is strong.\nPhoto: XINHUA\nProfits rose."));
        QCOMPARE(unknown, QStringList{QStringLiteral("organization:XINHUA")});
        // A photographer's name in a credit is not read as a person.
        const QStringList photographer =
            names(QStringLiteral("Demand is strong.\nPhoto: Lin Hsiu-chu, Taipei Times\n"));
        QCOMPARE(photographer, QStringList{QStringLiteral("organization:Taipei Times")});
    }

    void basedMeansPlace()
    {
        const QStringList found = names(QStringLiteral("Hsinchu-based chip designer MediaTek Inc said."));
        QVERIFY(found.contains(QStringLiteral("place:Hsinchu")));
        QVERIFY(found.contains(QStringLiteral("company:MediaTek Inc")));
    }

    void oneEntityPerStory()
    {
        const QString text = QStringLiteral("Nvidia Corp's demand for advanced packaging from Taiwan "
                                            "Semiconductor Manufacturing Co (TSMC, 台積電) "
                                            "remains strong, Nvidia CEO Jensen Huang (黃仁勳) said. Nvidia's "
                                            "chips use CoWoS from TSMC. 台积电 "
                                            "declined to comment. Huang said the company would use CowoS-S.");
        const StoryEntities story = read(text);
        QCOMPARE(
            mentions(text, QStringLiteral("Nvidia Corp")),
            (QStringList{QStringLiteral("Nvidia Corp"), QStringLiteral("Nvidia"), QStringLiteral("Nvidia")}));
        QCOMPARE(mentions(text, QStringLiteral("Taiwan Semiconductor Manufacturing Co")).size(), 5);
        QCOMPARE(
            mentions(text, QStringLiteral("Jensen Huang")),
            (QStringList{QStringLiteral("Jensen Huang"), QStringLiteral("黃仁勳"), QStringLiteral("Huang")}));
        QCOMPARE(mentions(text, QStringLiteral("CoWoS-S")), QStringList{QStringLiteral("CowoS-S")});
        const ExtractedEntity* tsmc = find(story, QStringLiteral("Taiwan Semiconductor Manufacturing Co"));
        QVERIFY(tsmc);
        QCOMPARE(tsmc->key, QStringLiteral("taiwan semiconductor manufacturing"));
        QVERIFY(tsmc->aliases.contains(QStringLiteral("台积电")));
        int companies = 0;
        for (const ExtractedEntity& entity : story.entities)
            companies += entity.type == EntityType::Company;
        QCOMPARE(companies, 2);
    }

    void shortAndFullForms()
    {
        const QString text =
            QStringLiteral("Innotron Memory (合肥長鑫) is to invest in a plant. Innotron signed a contract. "
                           "Innotron Memory Co "
                           "said. Miller Tabak Hirsch and Co bid; Miller Tabak now owns 90 pct.");
        QCOMPARE(mentions(text, QStringLiteral("Innotron Memory Co")).size(), 4);
        QCOMPARE(mentions(text, QStringLiteral("Miller Tabak Hirsch and Co")).size(), 2);
        // A surname alone is nobody until the story names the person.
        QVERIFY(names(QStringLiteral("Huang said demand was strong.")).isEmpty());
    }

    void headlineNamesFromTheBody()
    {
        const QString text = QStringLiteral(
            "CYCLOPS TO BE ACQUIRED BY DIXONS\n\nCyclops Corp said Dixons Group PLC would buy it.");
        QCOMPARE(mentions(text, QStringLiteral("Cyclops Corp")),
                 (QStringList{QStringLiteral("CYCLOPS"), QStringLiteral("Cyclops Corp")}));
        QCOMPARE(mentions(text, QStringLiteral("Dixons Group PLC")),
                 (QStringList{QStringLiteral("DIXONS"), QStringLiteral("Dixons Group PLC")}));
    }

    void mentionsKnowTheirSentence()
    {
        const QString text =
            QStringLiteral("Intel said on Jan. 10 that C.C. Wei met U.S. officials. Apple Inc declined.");
        const StoryEntities story = read(text);
        for (const Mention& mention : story.mentions) {
            const QString name = story.entities[mention.entity].name;
            QCOMPARE(mention.sentence, name == QLatin1String("Apple Inc") ? 1 : 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestEntityRecognizer)
#include "TestEntityRecognizer.moc"
