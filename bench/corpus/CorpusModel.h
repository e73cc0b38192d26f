#pragma once

// The corpus generator's random stream and what it reads from the gazetteers (data/gazetteer/*.tsv).

#include "extract/TsvTable.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace corpus {

// splitmix64: small, fast, and the same on every platform (unlike std:: distributions).
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return uniform() < p; }
    template <typename T> const T& pick(const std::vector<T>& items) { return items[size_t(below(int(items.size())))]; }

private:
    quint64 m_state;
};

// An independent stream for (seed, story, purpose): a story is made again from its index alone.
inline quint64 streamSeed(quint64 seed, qint64 index, quint64 purpose)
{
    Rng rng(seed * 0xD1B54A32D192ED03ULL ^ quint64(index) * 0x9E3779B97F4A7C15ULL ^ (purpose << 58));
    rng.next();
    return rng.next();
}

// A Zipf-like draw over a list in its file order: the first entries are the most written about.
class Zipf
{
public:
    Zipf() = default;
    Zipf(int n, double exponent)
    {
        double sum = 0;
        for (int k = 0; k < n; ++k)
            m_cumulative.push_back(sum += 1.0 / std::pow(k + 1.0, exponent));
    }
    int draw(Rng& rng) const
    {
        const double x = rng.uniform() * m_cumulative.back();
        return int(std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin());
    }

private:
    std::vector<double> m_cumulative;
};

struct Company
{
    std::string name, shortName, acronym, zhHant, zhHans;
    std::vector<int> people, products;
};

struct Person
{
    std::string name, surname, role, zh;
};

struct Place
{
    std::string name, zh;
};

struct Gazetteer
{
    std::vector<Company> companies;
    std::vector<Person> people;
    std::vector<std::vector<std::string>> technologies; // canonical name, then synonyms
    std::vector<Place> cities, countries;
    std::vector<std::string> organizations, products;
    std::map<std::string, double> usdPerUnit; // ISO code -> rate
    QString error;                            // "FILE: reason" when a table could not be read
};

inline std::string utf8(const QString& text) { return text.toStdString(); }

inline bool isAcronym(const QString& text)
{
    if (text.size() < 2 || text.size() > 6)
        return false;
    for (QChar c : text) {
        if (!c.isUpper() && !c.isDigit() && c != u'&')
            return false;
    }
    return true;
}

// The name without its legal suffix ("Co", "Corp", "Ltd", ...), or the name when it has none.
inline QString withoutSuffix(const QString& name)
{
    static const QStringList suffixes = {QStringLiteral(" Co"), QStringLiteral(" Corp"), QStringLiteral(" Corporation"),
                                         QStringLiteral(" Inc"), QStringLiteral(" Ltd"), QStringLiteral(" Limited"),
                                         QStringLiteral(" AG"), QStringLiteral(" SE"), QStringLiteral(" NV"),
                                         QStringLiteral(" SA"), QStringLiteral(" PLC"), QStringLiteral(" GmbH"),
                                         QStringLiteral(" LLC"), QStringLiteral(" Holdings"), QStringLiteral(" Group")};
    QString text = name;
    for (bool cut = true; cut;) {
        cut = false;
        for (const QString& suffix : suffixes) {
            if (text.endsWith(suffix) && text.size() > suffix.size() + 2) {
                text.chop(suffix.size());
                cut = true;
            }
        }
    }
    return text;
}

inline QString firstOf(const QStringList& values) { return values.isEmpty() ? QString() : values.first(); }

inline Gazetteer loadGazetteer(const QString& dir)
{
    Gazetteer g;
    ws::TsvTable table;
    auto load = [&](const char* file) {
        QString error;
        if (!table.load(dir + QLatin1Char('/') + QLatin1String(file), &error))
            g.error = error;
        return g.error.isEmpty();
    };
    auto value = [&](const ws::TsvTable::Row& row, const char* column) {
        return table.value(row, QLatin1String(column));
    };
    auto values = [&](const ws::TsvTable::Row& row, const char* column) {
        return table.values(row, QLatin1String(column));
    };

    if (!load("companies.tsv"))
        return g;
    std::map<QString, int> companyIndex;
    for (const auto& row : table.rows()) {
        Company c;
        const QString name = value(row, "name");
        c.name = c.shortName = utf8(name);
        for (const QString& alias : values(row, "aliases")) {
            if (isAcronym(alias) && c.acronym.empty())
                c.acronym = utf8(alias);
            else if (alias.size() < name.size() && name.startsWith(alias + QLatin1Char(' ')) && c.shortName == c.name)
                c.shortName = utf8(alias); // "Nvidia Corp" -> "Nvidia"
        }
        if (c.shortName == c.name && !c.acronym.empty())
            c.shortName = c.acronym;
        if (c.shortName == c.name)
            c.shortName = utf8(withoutSuffix(name)); // "Nova Ltd" -> "Nova", as a second mention reads
        c.zhHant = utf8(firstOf(values(row, "zh_hant")));
        c.zhHans = utf8(firstOf(values(row, "zh_hans")));
        companyIndex[name] = int(g.companies.size());
        g.companies.push_back(c);
    }

    if (!load("people.tsv"))
        return g;
    for (const auto& row : table.rows()) {
        const QString role = value(row, "role");
        const auto company = companyIndex.find(value(row, "organization"));
        // Quoted people speak for a company today.
        if (role.isEmpty() || role.startsWith(QLatin1String("Former")) || company == companyIndex.end())
            continue;
        Person p;
        p.name = utf8(value(row, "name"));
        const auto space = p.name.rfind(' ');
        p.surname = space == std::string::npos ? p.name : p.name.substr(space + 1);
        p.role = utf8(role);
        p.zh = utf8(firstOf(values(row, "zh_hant")));
        g.companies[size_t(company->second)].people.push_back(int(g.people.size()));
        g.people.push_back(p);
    }

    if (!load("technologies.tsv"))
        return g;
    for (const auto& row : table.rows()) {
        std::vector<std::string> forms{utf8(value(row, "name"))};
        for (const QString& synonym : values(row, "synonyms"))
            forms.push_back(utf8(synonym));
        g.technologies.push_back(forms);
    }

    if (!load("places.tsv"))
        return g;
    for (const auto& row : table.rows()) {
        const QString kind = value(row, "kind");
        const QString country = value(row, "country");
        const Place place{utf8(value(row, "name")), utf8(firstOf(values(row, "zh_hant")))};
        if (kind == QLatin1String("city"))
            g.cities.push_back(place);
        else if (kind == QLatin1String("country") && country != QLatin1String("SU") && country != QLatin1String("DD"))
            g.countries.push_back(place); // not the historical states
    }

    if (!load("organizations.tsv"))
        return g;
    for (const auto& row : table.rows())
        g.organizations.push_back(utf8(value(row, "name")));

    if (!load("products.tsv"))
        return g;
    for (const auto& row : table.rows()) {
        const auto maker = companyIndex.find(value(row, "maker"));
        if (maker == companyIndex.end())
            continue;
        g.companies[size_t(maker->second)].products.push_back(int(g.products.size()));
        g.products.push_back(utf8(value(row, "name")));
    }

    if (!load("currencies.tsv"))
        return g;
    for (const auto& row : table.rows())
        g.usdPerUnit[utf8(value(row, "code"))] = value(row, "usd_per_unit").toDouble();

    if (g.companies.size() < 10 || g.people.empty() || g.technologies.empty() || g.cities.empty() ||
        g.countries.empty() || g.organizations.empty())
        g.error = dir + QStringLiteral(": the gazetteers are too small to make a corpus from");
    return g;
}

} // namespace corpus
