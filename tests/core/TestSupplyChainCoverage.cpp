// How much of the chip supply chain the extractor knows, measured against a public table the team
// did not write: Georgetown CSET's ETO semiconductor supply-chain data (../shared/corpora/
// eto_semiconductor_supply_chain, research use only, never copied into the repository). Each firm
// of providers.csv is put in a neutral sentence and must come out as a company or organization
// covering exactly its name; each process, tool and material of inputs.csv must come out as a
// technology. Skipped where ../shared is absent. The floors sit a little under the figures measured
// on 2026-12-07 (docs/EXTRACTION.md), so a narrower gazetteer or a pattern that breaks names fails.

#include "extract/Extractor.h"
#include "import/CsvImporter.h"
#include "import/TextInput.h"

#include <QFile>
#include <QTest>

using namespace ws;

namespace {

const QString tableDir = QStringLiteral(WIRESCOPE_SHARED_DIR "/corpora/eto_semiconductor_supply_chain/");

// The rows of a CSV file with a header, as column name -> value.
QList<QHash<QString, QString>> readTable(const QString& path)
{
    QList<QHash<QString, QString>> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    CollectingSink sink;
    EncodingGuess utf8;
    utf8.encoding = QStringLiteral("UTF-8");
    TextInput input(file, path, utf8, sink);
    QStringList header;
    QStringList fields;
    int line = 0;
    while (CsvImporter::readRecord(input, QLatin1Char(','), fields, line)) {
        if (header.isEmpty()) {
            for (QString name : fields)
                header.append(name.remove(QChar(0xFEFF)).trimmed());
            continue;
        }
        QHash<QString, QString> row;
        for (int c = 0; c < header.size() && c < fields.size(); ++c)
            row.insert(header[c], fields[c].trimmed());
        rows.append(row);
    }
    return rows;
}

// Whether a mention of one of `types` covers exactly `name` in `sentence`.
bool found(const QString& sentence, const QString& name, const QList<EntityType>& types)
{
    const Extraction extraction = Extractor::shared().extract(QString(), sentence);
    const int at = int(sentence.indexOf(name));
    for (const Mention& mention : extraction.mentions) {
        if (mention.start == at && mention.end == at + name.size() &&
            types.contains(extraction.entities[mention.entity].type))
            return true;
    }
    return false;
}

struct Coverage
{
    int known = 0;
    int total = 0;
    QStringList missed;
    void count(const QString& name, bool recognised)
    {
        ++total;
        if (recognised)
            ++known;
        else
            missed.append(name);
    }
    double share() const { return total ? double(known) / total : 0; }
    void print(const char* what) const
    {
        qInfo("%s: %d of %d (%.2f); missed: %s", what, known, total, share(),
              qPrintable(missed.join(QStringLiteral(", "))));
    }
};

} // namespace

class TestSupplyChainCoverage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFile::exists(tableDir + QStringLiteral("providers.csv")))
            QSKIP("../shared/corpora/eto_semiconductor_supply_chain is not available");
    }

    void firmsAreCompanies()
    {
        Coverage coverage;
        for (const auto& row : readTable(tableDir + QStringLiteral("providers.csv"))) {
            if (row.value(QStringLiteral("provider_type")) != QLatin1String("organization"))
                continue;
            const QString name = row.value(QStringLiteral("provider_name"));
            const QString sentence =
                QStringLiteral("Analysts said %1 would raise its spending next year.").arg(name);
            coverage.count(name, found(sentence, name, {EntityType::Company, EntityType::Organization}));
        }
        coverage.print("firms recognised as a company");
        QVERIFY(coverage.total > 200);
        QVERIFY2(coverage.share() >= 0.62,
                 "fewer supply-chain firms recognised than measured on 2026-12-07 (0.66)");
    }

    void inputsAreTechnologies()
    {
        Coverage coverage;
        for (const auto& row : readTable(tableDir + QStringLiteral("inputs.csv"))) {
            // "Logic chip design: Advanced CPUs": the part after the stage is the input.
            QString name = row.value(QStringLiteral("input_name"));
            name = name.section(QLatin1Char(':'), -1).trimmed();
            if (name.isEmpty())
                continue;
            const QString sentence = QStringLiteral("The report covered %1 in detail.").arg(name);
            const Extraction extraction = Extractor::shared().extract(QString(), sentence);
            bool technology = false;
            for (const Mention& mention : extraction.mentions) {
                technology =
                    technology || (extraction.entities[mention.entity].type == EntityType::Technology &&
                                   mention.start >= sentence.indexOf(name) &&
                                   mention.end <= sentence.indexOf(name) + name.size());
            }
            coverage.count(name, technology);
        }
        coverage.print("inputs holding a technology");
        QVERIFY(coverage.total > 60);
        QVERIFY2(coverage.share() >= 0.8,
                 "fewer supply-chain inputs recognised than measured on 2026-12-07 (0.85)");
    }
};

QTEST_GUILESS_MAIN(TestSupplyChainCoverage)
#include "TestSupplyChainCoverage.moc"
