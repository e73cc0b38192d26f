#include "extract/EntityKey.h"
#include "extract/Gazetteer.h"

#include <QTest>

using namespace ws;

namespace {

const QString fixtureDir = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/extract/gazetteer");

} // namespace

class TestGazetteer : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;

    // "name@matched text" for every match, in order.
    QStringList matches(const QString& text) const
    {
        QStringList out;
        for (const GazetteerMatch& match : m_gazetteer->match(text))
            out.append(m_gazetteer->entry(match.entry).name + QLatin1Char('@') +
                       text.mid(match.start, match.end - match.start));
        return out;
    }

private slots:
    void initTestCase()
    {
        QStringList issues;
        m_gazetteer = Gazetteer::load(fixtureDir, &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QLatin1Char('\n'))));
    }

    void loadsEveryTable()
    {
        int byType[6] = {};
        for (const GazetteerEntry& entry : m_gazetteer->entries())
            ++byType[int(entry.type)];
        QCOMPARE(byType[int(EntityType::Company)], 9);
        QCOMPARE(byType[int(EntityType::Organization)], 2);
        QCOMPARE(byType[int(EntityType::Person)], 1);
        QCOMPARE(byType[int(EntityType::Place)], 7);
        QCOMPARE(byType[int(EntityType::Technology)], 9);
        QCOMPARE(byType[int(EntityType::Product)], 2);
        QVERIFY(m_gazetteer->currencies()->find(QStringLiteral("CNY")));
        const int hynix = m_gazetteer->find(EntityType::Company, EntityKey::make(u"SK Hynix"));
        QVERIFY(hynix >= 0);
        QCOMPARE(m_gazetteer->entry(hynix).parent, QStringLiteral("SK Inc"));
        QCOMPARE(m_gazetteer->entry(hynix).country, QStringLiteral("KR"));
        QVERIFY(m_gazetteer->entry(hynix).tickers.contains(QStringLiteral("000660.KS")));
        const int cowosS = m_gazetteer->find(EntityType::Technology, EntityKey::make(u"CoWoS-S"));
        QCOMPARE(m_gazetteer->entry(cowosS).parent, QStringLiteral("CoWoS"));
    }

    void reportsProblemsWithFileAndLine()
    {
        QStringList issues;
        const auto broken =
            Gazetteer::load(QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/extract/broken"), &issues);
        QCOMPARE(broken->entries().size(), 1);
        QVERIFY(issues.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("broken/places.tsv:3: 'Taiwan' is listed twice")));
        QVERIFY(issues.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("broken/places.tsv:4: row without a name")));
        QVERIFY(issues.join(QLatin1Char('\n')).contains(QStringLiteral("companies.tsv: not found")));
        issues.clear();
        const auto missing = Gazetteer::load(QStringLiteral("/nonexistent/gazetteer"), &issues);
        QVERIFY(missing->entries().isEmpty());
        QCOMPARE(issues.size(), 1);
        QVERIFY(missing->match(QStringLiteral("Nvidia Corp")).isEmpty());
    }

    void longestMatchWins()
    {
        QCOMPARE(matches(QStringLiteral("Taiwan Semiconductor Manufacturing Co said")),
                 QStringList{QStringLiteral(
                     "Taiwan Semiconductor Manufacturing Co@Taiwan Semiconductor Manufacturing Co")});
        QCOMPARE(matches(QStringLiteral("It will use CoWoS-L and CoWoS.")),
                 (QStringList{QStringLiteral("CoWoS-L@CoWoS-L"), QStringLiteral("CoWoS@CoWoS")}));
        QCOMPARE(matches(QStringLiteral("SK Hynix Inc and SK Inc")),
                 (QStringList{QStringLiteral("SK Hynix Inc@SK Hynix Inc"), QStringLiteral("SK Inc@SK Inc")}));
    }

    void wordBoundaries()
    {
        QVERIFY(matches(QStringLiteral("Intelligence-driven Intelligencer")).isEmpty());
        QCOMPARE(matches(QStringLiteral("Intel's chips")), QStringList{QStringLiteral("Intel Corp@Intel")});
        // Not from the middle of a hyphenated word.
        QVERIFY(matches(QStringLiteral("cutting-edge AI chips")).filter(QStringLiteral("edge AI")).isEmpty());
        QCOMPARE(matches(QStringLiteral("AI-related demand")), QStringList{QStringLiteral("AI@AI")});
    }

    void caseRules()
    {
        // Single-word names only as written...
        QVERIFY(matches(QStringLiteral("an apple a day")).isEmpty());
        QCOMPARE(matches(QStringLiteral("Apple said")), QStringList{QStringLiteral("Apple Inc@Apple")});
        // ...or in capitals on a headline line, or in the capitals that some writers use for a name.
        QCOMPARE(matches(QStringLiteral("APPLE TO BUY SMALL CHIP DESIGN HOUSE\n\nbody")),
                 QStringList{QStringLiteral("Apple Inc@APPLE")});
        QCOMPARE(matches(QStringLiteral("shares of NVIDIA rose")),
                 QStringList{QStringLiteral("Nvidia Corp@NVIDIA")});
        // Technology names whatever the case: a case slip still finds the technology.
        QCOMPARE(matches(QStringLiteral("Hopper will use CowoS-S and CoWos-L")),
                 (QStringList{QStringLiteral("Hopper@Hopper"), QStringLiteral("CoWoS-S@CowoS-S"),
                              QStringLiteral("CoWoS-L@CoWos-L")}));
        // ...but an acronym written all in small letters is a word ("more info" is no InFO).
        QVERIFY(matches(QStringLiteral("the cowos-s line")).isEmpty());
        QCOMPARE(matches(QStringLiteral("COWOS-S and Cowos-S")),
                 (QStringList{QStringLiteral("CoWoS-S@COWOS-S"), QStringLiteral("CoWoS-S@Cowos-S")}));
        // A plain word in capitals mid-text is a name ("the CHIPS Act"), except on a headline line.
        QVERIFY(matches(QStringLiteral("the ADVANCED PACKAGING Act passed")).isEmpty());
        QCOMPARE(matches(QStringLiteral("NEW ADVANCED PACKAGING PLANT\n\nbody")),
                 QStringList{QStringLiteral("advanced packaging@ADVANCED PACKAGING")});
        // Long multi-word names whatever the case.
        QCOMPARE(matches(QStringLiteral("The US department of commerce said")),
                 QStringList{QStringLiteral("US Department of Commerce@US department of commerce")});
        // ...as long as they start with a capital, as names do.
        QVERIFY(matches(QStringLiteral("an apple inc. of sorts")).isEmpty());
        // Short acronyms only as written.
        QVERIFY(matches(QStringLiteral("let us go")).isEmpty());
        QCOMPARE(matches(QStringLiteral("the US and China")),
                 (QStringList{QStringLiteral("United States@US"), QStringLiteral("China@China")}));
    }

    void chineseInBothScripts()
    {
        QCOMPARE(matches(QStringLiteral("台積電與輝達")),
                 (QStringList{QStringLiteral("Taiwan Semiconductor Manufacturing Co@台積電"),
                              QStringLiteral("Nvidia Corp@輝達")}));
        QCOMPARE(matches(QStringLiteral("台积电")),
                 QStringList{QStringLiteral("Taiwan Semiconductor Manufacturing Co@台积电")});
        // Only the simplified form is listed for SK Hynix's Chinese name; the traditional finds it too.
        QCOMPARE(matches(QStringLiteral("英特爾和英特尔")),
                 (QStringList{QStringLiteral("Intel Corp@英特爾"), QStringLiteral("Intel Corp@英特尔")}));
    }

    void tickersOnlyInTickerContext()
    {
        // "FORM" is FormFactor's ticker: a headline word is not the company.
        QVERIFY(matches(QStringLiteral("STOCKHOLDERS FORM GROUP TO FIGHT BID\n\nbody")).isEmpty());
        QCOMPARE(
            matches(QStringLiteral("Nvidia Corp <NVDA> said")),
            (QStringList{QStringLiteral("Nvidia Corp@Nvidia Corp"), QStringLiteral("Nvidia Corp@NVDA")}));
        QCOMPARE(matches(QStringLiteral("shares of the chipmaker (NYSE: TSM) rose")),
                 QStringList{QStringLiteral("Taiwan Semiconductor Manufacturing Co@TSM")});
        QCOMPARE(matches(QStringLiteral("(2330.TW)")),
                 QStringList{QStringLiteral("Taiwan Semiconductor Manufacturing Co@2330.TW")});
    }

    void surnamesAreNotListedMatches()
    {
        // A lone surname is left to the story (it resolves only after the full name is read).
        QVERIFY(matches(QStringLiteral("Huang said")).isEmpty());
        QCOMPARE(matches(QStringLiteral("Jensen Huang said")),
                 QStringList{QStringLiteral("Jensen Huang@Jensen Huang")});
    }

    void findByKey()
    {
        QVERIFY(!m_gazetteer->findByKey(EntityKey::make(u"Nvidia Corporation")).isEmpty());
        QCOMPARE(m_gazetteer->find(EntityType::Company, EntityKey::make(u"台积电")),
                 m_gazetteer->find(EntityType::Company, EntityKey::make(u"TSMC")));
        QCOMPARE(m_gazetteer->find(EntityType::Place, EntityKey::make(u"TSMC")), -1);
    }

    void entityKeys_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("suffix") << "Nvidia Corp"
                                << "nvidia";
        QTest::newRow("capitals") << "NVIDIA"
                                  << "Nvidia";
        QTest::newRow("punctuated suffixes") << "Samsung Electronics Co., Ltd."
                                             << "Samsung Electronics";
        QTest::newRow("the") << "The Walt Disney Co"
                             << "Walt Disney";
        QTest::newRow("group holdings") << "Alibaba Group Holding Ltd"
                                        << "Alibaba";
        QTest::newRow("scripts") << "台積電"
                                 << "台积电";
        QTest::newRow("initials") << "C.C. Wei"
                                  << "CC Wei";
        QTest::newRow("spaces") << "Taiwan  Semiconductor\nManufacturing"
                                << "Taiwan Semiconductor Manufacturing";
        QTest::newRow("apostrophe") << "Lowe's Cos"
                                    << "Lowes";
    }

    void entityKeys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(EntityKey::make(a), EntityKey::make(b));
        QCOMPARE(EntityKey::make(EntityType::Company, a), EntityKey::make(a));
    }

    void listedNamesThatDifferOnlyInSuffixKeepApart()
    {
        QStringList keys;
        for (const GazetteerEntry& entry : m_gazetteer->entries()) {
            if (entry.name.startsWith(QStringLiteral("Merck")))
                keys.append(entry.key);
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("merck & co inc"), QStringLiteral("merck kgaa")}));
        // Others keep the short key.
        QCOMPARE(m_gazetteer->entry(m_gazetteer->find(EntityType::Company, QStringLiteral("nvidia"))).key,
                 QStringLiteral("nvidia"));
    }

    void keysKeepWhatMatters()
    {
        QVERIFY(EntityKey::make(u"SK Hynix") != EntityKey::make(u"SK Inc"));
        QCOMPARE(EntityKey::make(u"Group"), QStringLiteral("group")); // never empty
        QCOMPARE(EntityKey::stripSuffix(u"Nvidia Corp."), QStringLiteral("Nvidia"));
        QCOMPARE(EntityKey::stripSuffix(u"Foo, Inc."), QStringLiteral("Foo"));
        QCOMPARE(EntityKey::stripSuffix(u"Qimonda"), QStringLiteral("Qimonda"));
    }
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "TestGazetteer.moc"
