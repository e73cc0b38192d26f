#include "extract/DealVocabulary.h"

#include "extract/DataWarnings.h"
#include "extract/TsvTable.h"
#include "model/DataPaths.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace ws {

namespace {

// The classes deal-words.tsv may name, as written there.
struct NamedClass
{
    const char* name;
    DealCues::WordClass wordClass;
};
constexpr NamedClass wordClasses[] = {{"business-noun", DealCues::BusinessNoun},
                                      {"security", DealCues::Security},
                                      {"business-title", DealCues::BusinessTitle},
                                      {"background", DealCues::Background},
                                      {"trade-object", DealCues::TradeObject},
                                      {"result-noun", DealCues::ResultNoun},
                                      {"accounting-verb", DealCues::AccountingVerb},
                                      {"modifier", DealCues::Modifier},
                                      {"amount-word", DealCues::AmountWord},
                                      {"ownership-verb", DealCues::OwnershipVerb},
                                      {"market-modifier", DealCues::MarketModifier},
                                      {"deal-noun", DealCues::DealNoun},
                                      {"entitlement", DealCues::Entitlement},
                                      {"saying", DealCues::Saying},
                                      {"currency", DealCues::Currency},
                                      {"framing", DealCues::Framing},
                                      {"framing-noun", DealCues::FramingNoun}};

const QStringList statuses = {QStringLiteral("considered"), QStringLiteral("planned"),
                              QStringLiteral("completed"), QStringLiteral("announced")};

void report(QStringList* issues, const QString& issue)
{
    if (issues)
        issues->append(issue);
}

// Reads a table of rows `name<TAB>entry|entry|...`; false, with the reason reported, when the file
// is missing, unreadable or without those two columns.
bool readTable(TsvTable& table, const QString& path, const QString& name, const QString& entries,
               QStringList* issues)
{
    QString error;
    if (!QFileInfo::exists(path))
        error = path + QStringLiteral(": not found");
    else if (table.load(path, &error) && !(table.hasColumn(name) && table.hasColumn(entries)))
        error = path + QStringLiteral(": no '%1' and '%2' columns").arg(name, entries);
    if (!error.isEmpty())
        report(issues, error);
    return error.isEmpty();
}

} // namespace

std::shared_ptr<const DealVocabulary> DealVocabulary::load(const QString& dir, QStringList* issues)
{
    auto vocabulary = std::make_shared<DealVocabulary>();
    vocabulary->readWords(QDir(dir).filePath(QStringLiteral("deal-words.tsv")), issues);
    vocabulary->readStatus(QDir(dir).filePath(QStringLiteral("deal-status.tsv")), issues);
    return vocabulary;
}

std::shared_ptr<const DealVocabulary> DealVocabulary::shared()
{
    static const std::shared_ptr<const DealVocabulary> instance = loadWithWarnings(
        "deal vocabulary:", [](QStringList* issues) { return load(DataPaths::extractDir(), issues); });
    return instance;
}

void DealVocabulary::readWords(const QString& path, QStringList* issues)
{
    TsvTable table;
    if (!readTable(table, path, QStringLiteral("class"), QStringLiteral("words"), issues))
        return;
    for (const TsvTable::Row& row : table.rows()) {
        const QString name = table.value(row, QStringLiteral("class"));
        const auto named = std::find_if(std::begin(wordClasses), std::end(wordClasses),
                                        [&](const NamedClass& c) { return name == QLatin1String(c.name); });
        if (named == std::end(wordClasses)) {
            report(issues, table.where(row) + QStringLiteral(": unknown word class '%1'").arg(name));
            continue;
        }
        QSet<quint64>& words = m_words[named->wordClass];
        const QStringList listed = table.values(row, QStringLiteral("words"));
        if (listed.isEmpty())
            report(issues, table.where(row) + QStringLiteral(": no words"));
        for (const QString& word : listed) {
            // Lookups take one token's hash: "after-tax" or "year's" would never be found.
            if (Tokenizer::tokenize(word).size() != 1)
                report(issues, table.where(row) + QStringLiteral(": '%1' is more than one token").arg(word));
            else if (words.contains(Tokenizer::hashOf(word)))
                report(issues,
                       table.where(row) + QStringLiteral(": '%1' is listed twice in %2").arg(word, name));
            else
                words.insert(Tokenizer::hashOf(word));
        }
    }
    for (const NamedClass& named : wordClasses) {
        if (m_words[named.wordClass].isEmpty())
            report(issues, path + QStringLiteral(": no words for class '%1'").arg(QLatin1String(named.name)));
    }
}

void DealVocabulary::readStatus(const QString& path, QStringList* issues)
{
    TsvTable table;
    if (!readTable(table, path, QStringLiteral("status"), QStringLiteral("phrases"), issues))
        return;
    QSet<QString> listed;
    for (const TsvTable::Row& row : table.rows()) {
        const QString status = table.value(row, QStringLiteral("status"));
        if (!statuses.contains(status)) {
            report(issues, table.where(row) + QStringLiteral(": unknown status '%1'").arg(status));
            continue;
        }
        const QStringList phrases = table.values(row, QStringLiteral("phrases"));
        if (phrases.isEmpty())
            report(issues, table.where(row) + QStringLiteral(": no phrases"));
        for (const QString& phrase : phrases) {
            // Matching ignores case: "Will" would be "will" again.
            const QString key = phrase.simplified().toLower();
            if (listed.contains(key)) {
                report(issues, table.where(row) + QStringLiteral(": '%1' is listed twice").arg(phrase));
                continue;
            }
            listed.insert(key);
            const int index = m_statusPhrases.add(phrase);
            if (index >= 0)
                m_status.insert(index, status);
        }
    }
    for (const QString& status : statuses) {
        if (m_status.key(status, -1) < 0)
            report(issues, path + QStringLiteral(": no phrases for status '%1'").arg(status));
    }
}

} // namespace ws
