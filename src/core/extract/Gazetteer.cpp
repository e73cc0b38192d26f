#include "extract/Gazetteer.h"

#include "extract/ChineseFold.h"
#include "extract/DataWarnings.h"
#include "extract/EntityKey.h"
#include "extract/TsvTable.h"
#include "model/DataPaths.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace ws {

namespace {

struct TableSpec
{
    const char* file;
    EntityType type;
    const char* aliasColumns; // space-separated columns holding other names
    const char* parent;
    const char* related;
    const char* kind;
};

// In priority order: when two tables list the same name, the first wins.
const TableSpec tables[] = {
    {"companies.tsv", EntityType::Company, "aliases zh_hant zh_hans", "parent", "", "sector"},
    {"organizations.tsv", EntityType::Organization, "aliases zh_hant zh_hans", "", "", "kind"},
    {"people.tsv", EntityType::Person, "aliases zh_hant zh_hans", "", "organization", "role"},
    {"products.tsv", EntityType::Product, "aliases", "", "maker", "category"},
    {"technologies.tsv", EntityType::Technology, "synonyms", "parent", "", "category"},
    {"places.tsv", EntityType::Place, "aliases zh_hant zh_hans", "", "", "kind"},
};

// The words of a name, as split at single spaces (without making the list of them).
int wordCount(const QString& text)
{
    int count = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool space = c == QLatin1Char(' ');
        count += !space && !inWord;
        inWord = !space;
    }
    return count;
}

// "InFO", "CoWoS", "DRAM": a word with two or more capitals is written as an acronym.
bool acronymLike(QStringView word)
{
    return std::count_if(word.begin(), word.end(), [](QChar c) { return c.isUpper(); }) >= 2;
}

bool lettersOnly(const QString& text)
{
    for (QChar c : text) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

} // namespace

std::shared_ptr<const Gazetteer> Gazetteer::load(const QString& dir, QStringList* issues)
{
    auto gazetteer = std::make_shared<Gazetteer>();
    gazetteer->m_dir = dir;
    gazetteer->m_matcher.setCapsLineRelaxed(true);
    if (!QFileInfo(dir).isDir()) {
        if (issues)
            issues->append(dir + QStringLiteral(": gazetteer folder not found"));
        return gazetteer;
    }
    for (const TableSpec& spec : tables) {
        const QString path = QDir(dir).filePath(QString::fromLatin1(spec.file));
        if (!QFileInfo::exists(path)) {
            if (issues)
                issues->append(path + QStringLiteral(": not found"));
            continue;
        }
        TsvTable table;
        QString error;
        if (!table.load(path, &error)) {
            if (issues)
                issues->append(error);
            continue;
        }
        if (!table.hasColumn(QStringLiteral("name"))) {
            if (issues)
                issues->append(path + QStringLiteral(":1: no 'name' column"));
            continue;
        }
        QHash<QString, int> seen;
        for (const TsvTable::Row& row : table.rows()) {
            GazetteerEntry entry;
            entry.type = spec.type;
            entry.name = table.value(row, QStringLiteral("name"));
            if (entry.name.isEmpty()) {
                if (issues)
                    issues->append(table.where(row) + QStringLiteral(": row without a name"));
                continue;
            }
            entry.key = EntityKey::make(entry.name);
            const QString exact = EntityKey::makeExact(entry.name);
            if (seen.contains(exact)) {
                if (issues)
                    issues->append(table.where(row) + QStringLiteral(": '") + entry.name +
                                   QStringLiteral("' is listed twice (first at line ") +
                                   QString::number(seen.value(exact)) + QLatin1Char(')'));
                continue;
            }
            seen.insert(exact, row.line);
            for (const QString& column : QString::fromLatin1(spec.aliasColumns).split(QLatin1Char(' ')))
                entry.aliases += table.values(row, column);
            entry.aliases.removeDuplicates();
            entry.tickers = table.values(row, QStringLiteral("tickers"));
            entry.aliases.removeAll(entry.name);
            entry.nameKey = entry.key;
            for (const QString& alias : std::as_const(entry.aliases))
                entry.aliasKeys.append(EntityKey::make(alias));
            entry.country = table.value(row, QStringLiteral("country"));
            if (*spec.parent)
                entry.parent = table.value(row, QString::fromLatin1(spec.parent));
            if (*spec.related)
                entry.related = table.value(row, QString::fromLatin1(spec.related));
            entry.kind = table.value(row, QString::fromLatin1(spec.kind));
            const int index = int(gazetteer->m_entries.size());
            gazetteer->m_entries.append(entry);
            gazetteer->addAlias(index, entry.name);
            for (const QString& alias : entry.aliases)
                gazetteer->addAlias(index, alias);
            for (const QString& ticker : std::as_const(gazetteer->m_entries[index].tickers))
                gazetteer->m_tickers.insert(ticker, index);
        }
    }
    // Listed names of one type that differ only in their suffix keep their suffix in the key, so
    // the store does not merge them.
    QHash<QString, QList<int>> byKey;
    for (int i = 0; i < gazetteer->m_entries.size(); ++i) {
        const GazetteerEntry& entry = gazetteer->m_entries[i];
        byKey[entityTypeName(entry.type) + QLatin1Char(':') + entry.key].append(i);
    }
    for (const QList<int>& same : std::as_const(byKey)) {
        if (same.size() < 2)
            continue;
        for (int i : same)
            gazetteer->m_entries[i].key = EntityKey::makeExact(gazetteer->m_entries[i].name);
    }
    const QString currencies = QDir(dir).filePath(QStringLiteral("currencies.tsv"));
    if (QFileInfo::exists(currencies))
        gazetteer->m_currencies->load(currencies, issues);
    else if (issues)
        issues->append(currencies + QStringLiteral(": not found"));
    return gazetteer;
}

std::shared_ptr<const Gazetteer> Gazetteer::shared()
{
    static const std::shared_ptr<const Gazetteer> instance = loadWithWarnings(
        "gazetteer:", [](QStringList* issues) { return load(DataPaths::gazetteerDir(), issues); });
    return instance;
}

void Gazetteer::addAlias(int index, const QString& alias)
{
    const GazetteerEntry& entry = m_entries[index];
    const QString key = EntityKey::make(alias);
    if (key.isEmpty())
        return;
    QList<int>& byKey = m_byKey[key];
    if (!byKey.contains(index))
        byKey.append(index);

    const bool han = ChineseFold::containsHan(alias);
    const bool singleWord = wordCount(alias) == 1;
    // A surname or first name alone is a person only once the full name has been read in the
    // story; the extractor links those itself.
    if (entry.type == EntityType::Person && singleWord && !han && alias != entry.name)
        return;
    bool caseSensitive;
    if (han)
        caseSensitive = false;
    else if (entry.type == EntityType::Technology)
        caseSensitive = alias.size() <= 3 && lettersOnly(alias);
    else
        caseSensitive = singleWord || alias.size() < 8;
    QStringList forms{alias};
    // Single names are often written in capitals in running text (NVIDIA, SAMSUNG).
    if (caseSensitive && alias.size() >= 5 && alias.toUpper() != alias)
        forms.append(alias.toUpper());
    // A technology's acronym is found through case slips ("CowoS-S"), but not written all in
    // small letters, where it is usually a word ("more info" is no InFO).
    const bool acronym =
        entry.type == EntityType::Technology && !han && acronymLike(alias.section(QLatin1Char(' '), 0, 0));
    // ...and a technology written as a plain word is a name when written in capitals mid-text
    // ("the US CHIPS and Science Act").
    const bool plainWord = entry.type == EntityType::Technology && !han && alias.toLower() == alias;
    for (const QString& form : forms) {
        // Long names of companies and the like are found in any case, but must start with a
        // capital: "national semiconductor investment fund" is no company.
        const bool capitalised = !caseSensitive && !han && entry.type != EntityType::Technology &&
                                 form.size() > 0 && form[0].isUpper();
        const PhraseMatcher::CaseMode mode = caseSensitive ? PhraseMatcher::ExactCase
                                             : capitalised ? PhraseMatcher::Capitalised
                                             : acronym     ? PhraseMatcher::NotLowercase
                                             : plainWord   ? PhraseMatcher::NotCapitals
                                                           : PhraseMatcher::AnyCase;
        const int phrase = m_matcher.add(form, mode);
        if (phrase < 0)
            continue;
        if (phrase >= m_phraseEntries.size())
            m_phraseEntries.resize(phrase + 1);
        QList<int>& list = m_phraseEntries[phrase];
        if (!list.contains(index))
            list.append(index);
    }
}

QList<GazetteerMatch> Gazetteer::match(QStringView text, const QList<Token>& tokens) const
{
    QList<GazetteerMatch> matches;
    const int n = int(tokens.size());
    for (int i = 0; i < n; ++i) {
        if (tokens[i].kind == Token::Punct) {
            const GazetteerMatch ticker = tickerAt(text, tokens, i);
            if (ticker.entry >= 0) {
                matches.append(ticker);
                i = ticker.endToken;
            }
            continue;
        }
        const PhraseMatcher::Hit hit = m_matcher.longestAt(text, tokens, i);
        if (!hit.found())
            continue;
        // Word boundaries inside a Latin word run: "AI-related" finds AI, "AIs" does not (tokens).
        // Not from the middle of a hyphenated word: "cutting-edge AI" is not "edge AI".
        if (hit.end - hit.first > 1 && i >= 2 && !tokens[i].has(Token::SpaceBefore) &&
            tokens[i - 1].kind == Token::Punct && text[tokens[i - 1].start] == u'-' &&
            !tokens[i - 1].has(Token::SpaceBefore) && tokens[i - 2].kind == Token::Word)
            continue;
        if (hit.phrase >= m_phraseEntries.size() || m_phraseEntries[hit.phrase].isEmpty())
            continue;
        const QList<int>& entries = m_phraseEntries[hit.phrase];
        matches.append(
            {entries.first(), hit.first, hit.end, tokens[hit.first].start, tokens[hit.end - 1].end});
        i = hit.end - 1;
    }
    return matches;
}

GazetteerMatch Gazetteer::tickerAt(QStringView text, const QList<Token>& tokens, int i) const
{
    const QChar open = text[tokens[i].start];
    if ((open != u'<' && open != u'(') || m_tickers.isEmpty())
        return {};
    const QChar closing = open == u'<' ? u'>' : u')';
    int close = i + 1;
    while (close < tokens.size() && close < i + 8 && text[tokens[close].start] != closing)
        ++close;
    if (close >= tokens.size() || close == i + 1 || text[tokens[close].start] != closing)
        return {};
    int first = i + 1;
    // "(NYSE: C)": the exchange name before a colon.
    for (int k = i + 1; k < close; ++k) {
        if (text[tokens[k].start] == u':')
            first = k + 1;
    }
    if (first >= close)
        return {};
    QString ticker;
    for (int k = first; k < close; ++k)
        ticker += text.mid(tokens[k].start, tokens[k].length());
    const int entry = m_tickers.value(ticker, -1);
    if (entry < 0)
        return {};
    return {entry, first, close, tokens[first].start, tokens[close - 1].end};
}

QList<GazetteerMatch> Gazetteer::match(QStringView text) const
{
    return match(text, Tokenizer::tokenize(text));
}

QList<int> Gazetteer::findByKey(const QString& key) const
{
    return m_byKey.value(key);
}

int Gazetteer::find(EntityType type, const QString& key) const
{
    for (int index : m_byKey.value(key)) {
        if (m_entries[index].type == type)
            return index;
    }
    return -1;
}

} // namespace ws
