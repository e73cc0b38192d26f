#pragma once

#include "extract/HashSlots.h"
#include "extract/PhraseMatcher.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

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
    // The role of what follows a phrase that ends in its preposition ("acquired by", "stake in").
    std::optional<QString> lastWordRole;
    QString status;                           // status the word implies ("acquired" -> completed), or empty
    Strength strength = Strong;

    // The role that the word of one token (its hash and its text) gives what follows, or nullptr.
    // The readers ask at every word after a trigger: the hash rules out most words without
    // lowering their text into a string.
    const QString* roleAfter(quint64 tokenHash, QStringView word) const
    {
        if (!prepositionHashes.find(tokenHash))
            return nullptr;
        const auto role = prepositionRoles.constFind(word.toString().toLower());
        return role == prepositionRoles.constEnd() ? nullptr : &*role;
    }
    HashSlots<bool> prepositionHashes; // Tokenizer::hashOf() of each key of prepositionRoles
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
