// Scores the reading of the seed corpus against its gold file (../shared/eval/seed-gold.json),
// following the gold's "about" line: a name matches case-insensitively any alias in its row; a
// company (or person) found that matches no row counts against precision unless listed optional;
// a deal matches on kind family, one named party and, where the gold gives one, its amount within
// 5% (USD, or CNY where the gold gives "cny"); a found deal that matches no gold deal counts against
// precision unless it matches an optional one. Entities are merged across stories the way the
// store merges them (shared alias keys) before scoring.

#include "extract/EntityKey.h"
#include "extract/Extractor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace ws;

namespace {

struct Score
{
    int truePositives = 0; // found items that match gold
    int found = 0;         // found items that count (optional matches excluded)
    int goldMatched = 0;
    int gold = 0;
    QStringList falsePositives;
    QStringList misses;
    double precision() const { return found ? double(truePositives) / found : 1.0; }
    double recall() const { return gold ? double(goldMatched) / gold : 1.0; }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

QString fold(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

QList<QSet<QString>> rowsOf(const QJsonArray& array)
{
    QList<QSet<QString>> rows;
    for (const QJsonValue& row : array) {
        QSet<QString> names;
        for (const QJsonValue& name : row.toArray())
            names.insert(fold(name.toString()));
        rows.append(names);
    }
    return rows;
}

// One entity as the corpus sees it after merging stories: every name and alias it carries.
struct Cluster
{
    QSet<QString> names; // folded
    QSet<QString> keys;
    QString label;
};

QList<Cluster> clustersOf(const QList<Extraction>& stories, EntityType type)
{
    QList<Cluster> clusters;
    for (const Extraction& story : stories) {
        for (const ExtractedEntity& entity : story.entities) {
            if (entity.type != type)
                continue;
            Cluster incoming;
            incoming.label = entity.name;
            for (const QString& name : QStringList{entity.name} + entity.aliases) {
                incoming.names.insert(fold(name));
                incoming.keys.insert(EntityKey::make(name));
            }
            incoming.keys.insert(entity.key);
            // Merge with every cluster sharing a key (as the store does by alias key).
            for (int c = int(clusters.size()) - 1; c >= 0; --c) {
                if (!clusters[c].keys.intersects(incoming.keys))
                    continue;
                incoming.names.unite(clusters[c].names);
                incoming.keys.unite(clusters[c].keys);
                incoming.label = clusters[c].label;
                clusters.removeAt(c);
            }
            clusters.append(incoming);
        }
    }
    return clusters;
}

Score scoreEntities(const QList<Cluster>& clusters, const QList<QSet<QString>>& rows,
                    const QSet<QString>& optional)
{
    Score score;
    score.gold = int(rows.size());
    QList<bool> matched(rows.size(), false);
    for (const Cluster& cluster : clusters) {
        bool hit = false;
        for (int r = 0; r < rows.size(); ++r) {
            if (cluster.names.intersects(rows[r])) {
                matched[r] = true;
                hit = true;
            }
        }
        if (hit) {
            ++score.truePositives;
            ++score.found;
        } else if (!cluster.names.intersects(optional)) {
            ++score.found;
            score.falsePositives.append(cluster.label);
        }
    }
    for (int r = 0; r < rows.size(); ++r) {
        if (matched[r])
            ++score.goldMatched;
        else
            score.misses.append(QStringList(rows[r].cbegin(), rows[r].cend()).join(QLatin1Char('/')));
    }
    return score;
}

class TestSeedEvaluation : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_gold;
    QList<Extraction> m_stories;
    QList<QSet<QString>> m_allRows; // every gold row of every entity list, for deal parties

    void print(const char* category, const Score& score)
    {
        qInfo("%-13s precision %.2f  recall %.2f  F1 %.2f  (found %d, matched %d of %d)", category,
              score.precision(), score.recall(), score.f1(), score.found, score.goldMatched, score.gold);
        if (!score.falsePositives.isEmpty())
            qInfo("    counted against precision: %s",
                  qPrintable(score.falsePositives.join(QStringLiteral("; "))));
        if (!score.misses.isEmpty())
            qInfo("    missed: %s", qPrintable(score.misses.join(QStringLiteral("; "))));
    }

    Score scoreType(const char* list, EntityType type, const char* optionalList = nullptr)
    {
        QSet<QString> optional;
        if (optionalList) {
            for (const QJsonValue& name : m_gold.value(QLatin1String(optionalList)).toArray())
                optional.insert(fold(name.toString()));
        }
        return scoreEntities(clustersOf(m_stories, type), rowsOf(m_gold.value(QLatin1String(list)).toArray()),
                             optional);
    }

    // Every name a gold party may be written as: its own, and those of any gold row holding it.
    QSet<QString> partyNames(const QString& party) const
    {
        QSet<QString> names{fold(party)};
        for (const QSet<QString>& row : m_allRows) {
            if (row.contains(fold(party)))
                names.unite(row);
        }
        return names;
    }

    bool dealMatches(const Deal& deal, const Extraction& story, const QJsonObject& gold) const
    {
        const QString goldKind = gold.value(QLatin1String("kind")).toString();
        const QJsonArray family =
            m_gold.value(QLatin1String("deal_kind_families")).toObject().value(goldKind).toArray();
        bool kindOk = deal.kind == goldKind;
        for (const QJsonValue& member : family)
            kindOk = kindOk || member.toString() == deal.kind;
        if (!kindOk)
            return false;
        bool partyOk = false;
        for (const QJsonValue& goldParty : gold.value(QLatin1String("parties")).toArray()) {
            const QSet<QString> names = partyNames(goldParty.toString());
            for (const DealParty& party : deal.parties) {
                QStringList forms{party.name};
                if (party.entity >= 0)
                    forms += story.entities[party.entity].aliases;
                for (const QString& form : forms)
                    partyOk = partyOk || names.contains(fold(form));
            }
        }
        if (!partyOk)
            return false;
        const auto within = [](double value, double expected) {
            return std::abs(value - expected) <= 0.05 * expected;
        };
        if (gold.contains(QLatin1String("usd")))
            return deal.amount && deal.amount->hasUsd() &&
                   within(deal.amount->usd, gold.value(QLatin1String("usd")).toDouble());
        if (gold.contains(QLatin1String("cny")))
            return deal.amount && deal.amount->currency == QLatin1String("CNY") &&
                   within(deal.amount->value, gold.value(QLatin1String("cny")).toDouble());
        return true;
    }

private slots:
    void initTestCase()
    {
        const QString shared = QStringLiteral(WIRESCOPE_SHARED_DIR);
        QFile goldFile(shared + QStringLiteral("/eval/seed-gold.json"));
        if (!goldFile.open(QIODevice::ReadOnly))
            QSKIP("../shared/eval/seed-gold.json is not available");
        m_gold = QJsonDocument::fromJson(goldFile.readAll()).object();
        QFile seed(shared + QLatin1Char('/') + m_gold.value(QLatin1String("corpus")).toString());
        if (!seed.open(QIODevice::ReadOnly))
            QSKIP("the seed corpus named by the gold file is not available");
        const QStringList lines = QString::fromUtf8(seed.readAll()).split(QLatin1Char('\n'));
        QList<int> starts;
        for (const QJsonValue& start : m_gold.value(QLatin1String("story_starts")).toArray())
            starts.append(start.toInt());
        QVERIFY(!starts.isEmpty());
        // Stories are split at the gold's own line numbers, so this scores extraction only.
        for (int s = 0; s < starts.size(); ++s) {
            const int first = starts[s] - 1;
            const int end = s + 1 < starts.size() ? starts[s + 1] - 1 : int(lines.size());
            const QString body = lines.mid(first, end - first).join(QLatin1Char('\n')).trimmed();
            m_stories.append(Extractor::shared().extract(QString(), body));
        }
        for (const char* list : {"companies", "organizations", "people", "technologies", "products"})
            m_allRows += rowsOf(m_gold.value(QLatin1String(list)).toArray());
    }

    void companies()
    {
        const Score score = scoreType("companies", EntityType::Company, "optional_companies");
        print("companies", score);
        QVERIFY2(score.f1() >= 0.9, qPrintable(QStringLiteral("company F1 %1").arg(score.f1())));
    }

    void people()
    {
        const Score score = scoreType("people", EntityType::Person);
        print("people", score);
        QVERIFY2(score.f1() >= 0.9, qPrintable(QStringLiteral("people F1 %1").arg(score.f1())));
    }

    void technologies()
    {
        const Score score = scoreType("technologies", EntityType::Technology);
        print("technologies", score);
        QVERIFY2(score.recall() >= 0.9,
                 qPrintable(QStringLiteral("technology recall %1").arg(score.recall())));
    }

    void organizationsAndProducts()
    {
        // Reported, not asserted: the gold lists these for reference.
        print("organizations", scoreType("organizations", EntityType::Organization));
        print("products", scoreType("products", EntityType::Product));
    }

    void deals()
    {
        const QJsonArray gold = m_gold.value(QLatin1String("deals")).toArray();
        const QJsonArray optional = m_gold.value(QLatin1String("optional_deals")).toArray();
        Score score;
        score.gold = int(gold.size());
        QList<bool> matched(gold.size(), false);
        for (const Extraction& story : std::as_const(m_stories)) {
            for (const Deal& deal : story.deals) {
                bool hit = false;
                for (int g = 0; g < gold.size(); ++g) {
                    if (dealMatches(deal, story, gold[g].toObject())) {
                        matched[g] = true;
                        hit = true;
                    }
                }
                bool optionalHit = false;
                for (const QJsonValue& o : optional)
                    optionalHit = optionalHit || dealMatches(deal, story, o.toObject());
                QStringList parties;
                for (const DealParty& party : deal.parties)
                    parties.append(party.name);
                const QString label = deal.kind + QLatin1Char(' ') + parties.join(QLatin1Char('+'));
                if (hit) {
                    ++score.truePositives;
                    ++score.found;
                } else if (!optionalHit) {
                    ++score.found;
                    score.falsePositives.append(label);
                }
            }
        }
        for (int g = 0; g < gold.size(); ++g) {
            if (matched[g]) {
                ++score.goldMatched;
            } else {
                const QJsonObject deal = gold[g].toObject();
                QStringList parties;
                for (const QJsonValue& party : deal.value(QLatin1String("parties")).toArray())
                    parties.append(party.toString());
                score.misses.append(deal.value(QLatin1String("kind")).toString() + QLatin1Char(' ') +
                                    parties.join(QLatin1Char('+')));
            }
        }
        print("deals", score);
        QVERIFY2(score.f1() >= 0.9, qPrintable(QStringLiteral("deal F1 %1").arg(score.f1())));
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestSeedEvaluation)
#include "TestSeedEvaluation.moc"
