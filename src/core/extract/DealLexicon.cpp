#include "extract/DealLexicon.h"

#include "extract/DataWarnings.h"
#include "extract/TsvTable.h"
#include "model/DataPaths.h"

namespace ws {

namespace {

const QStringList kinds = {
    QStringLiteral("investment"), QStringLiteral("fundraising"), QStringLiteral("acquisition"),
    QStringLiteral("contract"),   QStringLiteral("partnership"), QStringLiteral("subsidy"),
    QStringLiteral("sanction"),   QStringLiteral("tariff"),      QStringLiteral("none")};

QString orEmpty(const QString& value)
{
    return value == QLatin1String("-") ? QString() : value;
}

} // namespace

QString DealLexicon::defaultPath()
{
    return DataPaths::extractDir() + QStringLiteral("/deal-triggers.tsv");
}

std::shared_ptr<const DealLexicon> DealLexicon::load(const QString& path, QStringList* issues)
{
    auto lexicon = std::make_shared<DealLexicon>();
    TsvTable table;
    QString error;
    if (!table.load(path, &error)) {
        if (issues)
            issues->append(error);
        return lexicon;
    }
    for (const TsvTable::Row& row : table.rows()) {
        DealTrigger trigger;
        trigger.kind = table.value(row, QStringLiteral("kind")).toLower();
        trigger.phrase = table.value(row, QStringLiteral("phrase"));
        if (!kinds.contains(trigger.kind) || trigger.phrase.isEmpty()) {
            if (issues)
                issues->append(table.where(row) + QStringLiteral(": unknown kind or empty phrase"));
            continue;
        }
        trigger.subjectRole = orEmpty(table.value(row, QStringLiteral("subject")));
        trigger.objectRole = orEmpty(table.value(row, QStringLiteral("object")));
        for (const QString& pair : table.values(row, QStringLiteral("prepositions"))) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                if (pair != QLatin1String("-") && issues)
                    issues->append(table.where(row) +
                                   QStringLiteral(": preposition not written as prep=role: ") + pair);
                continue;
            }
            trigger.prepositionRoles.insert(pair.left(eq).trimmed().toLower(), pair.mid(eq + 1).trimmed());
        }
        for (auto role = trigger.prepositionRoles.cbegin(); role != trigger.prepositionRoles.cend(); ++role)
            trigger.prepositionHashes[Tokenizer::hashOf(role.key())] = true;
        const auto lastWordRole =
            trigger.prepositionRoles.constFind(trigger.phrase.section(QLatin1Char(' '), -1).toLower());
        if (lastWordRole != trigger.prepositionRoles.constEnd())
            trigger.lastWordRole = *lastWordRole;
        trigger.status = orEmpty(table.value(row, QStringLiteral("status")));
        const QString strength = table.value(row, QStringLiteral("strength"));
        trigger.strength = strength == QLatin1String("weak")     ? DealTrigger::Weak
                           : strength == QLatin1String("amount") ? DealTrigger::NeedsAmount
                           : strength == QLatin1String("target") ? DealTrigger::NeedsTarget
                                                                 : DealTrigger::Strong;
        const int phrase = lexicon->m_matcher.add(trigger.phrase, false);
        if (phrase < 0)
            continue;
        if (phrase >= lexicon->m_phraseTrigger.size())
            lexicon->m_phraseTrigger.resize(phrase + 1, -1);
        if (lexicon->m_phraseTrigger[phrase] >= 0) {
            if (issues)
                issues->append(table.where(row) + QStringLiteral(": phrase listed twice: ") + trigger.phrase);
            continue;
        }
        lexicon->m_phraseTrigger[phrase] = int(lexicon->m_triggers.size());
        lexicon->m_triggers.append(trigger);
    }
    return lexicon;
}

std::shared_ptr<const DealLexicon> DealLexicon::shared()
{
    static const std::shared_ptr<const DealLexicon> instance =
        loadWithWarnings("deal triggers:", [](QStringList* issues) { return load(defaultPath(), issues); });
    return instance;
}

} // namespace ws
