#include "extract/DealCues.h"

#include "extract/PhraseMatcher.h"

#include <QRegularExpression>
#include <QSet>
#include <array>
#include <string>
#include <string_view>

namespace ws {

namespace {

struct Cues
{
    PhraseMatcher matcher;
    QHash<int, QString> status;
    QSet<quint64> business;
    QSet<quint64> prepositions;
    QSet<quint64> determiners;
    PhraseMatcher pronouns;
    QSet<quint64> securities;
    QSet<quint64> negations;
    QSet<quint64> backgrounds;
    QSet<quint64> businessTitles;
    std::array<QSet<quint64>, DealCues::WordClassCount> classes;

    void add(const QString& status, std::initializer_list<const char16_t*> phrases)
    {
        for (const char16_t* phrase : phrases)
            this->status.insert(matcher.add(QStringView(phrase)), status);
    }
    static QSet<quint64> set(std::initializer_list<const char16_t*> words)
    {
        QSet<quint64> out;
        for (const char16_t* w : words)
            out.insert(word(w));
        return out;
    }

    Cues()
    {
        add(QStringLiteral("considered"), {u"weighing",    u"weighs",         u"weigh",
                                           u"considering", u"considers",      u"consider",
                                           u"mulling",     u"mulls",          u"mull",
                                           u"exploring",   u"explores",       u"explore",
                                           u"in talks",    u"held talks",     u"talks",
                                           u"negotiating", u"negotiates",     u"in negotiations",
                                           u"discussing",  u"discusses",      u"evaluating",
                                           u"studying",    u"could",          u"may",
                                           u"might",       u"potential",      u"possible",
                                           u"proposed",    u"proposing",      u"proposes",
                                           u"propose",     u"threatened",     u"threatens",
                                           u"threaten",    u"threatening",    u"seeking",
                                           u"seeks",       u"seek",           u"looking to",
                                           u"looking at",  u"rumoured",       u"rumored",
                                           u"reportedly",  u"open to",        u"sounding out",
                                           u"approached",  u"would consider", u"not ruled out"});
        add(QStringLiteral("planned"),
            {u"is to",        u"are to",    u"plans",           u"plan to",     u"planned",     u"planning",
             u"intends",      u"intend",    u"intended",        u"aims to",     u"aim to",      u"aiming to",
             u"will",         u"is set to", u"are set to",      u"set to",      u"expected to", u"expects to",
             u"scheduled to", u"would",     u"to be completed", u"is expected", u"pending",     u"subject to",
             u"shall",        u"is due to", u"due to be"});
        add(QStringLiteral("completed"),
            {u"completed", u"completes", u"has completed", u"closed", u"has closed", u"finalized",
             u"finalised", u"concluded", u"took effect", u"went into effect", u"came into effect", u"already",
             u"was completed", u"have been imposed", u"has been imposed", u"were imposed", u"was imposed"});
        add(QStringLiteral("announced"),
            {u"agreed", u"agrees", u"agree", u"agreed to", u"announced", u"announces", u"signed", u"signs",
             u"has agreed", u"unveiled", u"unveils", u"reached", u"struck", u"entered into", u"secured"});
        business =
            set({u"unit",      u"units",      u"subsidiary",  u"subsidiaries", u"division",  u"divisions",
                 u"business",  u"businesses", u"operations",  u"operation",    u"assets",    u"stake",
                 u"stakes",    u"interest",   u"company",     u"companies",    u"firm",      u"stores",
                 u"plant",     u"plants",     u"bank",        u"banks",        u"chain",     u"chains",
                 u"firms",     u"maker",      u"group",       u"brand",        u"brands",    u"holdings",
                 u"mills",     u"mill",       u"refinery",    u"affiliate",    u"arm",       u"rival",
                 u"startup",   u"chipmaker",  u"factory",     u"factories",    u"facility",  u"facilities",
                 u"network",   u"franchise",  u"pct",         u"percent",      u"control",   u"majority",
                 u"minority",  u"corp",       u"inc",         u"co",           u"ltd",       u"plc",
                 u"ag",        u"nv",         u"sa",          u"insurer",      u"lender",    u"carrier",
                 u"airline",   u"newspaper",  u"station",     u"stations",     u"portfolio", u"line",
                 u"segment",   u"properties", u"property",    u"hotel",        u"hotels",    u"fab",
                 u"fabs",      u"designer",   u"supplier",    u"manufacturer", u"producer",  u"distributor",
                 u"retailer",  u"partner",    u"venture",     u"segments",     u"branch",    u"branches",
                 u"outlets",   u"restaurant", u"restaurants", u"centers",      u"centres",   u"complex",
                 u"system",    u"hospital",   u"hospitals",   u"mine",         u"mines",     u"newspapers",
                 u"interests", u"concern",    u"concerns",    u"operator",     u"insurers",  u"theater",
                 u"theatre",   u"theaters",   u"theatres",    u"center",       u"centre",    u"store",
                 u"franchises", u"department",  u"departments", u"reserves", u"offices"});
        securities = set({u"shares",        u"share",         u"stock",     u"stocks",      u"common",
                          u"preferred",     u"bonds",         u"bond",      u"notes",       u"note",
                          u"debentures",    u"debenture",     u"warrants",  u"securities",  u"paper",
                          u"certificates",  u"options",       u"issue",     u"eurobond",    u"eurobonds",
                          u"units",         u"offering",      u"loans",     u"loan",        u"debt",
                          u"receivables",   u"mortgages",     u"tonnes",    u"tons",        u"barrels",
                          u"bushels",       u"ounces",        u"bales",     u"cargoes",     u"cargo",
                          u"aircraft",      u"jets",          u"planes",    u"wheat",       u"sugar",
                          u"corn",          u"soybeans",      u"soybean",   u"rice",        u"coffee",
                          u"cocoa",         u"cotton",        u"oil",       u"crude",       u"gas",
                          u"gold",          u"silver",        u"copper",    u"products",    u"grain",
                          u"grains",        u"maize",         u"barley",    u"sorghum",     u"oats",
                          u"meal",          u"tin",           u"zinc",      u"aluminium",   u"aluminum",
                          u"rubber",        u"palm",          u"tonne",     u"ton",         u"lots",
                          u"contracts",     u"dollars",       u"dlrs",      u"yen",         u"marks",
                          u"currency",      u"currencies",    u"crowns",    u"francs",      u"guilders",
                          u"lire",          u"pesetas",       u"pounds",    u"rupees",      u"treasuries",
                          u"bills",         u"gilts",         u"futures",   u"crudes",      u"fuel",
                          u"gasoline",      u"petroleum",     u"beef",      u"pork",        u"cattle",
                          u"hogs",          u"livestock",     u"vehicles",  u"cars",        u"trucks",
                          u"ships",         u"vessels",       u"tankers",   u"equipment",   u"goods",
                          u"copra",         u"potatoes",      u"oilseed",   u"oilseeds",    u"rapeseed",
                          u"sunflowerseed", u"milo",          u"quantity",  u"volume",      u"recommendation",
                          u"product",       u"services",      u"power",     u"electricity", u"telephones",
                          u"computers",     u"fleet",         u"seat",      u"seats",       u"airplanes",
                          u"engines",       u"capital",       u"financing", u"funds",       u"cash",
                          u"credit",        u"deposits",      u"software",  u"database",    u"databases",
                          u"coupons",       u"supercomputer", u"computer",  u"rate",        u"rates",
                          u"yield",         u"coupon",        u"premium",   u"discount",    u"equity",
                          u"equities",      u"tools",         u"worth",     u"output",      u"supplies",
                          u"item",          u"items"});
        // A rejected or opposed bid is still a bid; only a denied one is none.
        negations = set({u"not", u"no", u"never", u"nor", u"without", u"denied", u"denies", u"deny"});
        // Words that put restrictions already in force in the background: "despite US sanctions",
        // "in the face of export controls", "to comply with the curbs", "escaped the blacklist".
        businessTitles = set({u"ceo",      u"cfo",        u"cto",         u"coo",        u"chief",   u"chairman",
                              u"chairwoman", u"chairperson", u"founder",  u"co-founder", u"executive", u"analyst",
                              u"analysts", u"director",   u"vice",        u"managing",   u"spokesman", u"spokeswoman",
                              u"spokesperson", u"investor", u"economist", u"strategist", u"engineer"});
        backgrounds = set({u"despite", u"regardless", u"amid", u"amidst", u"given", u"face", u"comply",
                           u"complying", u"compliance", u"comply", u"escaped", u"escape", u"evade",
                           u"evading", u"circumvent", u"circumventing", u"because", u"due", u"ahead",
                           u"existing", u"earlier", u"previous", u"current"});
        prepositions = set({u"of",     u"from",    u"with",    u"to",      u"by",     u"for",
                            u"in",     u"at",      u"on",      u"against", u"into",   u"according",
                            u"than",   u"via",     u"between", u"among",   u"about",  u"including",
                            u"like",   u"over",    u"under",   u"through", u"toward", u"towards",
                            u"within", u"without", u"behind",  u"unlike",  u"as"});
        determiners = set({u"the",     u"a",    u"an",    u"its",   u"their", u"his",   u"her",  u"our",
                           u"this",    u"that", u"these", u"those", u"some",  u"all",   u"both", u"other",
                           u"another", u"new",  u"local", u"state", u"rival", u"fellow"});
        classes[DealCues::ResultNoun] =
            set({u"gain",        u"gains",    u"loss",      u"losses",     u"profit",       u"profits",
                 u"proceeds",    u"charge",   u"charges",   u"provision",  u"provisions",   u"writedown",
                 u"writedowns",  u"writeoff", u"income",    u"earnings",   u"credit",       u"costs",
                 u"cost",        u"expenses", u"expense",   u"effect",     u"effects",      u"impact",
                 u"benefit",     u"benefits", u"result",    u"connection", u"because",      u"due",
                 u"related",     u"relating", u"resulting", u"resulted",   u"attributable", u"dilution",
                 u"contribution", u"debt",    u"borrowings", u"indebtedness", u"loan", u"loans",
                 u"funds",       u"revenue",  u"revenues"});
        classes[DealCues::AccountingVerb] =
            set({u"include", u"includes", u"included", u"including", u"exclude", u"excludes", u"excluded",
                 u"excluding", u"reflect", u"reflects", u"reflected", u"reflecting"});
        classes[DealCues::Modifier] =
            set({u"proposed",  u"planned",   u"pending",  u"recent",     u"recently", u"previously",
                 u"announced", u"reported",  u"earlier",  u"completed",  u"agreed",   u"intended",
                 u"possible",  u"potential", u"eventual", u"subsequent", u"hostile",  u"friendly",
                 u"leveraged", u"partial",   u"previous", u"prior",      u"pct",      u"percent",
                 u"mln",       u"million",   u"billion",  u"bln",        u"dlr",      u"dlrs",
                 u"stg",       u"cash",      u"stock",    u"year's",     u"last",     u"year",
                 u"first",     u"second",    u"third",    u"fourth",     u"quarter",  u"january",
                 u"february",  u"march",     u"april",    u"may",        u"june",     u"july",
                 u"august",    u"september", u"october",  u"november",   u"december", u"jan",
                 u"feb",       u"mar",       u"apr",      u"jun",        u"jul",      u"aug",
                 u"sept",      u"sep",       u"oct",      u"nov",        u"dec"});
        classes[DealCues::AmountWord] =
            set({u"or",       u"a",       u"an",        u"per",           u"share",        u"shr",
                 u"cts",      u"ct",      u"about",     u"approximately", u"nearly",       u"some",
                 u"around",   u"of",      u"after-tax", u"aftertax",      u"pretax",       u"pre-tax",
                 u"net",      u"tax",     u"taxes",     u"extraordinary", u"nonrecurring", u"non-recurring",
                 u"one-time", u"capital", u"after",     u"before",        u"mln",          u"million",
                 u"billion",  u"bln",     u"dlrs",      u"dlr",           u"stg",          u"the",
                 u"its",      u"their",   u"total",     u"estimated",     u"expected",     u"pre",
                 u"in",       u"quarter", u"ended",     u"ending",        u"fiscal",       u"year",
                 u"half",     u"period",  u"first",     u"second",        u"third",        u"fourth",
                 u"current",
                 // "earnings derived from", "expenses associated with", "debt incurred in", "due
                 // in large part to": a participle or adverb between a figure and its preposition.
                 u"derived",  u"associated", u"incurred", u"realized",     u"realised",     u"generated",
                 u"arising",  u"stemming", u"recorded",  u"booked",        u"connected",    u"largely",
                 u"mainly",   u"partly",  u"primarily", u"mostly",        u"part",         u"large",
                 u"received"});
        classes[DealCues::OwnershipVerb] = set(
            {u"own",  u"owns",  u"owned", u"owning",  u"hold",     u"holds",      u"held",     u"holding",
             u"has",  u"have",  u"had",   u"having",  u"with",     u"retain",     u"retains",  u"retained",
             u"keep", u"keeps", u"kept",  u"control", u"controls", u"controlled", u"maintain", u"maintains"});
        classes[DealCues::BeForm] = set({u"be", u"been", u"being", u"is", u"are", u"was", u"were", u"am"});
        classes[DealCues::Adverb] =
            set({u"also",      u"only",     u"primarily",  u"mainly",    u"mostly",     u"already",
                 u"now",       u"not",      u"so",         u"far",       u"still",      u"then",
                 u"being",     u"largely",  u"partly",     u"initially", u"eventually", u"directly",
                 u"privately", u"publicly", u"nationwide", u"separately"});
        classes[DealCues::MarketModifier] =
            set({u"heavy",     u"heavier",    u"light",      u"panic",         u"program",     u"programme",
                 u"fresh",     u"renewed",    u"foreign",    u"institutional", u"speculative", u"technical",
                 u"active",    u"aggressive", u"bargain",    u"steady",        u"continued",   u"persistent",
                 u"net",       u"late",       u"early",      u"good",          u"strong",      u"sustained",
                 u"arbitrage", u"index",      u"commercial", u"central",       u"dollar",      u"investor",
                 u"stop-loss", u"further",    u"more",       u"some",          u"any",         u"much",
                 u"options",   u"profit",     u"short",      u"bank",          u"official",    u"market",
                 u"selective", u"scattered",  u"modest",     u"huge",          u"massive",     u"concerted",
                 u"share",     u"stock",      u"panic"});
        classes[DealCues::DealNoun] = set(
            {u"agreement",    u"agreements", u"proposal",    u"proposals",   u"offer",      u"bid",
             u"talks",        u"plan",       u"plans",       u"pact",        u"accord",     u"negotiations",
             u"discussions",  u"deal",       u"terms",       u"approach",    u"attempt",    u"battle",
             u"fight",        u"contract",   u"transaction", u"price",       u"partner",    u"candidate",
             u"proposition",  u"offers",     u"bids",        u"speculation", u"rumors",     u"rumours",
             u"rumor",        u"rumour",     u"talk",        u"target",      u"candidates", u"proposals",
             u"transactions", u"deals",      u"pacts"});
        classes[DealCues::NotCoordinated] =
            set({u"then",       u"later",    u"otherwise", u"subsequently", u"also",  u"thereby",
                 u"eventually", u"possibly", u"perhaps",   u"said",         u"says",  u"say",
                 u"it",         u"he",       u"she",       u"they",         u"we",    u"is",
                 u"are",        u"was",      u"were",      u"will",         u"would", u"has",
                 u"have",       u"had",      u"not",       u"which",        u"who",   u"that",
                 u"so",         u"thus",     u"therefore", u"hence",        u"merge", u"merged"});
        classes[DealCues::NumberWord] =
            set({u"one",    u"two",   u"three", u"four",    u"five",   u"six",     u"seven",
                 u"eight",  u"nine",  u"ten",   u"eleven",  u"twelve", u"fifteen", u"twenty",
                 u"thirty", u"forty", u"fifty", u"hundred", u"dozen",  u"half"});
        classes[DealCues::Framing] =
            set({u"following", u"after",       u"since",      u"upon",        u"despite",    u"amid",
                 u"finance",   u"financed",    u"financing",  u"fund",        u"funded",     u"cited",
                 u"citing",    u"cites",       u"before",     u"during",      u"throughout", u"pursuant",
                 u"recommend", u"recommended", u"recommends", u"recommending"});
        classes[DealCues::FramingNoun] =
            set({u"wake",     u"review",  u"investigation", u"inquiry",    u"probe",
                 u"suit",     u"lawsuit", u"litigation",    u"opposition", u"concern",
                 u"concerns", u"vehicle", u"purpose",       u"purposes",   u"aftermath",
                 u"advisers", u"adviser", u"advisor",       u"advisors",   u"role",
                 u"use"});

        classes[DealCues::Entitlement] = set({u"warrant", u"warrants", u"option", u"options", u"right",
                                              u"rights", u"entitling", u"entitles", u"entitle", u"entitled",
                                              u"exercisable", u"convertible", u"allowing", u"allows"});
        classes[DealCues::Saying] = set({u"said", u"says", u"say", u"according", u"told", u"added", u"noted",
                                         u"stated", u"explained", u"commented", u"observed"});
        classes[DealCues::Currency] = set({u"dlrs", u"dlr", u"dollars", u"dollar", u"yen", u"marks",
                                           u"francs", u"guilders", u"lire", u"pesetas", u"pounds", u"rupees",
                                           u"crowns", u"stg", u"sterling", u"yuan", u"won", u"euros"});
        for (const char16_t* phrase :
             {u"it", u"the company", u"the firm", u"the group", u"the chipmaker", u"the bank", u"the maker",
              u"the concern", u"the company's", u"he", u"she"})
            pronouns.add(QStringView(phrase));
    }
};

const Cues& cues()
{
    static const Cues instance;
    return instance;
}

// Whether an ASCII sentence may hold a time expression: every alternative of the pattern in
// timeExpression() needs one of these words (or part of one) or four digits in a row. Most evidence
// sentences have none, and the pattern would be tried at each of their characters. Text with other
// characters goes to the pattern, whose case folding and digits are Unicode's.
bool mayHoldTime(QStringView sentence)
{
    std::string lower;
    lower.reserve(size_t(sentence.size()));
    int digitsInRow = 0;
    for (QChar c : sentence) {
        const char16_t u = c.unicode();
        if (u >= 128)
            return true;
        digitsInRow = (u >= '0' && u <= '9') ? digitsInRow + 1 : 0;
        if (digitsInRow == 4)
            return true;
        lower.push_back(char((u >= 'A' && u <= 'Z') ? u + 32 : u));
    }
    static constexpr std::string_view anchors[] = {
        "week", "month", "year", "quarter", "decade", "spring", "summer", "autumn", "fall", "winter", "day",
        "tonight", "tomorrow", "half", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    for (std::string_view word : anchors) {
        if (lower.find(word) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

QString DealCues::status(const TextAnalysis& text, int from, int trigger, int triggerEnd, int limit)
{
    const Cues& c = cues();
    QString nearest;
    bool considered = false;
    for (int i = qMax(0, from); i < trigger; ++i) {
        const PhraseMatcher::Hit hit = c.matcher.longestAt(text.text(), text.tokens(), i, trigger + 1);
        if (!hit.found())
            continue;
        const QString status = c.status.value(hit.phrase);
        considered = considered || status == QLatin1String("considered");
        nearest = status;
        i = hit.end - 1;
    }
    if (considered)
        return QStringLiteral("considered");
    // "the acquisition was completed", "tariffs were imposed".
    for (int i = triggerEnd; i < qMin(limit, triggerEnd + 4); ++i) {
        const PhraseMatcher::Hit hit = c.matcher.longestAt(text.text(), text.tokens(), i, limit);
        if (hit.found() && c.status.value(hit.phrase) == QLatin1String("completed"))
            return QStringLiteral("completed");
    }
    return nearest;
}

QString DealCues::timeExpression(QStringView sentence)
{
    static const QString month = QStringLiteral(
        "(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)");
    static const QRegularExpression pattern(
        QStringLiteral(
            "\\b(?:"
            "(?:earlier|later|early|late)?\\s*(?:this|last|next|that) (?:week|month|year|quarter|decade|"
            "spring|summer|autumn|fall|winter)"
            "|(?:in|by|from|since|until|before|after|during) (?:early |late |mid-|mid |the end of )?") +
            month +
            QStringLiteral("(?: \\d{1,2})?(?:,? \\d{4})?"
                           "|(?:in|by|from|since|until|before|after|during) (?:early |late |mid-|mid )?\\d{4}"
                           "|(?:early|mid|late)-\\d{4}"
                           "|(?:on )?") +
            month +
            QStringLiteral(
                " \\d{1,2}(?:, \\d{4})?"
                "|yesterday|today|tomorrow|tonight"
                "|(?:on |last |next )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                "|(?:in|by|during) the (?:first|second|third|fourth|final|last) (?:quarter|half)"
                "(?: of (?:this|next|last) year| of \\d{4})?"
                "|(?:\\w+|\\d+) (?:years|months|weeks|days) ago"
                "|(?:within|over|in) the (?:next|coming|past) (?:\\w+ )?(?:years|months|weeks|days)"
                ")\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (!mayHoldTime(sentence))
        return {};
    const QRegularExpressionMatch match = pattern.match(sentence);
    return match.hasMatch() ? match.captured(0).trimmed() : QString();
}

bool DealCues::isBusinessNoun(quint64 hash)
{
    return cues().business.contains(hash);
}

bool DealCues::isSecurity(quint64 hash)
{
    return cues().securities.contains(hash);
}

bool DealCues::isNegation(quint64 hash)
{
    return cues().negations.contains(hash);
}

bool DealCues::isBackground(quint64 hash)
{
    return cues().backgrounds.contains(hash);
}

bool DealCues::isBusinessTitle(quint64 hash)
{
    return cues().businessTitles.contains(hash);
}

bool DealCues::isPreposition(quint64 hash)
{
    return cues().prepositions.contains(hash);
}

bool DealCues::isDeterminer(quint64 hash)
{
    return cues().determiners.contains(hash);
}

int DealCues::pronounSubjectBefore(const TextAnalysis& text, int from, int trigger)
{
    for (int i = qMax(0, from); i < trigger; ++i) {
        const PhraseMatcher::Hit hit = cues().pronouns.longestAt(text.text(), text.tokens(), i, trigger);
        if (hit.found())
            return i;
    }
    return -1;
}

bool DealCues::is(WordClass wordClass, quint64 hash)
{
    return cues().classes[wordClass].contains(hash);
}

bool DealCues::isUnitPrice(QStringView text, int end)
{
    static const QRegularExpression perUnit(
        QStringLiteral(
            "^\\s*(?:a|an|per|/)\\s*(?:share|tonne|ton|barrel|ounce|pound|unit|kg|kilo|bushel|gallon|"
            "litre|liter|month|year|day|hour|megawatt|kilowatt)s?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return perUnit.match(text.mid(end, 24)).hasMatch();
}

} // namespace ws
