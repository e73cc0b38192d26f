#pragma once

// Makes story i of the synthetic corpus from (seed, i) alone, and writes it as a JSON Lines record
// or as plain text. Exact duplicates are story j made again; near duplicates are story j with an
// update line. See bench/CorpusGenerator.cpp.

#include "CorpusModel.h"
#include "CorpusVocabulary.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <string>
#include <string_view>

namespace corpus {

struct GeneratorOptions
{
    qint64 count = 10000;
    bool jsonl = true;
    quint64 seed = 1;
    double dupRate = 0.03;     // exact copies of an earlier story (another outlet, the same text)
    double nearDupRate = 0.02; // an earlier story with an update line: a new story for the store
    double focusRate = 0.01;   // distinct stories naming the focus company
    double chineseRate = 0.04; // stories written in Chinese
};

class StoryComposer
{
public:
    struct Totals
    {
        qint64 stories = 0;
        qint64 exactDuplicates = 0;
        qint64 nearDuplicates = 0;
        qint64 focusStories = 0; // distinct stories (exact copies not counted) naming the focus company
        qint64 chineseStories = 0;
        qint64 bytes = 0;
    };

    StoryComposer(const Gazetteer& gazetteer, const GeneratorOptions& options, int focus)
        : m_g(gazetteer), m_options(options), m_focus(focus),
          m_companyDraw(int(gazetteer.companies.size()) - 1, 1.0),
          m_techDraw(int(gazetteer.technologies.size()), 0.9), m_cityDraw(int(gazetteer.cities.size()), 0.8),
          m_countryDraw(int(gazetteer.countries.size()), 1.0), m_orgDraw(int(gazetteer.organizations.size()), 0.9)
    {
        // Focus stories are drawn among the distinct ones, so that the store ends up with focusRate of all.
        m_focusChance = options.focusRate / (1.0 - options.dupRate);
        for (size_t c = 0; c < gazetteer.companies.size(); ++c) {
            if (!gazetteer.companies[c].zhHant.empty() && int(c) != focus)
                m_chineseCompanies.push_back(int(c));
        }
    }

    // Appends story `index` to `out` in the output format.
    void write(qint64 index, std::string& out)
    {
        const size_t before = out.size();
        Role role = roleOf(index);
        Draft draft = compose(index);
        ++m_totals.stories;
        if (role == Role::Exact)
            ++m_totals.exactDuplicates;
        else {
            m_totals.nearDuplicates += role == Role::Near;
            m_totals.focusStories += draft.focus;
            m_totals.chineseStories += draft.chinese;
        }
        if (m_options.jsonl) {
            Rng rng(streamSeed(m_options.seed, index, 3)); // the outlet: copies come from another one
            out += "{\"title\": ";
            appendJson(out, draft.title);
            out += ", \"date\": \"";
            out += draft.date;
            out += "\", \"source\": ";
            appendJson(out, rng.pick(outlets()));
            out += ", \"url\": \"https://news.example.com/";
            out += draft.date.substr(0, 4);
            out += "/story-";
            out += std::to_string(index);
            out += "\", \"body\": ";
            appendJson(out, draft.body);
            out += "}\n";
        } else {
            out += draft.title;
            out += '\n';
            out += draft.body;
            out += "\n\n";
        }
        m_totals.bytes += qint64(out.size() - before);
    }

    const Totals& totals() const { return m_totals; }

    // Names for the benchmark's entity queries, taken from the same draw the stories use.
    QJsonObject names() const
    {
        const Company& focus = m_g.companies[size_t(m_focus)];
        const Company& top = m_g.companies[size_t(generalCompany(0))];
        QJsonObject o;
        o[QStringLiteral("focus_company")] = QString::fromStdString(focus.name);
        o[QStringLiteral("focus_short")] = QString::fromStdString(focus.shortName);
        o[QStringLiteral("focus_zh_hant")] = QString::fromStdString(focus.zhHant);
        o[QStringLiteral("focus_zh_hans")] = QString::fromStdString(focus.zhHans);
        o[QStringLiteral("top_company")] = QString::fromStdString(top.name);
        o[QStringLiteral("top_short")] = QString::fromStdString(top.shortName);
        o[QStringLiteral("top_zh_hant")] = QString::fromStdString(top.zhHant);
        o[QStringLiteral("top_person")] =
            top.people.empty() ? QString() : QString::fromStdString(m_g.people[size_t(top.people.front())].name);
        o[QStringLiteral("top_technology")] = QString::fromStdString(m_g.technologies.front().front());
        o[QStringLiteral("second_technology")] = QString::fromStdString(m_g.technologies[1].front());
        o[QStringLiteral("top_city")] = QString::fromStdString(m_g.cities.front().name);
        o[QStringLiteral("top_country")] = QString::fromStdString(m_g.countries.front().name);
        o[QStringLiteral("top_organization")] = QString::fromStdString(m_g.organizations.front());
        return o;
    }

private:
    enum class Role { Original, Exact, Near };

    struct Draft
    {
        std::string title, date, body;
        bool focus = false;
        bool chinese = false;
    };

    // What one story talks about; the fill() slots read it.
    struct Cast
    {
        int a = 0, b = 0, person = -1, tech = 0, tech2 = 0, city = 0, country = 0, org = 0;
        bool introducedA = false, introducedB = false, introducedPerson = false, hans = false;
        std::string synthPerson, synthSurname; // when the company has no known people
        QDate date;
    };

    Role roleOf(qint64 index) const
    {
        if (index == 0)
            return Role::Original;
        Rng rng(streamSeed(m_options.seed, index, 1));
        const double x = rng.uniform();
        return x < m_options.dupRate ? Role::Exact : x < m_options.dupRate + m_options.nearDupRate ? Role::Near : Role::Original;
    }

    // Half the copies come close behind their original (the same import batch), half from anywhere.
    qint64 sourceOf(qint64 index) const
    {
        Rng rng(streamSeed(m_options.seed, index, 2));
        if (rng.chance(0.5))
            return index - 1 - rng.below(int(qMin<qint64>(index, 300)));
        return qint64(rng.next() % quint64(index));
    }

    Draft compose(qint64 index)
    {
        switch (roleOf(index)) {
        case Role::Exact:
            return compose(sourceOf(index));
        case Role::Near: {
            Draft draft = compose(sourceOf(index));
            Rng rng(streamSeed(m_options.seed, index, 4));
            draft.body += draft.chinese ? "\n（更新" : "\n(This version ";
            draft.body += draft.chinese ? std::string("，稿號 ") + std::to_string(index) + "）"
                                        : std::string(rng.pick(updates())) + "; story " + std::to_string(index) + ")";
            return draft;
        }
        case Role::Original:
            break;
        }
        return original(index);
    }

    int generalCompany(int rank) const { return rank >= m_focus ? rank + 1 : rank; }

    Draft original(qint64 index)
    {
        Rng rng(streamSeed(m_options.seed, index, 0));
        Cast cast;
        Draft draft;
        // 2012-01-01 .. 2025-12-31
        cast.date = QDate::fromJulianDay(QDate(2012, 1, 1).toJulianDay() + rng.below(5114));
        draft.date = utf8(cast.date.toString(Qt::ISODate));
        draft.focus = rng.chance(m_focusChance);
        draft.chinese = rng.chance(m_options.chineseRate);
        cast.a = generalCompany(m_companyDraw.draw(rng));
        do
            cast.b = generalCompany(m_companyDraw.draw(rng));
        while (cast.b == cast.a);
        if (draft.chinese) {
            cast.a = rng.pick(m_chineseCompanies);
            do
                cast.b = rng.pick(m_chineseCompanies);
            while (cast.b == cast.a);
            cast.hans = rng.chance(0.4);
        }
        if (draft.focus) {
            if (rng.chance(0.5))
                cast.a = m_focus;
            else
                cast.b = m_focus;
        }
        const Company& a = m_g.companies[size_t(cast.a)];
        if (!a.people.empty() && rng.chance(0.7))
            cast.person = rng.pick(a.people);
        cast.synthPerson = std::string(rng.pick(givenNames())) + " " + rng.pick(familyNames());
        cast.synthSurname = cast.synthPerson.substr(cast.synthPerson.rfind(' ') + 1);
        cast.tech = m_techDraw.draw(rng);
        do
            cast.tech2 = m_techDraw.draw(rng);
        while (cast.tech2 == cast.tech);
        cast.city = m_cityDraw.draw(rng);
        cast.country = m_countryDraw.draw(rng);
        cast.org = m_orgDraw.draw(rng);
        if (draft.chinese)
            chineseStory(rng, cast, draft);
        else
            englishStory(rng, cast, draft);
        return draft;
    }

    void englishStory(Rng& rng, Cast& cast, Draft& draft)
    {
        const Kind& kind = rng.pick(kinds());
        // A headline is short: 16 words at most (else plain-text readers take it for a paragraph).
        std::string title;
        for (int attempt = 0; attempt < 8 && (title.empty() || !isHeadline(title)); ++attempt) {
            title.clear();
            fill(rng, cast, rng.pick(kind.headlines), title, true);
        }
        draft.title = capitalized(title);

        std::string& body = draft.body;
        std::string dateline = m_g.cities[size_t(cast.city)].name;
        for (char& c : dateline)
            c = char(std::toupper(static_cast<unsigned char>(c)));
        body += dateline;
        body += ", ";
        body += utf8(QLocale::c().monthName(cast.date.month()));
        body += ' ';
        body += std::to_string(cast.date.day());
        body += " — ";
        sentence(rng, cast, rng.pick(kind.leads), body);
        const int paragraphs = rng.chance(0.1) ? rng.range(8, 14) : rng.range(3, 7);
        for (int p = 0; p < paragraphs; ++p) {
            body += '\n';
            const int sentences = rng.range(1, 3);
            for (int s = 0; s < sentences; ++s) {
                if (s > 0)
                    body += ' ';
                const int what = rng.below(10);
                const char* tpl = what < 3   ? rng.pick(kind.details)
                                  : what < 5 ? rng.pick(quotes())
                                  : what < 6 ? rng.pick(analystLines())
                                  : what < 8 ? rng.pick(backgrounds())
                                             : nullptr;
                if (tpl)
                    sentence(rng, cast, tpl, body);
                else
                    general(rng, cast, body);
            }
        }
        body += "\nReporting by ";
        body += rng.pick(givenNames());
        body += ' ';
        body += rng.pick(familyNames());
        body += "; editing by ";
        body += rng.pick(givenNames());
        body += ' ';
        body += rng.pick(familyNames());
        body += '.';
    }

    static bool isHeadline(const std::string& title)
    {
        return title.size() <= 120 && std::count(title.begin(), title.end(), ' ') < 14;
    }

    void chineseStory(Rng& rng, Cast& cast, Draft& draft)
    {
        auto text = [&](const ChinesePair& pair) { return cast.hans ? pair.hans : pair.hant; };
        fill(rng, cast, text(rng.pick(chineseHeadlines())), draft.title, true);
        std::string& body = draft.body;
        const Place& city = m_g.cities[size_t(cast.city)];
        body += "【";
        body += city.zh.empty() ? city.name : city.zh;
        body += "】";
        const int paragraphs = rng.range(3, 6);
        for (int p = 0; p < paragraphs; ++p) {
            if (p > 0)
                body += '\n';
            const int sentences = rng.range(1, 3);
            for (int s = 0; s < sentences; ++s)
                fill(rng, cast, text(rng.pick(chineseSentences())), body, false);
        }
    }

    void general(Rng& rng, Cast& cast, std::string& out)
    {
        std::string text = rng.pick(subjects());
        text += ' ';
        text += rng.pick(verbs());
        text += ' ';
        fill(rng, cast, rng.pick(objects()), text, false);
        text += ' ';
        fill(rng, cast, rng.pick(adverbials()), text, false);
        out += text;
        out += '.';
    }

    void sentence(Rng& rng, Cast& cast, const char* tpl, std::string& out)
    {
        std::string text;
        fill(rng, cast, tpl, text, false);
        // A name keeps its own case ("iFlytek"); a general word starting a sentence gets a capital.
        const std::string_view start(tpl);
        const bool name = start.rfind("{a", 0) == 0 || start.rfind("{A", 0) == 0 || start.rfind("{b", 0) == 0 ||
                          start.rfind("{B", 0) == 0 || start.rfind("{P", 0) == 0 || start.rfind("{p", 0) == 0;
        out += name ? text : capitalized(text);
    }

    static std::string capitalized(std::string text)
    {
        if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
            text[0] = char(text[0] - 'a' + 'A');
        return text;
    }

    // The company's first mention in the body is its full name, now and then with its short name
    // and Chinese name as a gloss ("Name (ABBR, 中文)"); later ones its short name.
    void company(Rng& rng, int index, bool& introduced, bool headline, std::string& out)
    {
        const Company& c = m_g.companies[size_t(index)];
        if (headline || introduced) {
            out += c.shortName;
            return;
        }
        introduced = true;
        out += c.name;
        if (!c.zhHant.empty() && rng.chance(0.3)) {
            out += " (";
            if (!c.acronym.empty()) {
                out += c.acronym;
                out += ", ";
            }
            out += rng.chance(0.7) ? c.zhHant : c.zhHans;
            out += ')';
        } else if (!c.acronym.empty() && c.shortName == c.acronym && rng.chance(0.5)) {
            out += " (" + c.acronym + ')';
        }
    }

    void person(Rng& rng, Cast& cast, bool headline, std::string& out)
    {
        const Person* p = cast.person >= 0 ? &m_g.people[size_t(cast.person)] : nullptr;
        if (cast.introducedPerson || headline) {
            out += p ? p->surname : cast.synthSurname;
            return;
        }
        cast.introducedPerson = true;
        out += m_g.companies[size_t(cast.a)].shortName;
        out += ' ';
        if (!p) {
            out += rng.chance(0.5) ? "chief financial officer " : "senior vice president ";
            out += cast.synthPerson;
            return;
        }
        out += p->role;
        out += ' ';
        out += p->name;
        if (!p->zh.empty() && rng.chance(0.25))
            out += " (" + p->zh + ')';
    }

    void technology(Rng& rng, int index, std::string& out)
    {
        const auto& forms = m_g.technologies[size_t(index)];
        out += rng.chance(0.7) ? forms.front() : rng.pick(forms);
    }

    static std::string number(double value, int decimals)
    {
        char text[64];
        std::snprintf(text, sizeof text, "%.*f", decimals, value);
        return text;
    }

    static std::string scaled(double value)
    {
        if (value >= 1e12)
            return number(value / 1e12, value >= 1e13 ? 1 : 2) + " trillion";
        if (value >= 1e9)
            return number(value / 1e9, value >= 1e11 ? 0 : 1) + " billion";
        return number(value / 1e6, value >= 1e8 ? 0 : 1) + " million";
    }

    double rate(const char* code) const
    {
        const auto it = m_g.usdPerUnit.find(code);
        return it == m_g.usdPerUnit.end() || it->second <= 0 ? 0 : it->second;
    }

    // An amount in one of the currencies the news of the industry is written in.
    void amount(Rng& rng, bool usdOnly, bool headline, std::string& out)
    {
        const double usd = std::pow(10.0, 6.0 + rng.uniform() * 4.6);
        const char* qualifier = rng.pick(qualifiers());
        if (!headline)
            out += qualifier;
        const int currency = usdOnly ? 0 : rng.below(20);
        auto inUsd = [&] { return "US$" + scaled(usd); };
        auto local = [&](const char* code) { return usd / rate(code); };
        if (currency < 8 || (currency < 11 && !rate("TWD")) || (currency < 14 && !rate("CNY")) ||
            (currency < 16 && !rate("JPY")) || (currency < 18 && !rate("KRW")) || !rate("EUR")) {
            out += rng.chance(0.8) ? inUsd() : "$" + scaled(usd);
        } else if (currency < 11) {
            out += "NT$" + scaled(local("TWD"));
            if (rng.chance(0.4) && !headline)
                out += " (" + inUsd() + ')';
        } else if (currency < 14) {
            out += scaled(local("CNY")) + " yuan";
            if (rng.chance(0.5) && !headline)
                out += " (" + inUsd() + ')';
        } else if (currency < 16) {
            out += rng.chance(0.5) ? "¥" + scaled(local("JPY")) : scaled(local("JPY")) + " yen";
        } else if (currency < 18) {
            out += scaled(local("KRW")) + " won";
        } else {
            out += rng.chance(0.5) ? "€" + scaled(local("EUR")) : scaled(local("EUR")) + " euros";
        }
    }

    void chineseAmount(Rng& rng, bool hans, std::string& out)
    {
        const int hundredMillions = rng.range(2, 3000); // 億
        switch (rng.below(3)) {
        case 0:
            out += hans ? "新台币" : "新台幣";
            out += std::to_string(hundredMillions) + (hans ? "亿元" : "億元");
            break;
        case 1:
            out += hans ? "人民币" : "人民幣";
            out += std::to_string(hundredMillions) + (hans ? "亿元" : "億元");
            break;
        default:
            out += std::to_string(hundredMillions / 10 + 1) + (hans ? "亿美元" : "億美元");
        }
    }

    void chineseCompany(int index, bool hans, std::string& out) const
    {
        const Company& c = m_g.companies[size_t(index)];
        const std::string& zh = hans && !c.zhHans.empty() ? c.zhHans : c.zhHant;
        out += zh.empty() ? c.shortName : zh;
    }

    void fill(Rng& rng, Cast& cast, std::string_view tpl, std::string& out, bool headline)
    {
        static const char* quarters[] = {"first", "second", "third", "fourth"};
        const int year = cast.date.year();
        size_t i = 0;
        while (i < tpl.size()) {
            const size_t open = tpl.find('{', i);
            if (open == std::string_view::npos) {
                out.append(tpl.substr(i));
                break;
            }
            out.append(tpl.substr(i, open - i));
            const size_t close = tpl.find('}', open);
            const std::string_view slot = tpl.substr(open + 1, close - open - 1);
            i = close + 1;
            if (slot == "A")
                company(rng, cast.a, cast.introducedA, headline, out);
            else if (slot == "a" || slot == "A2")
                company(rng, cast.a, cast.introducedA, true, out);
            else if (slot == "B")
                company(rng, cast.b, cast.introducedB, headline, out);
            else if (slot == "b")
                company(rng, cast.b, cast.introducedB, cast.introducedB || headline, out);
            else if (slot == "P")
                person(rng, cast, headline, out);
            else if (slot == "p")
                out += cast.person >= 0 ? m_g.people[size_t(cast.person)].surname : cast.synthSurname;
            else if (slot == "S")
                out += std::string(rng.chance(0.5) ? "spokeswoman " : "spokesman ") + rng.pick(givenNames()) + ' ' +
                       rng.pick(familyNames());
            else if (slot == "T")
                technology(rng, cast.tech, out);
            else if (slot == "T2")
                technology(rng, cast.tech2, out);
            else if (slot == "PROD") {
                const Company& a = m_g.companies[size_t(cast.a)];
                if (!a.products.empty())
                    out += m_g.products[size_t(rng.pick(a.products))];
                else
                    out += std::string("a new ") + m_g.technologies[size_t(cast.tech)].front() + " chip";
            } else if (slot == "CITY")
                out += m_g.cities[size_t(cast.city)].name;
            else if (slot == "COUNTRY")
                out += m_g.countries[size_t(cast.country)].name;
            else if (slot == "ORG")
                out += m_g.organizations[size_t(cast.org)];
            else if (slot == "AN")
                out += std::string(rng.pick(givenNames())) + ' ' + rng.pick(familyNames()) + ", an analyst at " +
                       rng.pick(familyNames()) + ' ' + rng.pick(firmWords());
            else if (slot == "AMT")
                amount(rng, false, headline, out);
            else if (slot == "USD")
                amount(rng, true, headline, out);
            else if (slot == "PRICE")
                out += "US$" + number(1 + rng.uniform() * 400, 2);
            else if (slot == "PCT")
                out += rng.chance(0.6) ? number(0.5 + rng.uniform() * 60, 1) + " percent"
                                       : std::to_string(rng.range(1, 80)) + "%";
            else if (slot == "PCTN")
                out += std::to_string(rng.range(1, 9));
            else if (slot == "N")
                out += std::to_string(rng.range(2, 24));
            else if (slot == "BIGN")
                out += std::to_string(rng.range(1, 90)) + ",000";
            else if (slot == "Q")
                out += quarters[rng.below(4)];
            else if (slot == "YEAR")
                out += std::to_string(year);
            else if (slot == "NEXTY")
                out += std::to_string(year + rng.range(1, 4));
            else if (slot == "PREVY")
                out += std::to_string(year - rng.range(1, 3));
            else if (slot == "FOUNDED")
                out += std::to_string(rng.range(1950, 2015));
            else if (slot == "MONTH")
                out += utf8(QLocale::c().monthName(rng.range(1, 12)));
            else if (slot == "WEEKDAY")
                out += rng.pick(weekdays());
            else if (slot == "ORDINAL")
                out += rng.pick(ordinals());
            else if (slot == "NOUN")
                out += rng.pick(nouns());
            else if (slot == "ADJ")
                out += rng.pick(adjectives());
            else if (slot == "ZA")
                chineseCompany(cast.a, cast.hans, out);
            else if (slot == "ZB")
                chineseCompany(cast.b, cast.hans, out);
            else if (slot == "ZCITY") {
                const Place& city = m_g.cities[size_t(cast.city)];
                out += city.zh.empty() ? city.name : city.zh;
            } else if (slot == "ZP") {
                const Person* p = cast.person >= 0 ? &m_g.people[size_t(cast.person)] : nullptr;
                out += p && !p->zh.empty() ? p->zh : (cast.hans ? "公司发言人" : "公司發言人");
            } else if (slot == "ZAMT")
                chineseAmount(rng, cast.hans, out);
            else
                out.append("{").append(slot).append("}"); // a template slip shows in the text
        }
    }

    static void appendJson(std::string& out, std::string_view text)
    {
        out += '"';
        for (const char c : text) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escape[8];
                    std::snprintf(escape, sizeof escape, "\\u%04x", unsigned(c));
                    out += escape;
                } else {
                    out += c;
                }
            }
        }
        out += '"';
    }

    const Gazetteer& m_g;
    GeneratorOptions m_options;
    int m_focus;
    double m_focusChance = 0;
    Zipf m_companyDraw, m_techDraw, m_cityDraw, m_countryDraw, m_orgDraw;
    std::vector<int> m_chineseCompanies;
    Totals m_totals;
};

} // namespace corpus
