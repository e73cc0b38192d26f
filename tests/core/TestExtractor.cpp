#include "extract/Extractor.h"

#include <QTest>
#include <thread>

using namespace ws;

namespace {

const QString fixtureDir = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/extract/gazetteer");

const char* const storyBody =
    "Innotron Memory (合肥長鑫), the parent firm of China's top chipmaker, Changxin Xinqiao Memory "
    "Technologies "
    "Inc (CXMT, 長鑫存儲), is to invest no less than 17.1 billion yuan (US$2.4 billion) in an advanced "
    "packaging plant in Shanghai that could be used to make high-bandwidth memory (HBM).\n"
    "Innotron signed a contract with the local government this month via a Shanghai subsidiary to secure "
    "land.\n"
    "Photo: AFP\n"
    "CXMT competes with SK Hynix Inc. Nvidia CEO Jensen Huang said on Jan. 10 that Huang's company would use "
    "CowoS-S.";

// A compact, comparable picture of an extraction.
QString summary(const Extraction& x)
{
    QStringList out;
    for (const ExtractedEntity& e : x.entities)
        out.append(entityTypeName(e.type) + QLatin1Char(':') + e.name + QLatin1Char('|') + e.key +
                   QLatin1Char('|') + e.aliases.join(QLatin1Char(',')) + QLatin1Char('|') + e.parent);
    for (const Mention& m : x.mentions)
        out.append(QStringLiteral("m %1 %2 %3 %4").arg(m.entity).arg(m.start).arg(m.end).arg(m.sentence));
    for (const Deal& d : x.deals)
        out.append(d.kind + QLatin1Char(' ') + d.status + QLatin1Char(' ') +
                   QString::number(d.parties.size()));
    for (const MoneyAmount& a : x.amounts)
        out.append(a.text + QLatin1Char(' ') + QString::number(a.usd));
    for (const Relation& r : x.relations)
        out.append(QStringLiteral("r %1 %2 %3").arg(r.subject).arg(r.relation).arg(r.object));
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestExtractor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Extractor> m_extractor;

    const ExtractedEntity* find(const Extraction& x, const QString& name) const
    {
        for (const ExtractedEntity& e : x.entities) {
            if (e.name == name)
                return &e;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { m_extractor = std::make_unique<Extractor>(Gazetteer::load(fixtureDir)); }

    void offsetsPointIntoTitleAndBody()
    {
        const QString title = QStringLiteral("Innotron to build HBM packaging plant");
        const QString body = QString::fromUtf8(storyBody);
        const Extraction x = m_extractor->extract(title, body);
        const QString text = Extraction::textOf(title, body);
        QVERIFY(!x.mentions.isEmpty());
        int lastStart = -1;
        for (const Mention& m : x.mentions) {
            QVERIFY(m.entity >= 0 && m.entity < x.entities.size());
            QVERIFY(m.start >= lastStart);
            lastStart = m.start;
            const QString written = text.mid(m.start, m.end - m.start);
            const ExtractedEntity& e = x.entities[m.entity];
            QVERIFY2(written == e.name || e.aliases.contains(written),
                     qPrintable(written + QStringLiteral(" / ") + e.name));
        }
        // The title is the first sentence; the body's first sentence is the second.
        const ExtractedEntity* innotron = find(x, QStringLiteral("Innotron Memory"));
        QVERIFY(innotron);
        QList<int> sentences;
        for (const Mention& m : x.mentions) {
            if (x.entities[m.entity].name == innotron->name)
                sentences.append(m.sentence);
        }
        QCOMPARE(sentences.first(), 0);
        QCOMPARE(sentences[1], 1);
        for (const Deal& deal : x.deals)
            QCOMPARE(text.mid(deal.evidenceStart, deal.evidenceEnd - deal.evidenceStart), deal.evidence);
        for (const MoneyAmount& a : x.amounts)
            QCOMPARE(text.mid(a.start, a.end - a.start), a.text);
    }

    void readsTheStory()
    {
        const Extraction x = m_extractor->extract(QString(), QString::fromUtf8(storyBody));
        const ExtractedEntity* cxmt = find(x, QStringLiteral("Changxin Xinqiao Memory Technologies Inc"));
        QVERIFY(cxmt);
        QCOMPARE(cxmt->key, QStringLiteral("changxin xinqiao memory technologies"));
        QVERIFY(cxmt->aliases.contains(QStringLiteral("CXMT")));
        // Read from the text: "Innotron Memory, the parent firm of ... CXMT".
        QCOMPARE(cxmt->parent, QStringLiteral("Innotron Memory"));
        QCOMPARE(x.relations.size(), 1);
        QCOMPARE(x.entities[x.relations[0].subject].name, QStringLiteral("Innotron Memory"));
        QCOMPARE(x.relations[0].relation, QStringLiteral("parent_of"));
        QCOMPARE(x.entities[x.relations[0].object].name, cxmt->name);
        // From the gazetteer.
        QCOMPARE(find(x, QStringLiteral("SK Hynix Inc"))->parent, QStringLiteral("SK Inc"));
        QCOMPARE(find(x, QStringLiteral("CoWoS-S"))->parent, QStringLiteral("CoWoS"));
        QCOMPARE(find(x, QStringLiteral("Agence France-Presse"))->type, EntityType::Organization);
        QCOMPARE(find(x, QStringLiteral("Jensen Huang"))->type, EntityType::Person);
        QCOMPARE(find(x, QStringLiteral("high-bandwidth memory"))->type, EntityType::Technology);
        QVERIFY(!find(x, QStringLiteral("Hefei")));
        QCOMPARE(x.amounts.size(), 1);
        QCOMPARE(x.amounts[0].usd, 2.4e9);
        QStringList kinds;
        for (const Deal& d : x.deals)
            kinds.append(d.kind);
        QCOMPARE(kinds, (QStringList{QStringLiteral("investment"), QStringLiteral("contract")}));
    }

    void otherParentPatterns()
    {
        const Extraction unit =
            m_extractor->extract(QString(), QStringLiteral("Beta Inc, a unit of Acme Corp, said."));
        QCOMPARE(unit.relations.size(), 1);
        QCOMPARE(unit.entities[unit.relations[0].subject].name, QStringLiteral("Acme Corp"));
        QCOMPARE(find(unit, QStringLiteral("Beta Inc"))->parent, QStringLiteral("Acme Corp"));
        const Extraction possessive =
            m_extractor->extract(QString(), QStringLiteral("Acme Corp's subsidiary Beta Inc said."));
        QCOMPARE(possessive.relations.size(), 1);
        QCOMPARE(possessive.entities[possessive.relations[0].object].name, QStringLiteral("Beta Inc"));
    }

    void storyOverloadMatches()
    {
        Story story;
        story.title = QStringLiteral("CXMT plant");
        story.body = QString::fromUtf8(storyBody);
        QCOMPARE(summary(m_extractor->extract(story)),
                 summary(m_extractor->extract(story.title, story.body)));
    }

    void emptyInput()
    {
        const Extraction x = m_extractor->extract(QString(), QString());
        QVERIFY(x.entities.isEmpty() && x.mentions.isEmpty() && x.deals.isEmpty() && x.amounts.isEmpty());
        QVERIFY(m_extractor->extract(QStringLiteral("   \n"), QStringLiteral("\n\n")).entities.isEmpty());
    }

    void concurrentCallsAgree()
    {
        QStringList bodies;
        for (int i = 0; i < 40; ++i)
            bodies.append(QString::fromUtf8(storyBody) +
                          QStringLiteral(" Story %1 of Acme %2 Corp.").arg(i).arg(i % 7));
        QStringList expected;
        for (const QString& body : bodies)
            expected.append(summary(m_extractor->extract(QString(), body)));
        QStringList results(bodies.size());
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = t; i < bodies.size(); i += 4)
                    results[i] = summary(m_extractor->extract(QString(), bodies[i]));
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(results, expected);
    }

    void sharedExtractorUsesTheDataFolder()
    {
        const Extractor& shared = Extractor::shared();
        QCOMPARE(&shared, &Extractor::shared());
        QVERIFY(shared.gazetteer().directory().endsWith(QStringLiteral("gazetteer")));
    }
};

QTEST_GUILESS_MAIN(TestExtractor)
#include "TestExtractor.moc"
