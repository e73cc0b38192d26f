#pragma once

#include "extract/PhraseMatcher.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace ws {

// A word or phrase that signals a deal, with how to read its parties (data/extract/deal-triggers.tsv).
struct DealTrigger
{
    enum Strength
    {
        Strong,
        Weak,
        NeedsAmount,
        NeedsTarget // "ban", "restrict": a sanction only when it names whom or what trade it stops
    };
    QString kind; // investment, acquisition, ... or "none" for look-alikes ("buy back")
    QString phrase;
    QString subjectRole; // empty when the subject is not a party
    QString objectRole;
    QHash<QString, QString> prepositionRoles; // "from" -> "seller"
    QString status;                           // status the word implies ("acquired" -> completed), or empty
    Strength strength = Strong;
};

class DealLexicon
{
public:
    // Problems go to *issues as "FILE:LINE: message".
    static std::shared_ptr<const DealLexicon> load(const QString& path, QStringList* issues = nullptr);
    // data/extract/deal-triggers.tsv, loaded on first use.
    static std::shared_ptr<const DealLexicon> shared();
    static QString defaultPath();

    int size() const { return int(m_triggers.size()); }
    // The longest trigger starting at token i, or nullptr; *end gets the token after it. Inline:
    // the deal reader asks at every word, and most start no trigger, which the matcher's filter
    // tells without a call.
    const DealTrigger* match(QStringView text, const QList<Token>& tokens, int i, int* end) const
    {
        const PhraseMatcher::Hit hit = m_matcher.longestAt(text, tokens, i);
        if (!hit.found())
            return nullptr;
        if (end)
            *end = hit.end;
        return &m_triggers[m_phraseTrigger[hit.phrase]];
    }

private:
    QList<DealTrigger> m_triggers;
    PhraseMatcher m_matcher;
    QList<int> m_phraseTrigger; // by phrase: its trigger, -1 for none
};

} // namespace ws
