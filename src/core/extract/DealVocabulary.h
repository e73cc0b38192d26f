#pragma once

#include "extract/DealCues.h"
#include "extract/PhraseMatcher.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <array>
#include <memory>

namespace ws {

// The words the deal reader knows, kept as data in data/extract so that they are read and changed
// without the code: the word classes of deal-words.tsv (business nouns, securities and goods, figure
// words, framing words...) and the status cues of deal-status.tsv ("weighing", "plans", "has
// completed"). Grammar words (prepositions, determiners, be forms) stay in DealCues.
class DealVocabulary
{
public:
    // Reads deal-words.tsv and deal-status.tsv from `dir`. Problems go to *issues as "FILE:LINE:
    // message" (or "FILE: message"); what a bad row says is left out, the rest is read.
    static std::shared_ptr<const DealVocabulary> load(const QString& dir, QStringList* issues = nullptr);
    // The vocabulary in DataPaths::extractDir(), loaded on first use; problems become warnings.
    static std::shared_ptr<const DealVocabulary> shared();

    // Token hashes of the words deal-words.tsv lists for a class; empty for the grammar classes.
    const QSet<quint64>& words(DealCues::WordClass wordClass) const { return m_words[wordClass]; }
    // Status cues: the phrases, and the status ("considered", "planned", "completed", "announced")
    // of a phrase the matcher found.
    const PhraseMatcher& statusPhrases() const { return m_statusPhrases; }
    QString status(int phrase) const { return m_status.value(phrase); }

private:
    void readWords(const QString& path, QStringList* issues);
    void readStatus(const QString& path, QStringList* issues);

    std::array<QSet<quint64>, DealCues::WordClassCount> m_words;
    PhraseMatcher m_statusPhrases;
    QHash<int, QString> m_status;
};

} // namespace ws
