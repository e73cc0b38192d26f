#pragma once

#include "extract/CurrencyTable.h"
#include "extract/PhraseMatcher.h"
#include "model/EntityType.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace ws {

struct GazetteerEntry
{
    EntityType type = EntityType::Company;
    QString name;        // canonical name
    QStringList aliases; // other names as listed: aliases, synonyms, Chinese names
    QStringList tickers; // matched only in ticker context: "<NVDA>", "(NASDAQ: NVDA)"
    QString key;         // EntityKey of the name
    QString nameKey;     // EntityKey::make(name): `key` keeps the suffix of a name listed twice
    QStringList aliasKeys; // EntityKey::make() of each alias
    QString country;
    QString parent;  // parent company / parent technology (same type as the entry)
    QString related; // maker of a product, organization of a person
    QString kind;    // sector, organization kind, place kind, technology category, role
};

struct GazetteerMatch
{
    int entry = -1;
    int firstToken = 0; // token range, end exclusive
    int endToken = 0;
    int start = 0; // character range, end exclusive
    int end = 0;
};

// The team's lists of names (data/gazetteer/*.tsv, see its README), loaded once and matched over
// tokenized text: longest match first, on word boundaries. Long multi-word names and technology
// names match whatever their case ("CowoS-S" finds CoWoS-S); short or single-word Latin names only
// as written (so "apple" is not Apple), or in capitals on a headline line. Chinese names match in
// both scripts.
class Gazetteer
{
public:
    // Loads every table found in `dir`; problems go to *issues as "FILE:LINE: message". A missing
    // folder gives an empty gazetteer (and an issue).
    static std::shared_ptr<const Gazetteer> load(const QString& dir, QStringList* issues = nullptr);
    // The gazetteer of DataPaths::gazetteerDir(), loaded on first use and shared by every thread.
    static std::shared_ptr<const Gazetteer> shared();

    const QString& directory() const { return m_dir; }
    const QList<GazetteerEntry>& entries() const { return m_entries; }
    const GazetteerEntry& entry(int index) const { return m_entries[index]; }
    std::shared_ptr<const CurrencyTable> currencies() const { return m_currencies; }

    QList<GazetteerMatch> match(QStringView text, const QList<Token>& tokens) const;
    QList<GazetteerMatch> match(QStringView text) const;
    // Entries whose name or one of whose aliases has this EntityKey, best type first.
    QList<int> findByKey(const QString& key) const;
    // The entry of this type whose name or alias has this key, or -1.
    int find(EntityType type, const QString& key) const;

private:
    void addTable(const QString& path, EntityType type, QStringList* issues);
    void addAlias(int entry, const QString& alias);
    // A ticker in brackets starting at token i ("<NVDA>", "(NYSE: C)", "(2330.TW)"), or an empty match.
    GazetteerMatch tickerAt(QStringView text, const QList<Token>& tokens, int i) const;

    QString m_dir;
    QList<GazetteerEntry> m_entries;
    // 3,000 names and their forms: a filter of 2^18 bits keeps false alarms to a few percent (at
    // 2^16 they cost 3 % of the extraction time).
    PhraseMatcher m_matcher{18};
    QList<QList<int>> m_phraseEntries; // by phrase: its entries (type priority order)
    QHash<QString, QList<int>> m_byKey;
    QHash<QString, int> m_tickers;
    std::shared_ptr<CurrencyTable> m_currencies = std::make_shared<CurrencyTable>();
};

} // namespace ws
