#pragma once

// Sentence templates and general vocabulary of the synthetic corpus (names come from the gazetteers).
// Slots in braces are filled by StoryComposer: {A}/{a} the story's company (first mention / short),
// {B}/{b} a second company, {P} a person with title, {p} the person's surname, {S} a spokesperson,
// {T}/{T2} technologies, {PROD} a product, {CITY}, {COUNTRY}, {ORG}, {AN} an analyst with firm,
// {AMT} an amount in some currency, {USD} one in US dollars, {PCT} a percentage, {N} a small
// number, {BIGN} a large one, {Q} a quarter, {YEAR}/{NEXTY}/{PREVY}, {MONTH}, {NOUN}, {ADJ}, {GEN} a
// general sentence. Chinese templates use {ZA} (company), {ZB}, {ZCITY}, {ZP} (person), {ZAMT}.

#include <vector>

namespace corpus {

using List = std::vector<const char*>;

// Story kinds, each with headlines, leads and details; the deal kinds match the extractor's.
struct Kind
{
    const char* name;
    List headlines;
    List leads;
    List details;
};

inline const std::vector<Kind>& kinds()
{
    static const std::vector<Kind> all = {
        {"investment",
         {"{a} to invest {AMT} in new {T} capacity in {CITY}", "{a} plans {USD} {T} plant as demand climbs",
          "{a} commits {AMT} to expand {T} output", "{a} earmarks {AMT} for {COUNTRY} expansion"},
         {"{A} said on {WEEKDAY} it would invest {AMT} to build a new {T} plant in {CITY}, its biggest commitment outside its home market.",
          "{A} plans to spend {AMT} over the next {N} years on {T} capacity, the company said in a filing.",
          "{A} will invest {AMT} in a {T} facility near {CITY}, with production due to start in {NEXTY}."},
         {"The plant is expected to create about {BIGN} jobs and reach full output by {NEXTY}.",
          "The investment includes {USD} for equipment and clean rooms, {P} told reporters.",
          "The project still needs approval from the {ORG}, which is reviewing the plan.",
          "Construction will begin in {MONTH}, and the first phase will produce {BIGN} wafers a month."}},
        {"acquisition",
         {"{a} agrees to buy {b} for {AMT}", "{a} to acquire {b} in {USD} deal", "{a} bids {AMT} for {b}",
          "{b} accepts {a} takeover offer"},
         {"{A} agreed to acquire {B} for {AMT} in cash and stock, the companies said on {WEEKDAY}.",
          "{A} has offered {AMT} for {B}, seeking to widen its reach in {T}.",
          "{A} said it would buy {B} for {AMT}, the largest deal in the {T} sector this year."},
         {"{b} shareholders will receive {PRICE} per share, a premium of {PCT} to the last close.",
          "The deal is expected to close in the {Q} quarter of {NEXTY}, subject to regulatory approval.",
          "Regulators in {COUNTRY} must clear the acquisition, which could take up to {N} months.",
          "{A2} said the combined company would have annual revenue of {USD}."}},
        {"contract",
         {"{a} wins {AMT} {T} order from {b}", "{b} picks {a} for {T} supply deal", "{a} signs {USD} supply contract with {b}"},
         {"{A} has won an order worth {AMT} to supply {T} to {B}, the company said.",
          "{B} signed a contract worth {AMT} with {A} for the supply of {T} through {NEXTY}."},
         {"Shipments under the contract are due to start in the {Q} quarter.",
          "The order covers {BIGN} units of {PROD} and related services.",
          "{A2} did not give the exact value, but people familiar with the deal put it at {USD}."}},
        {"partnership",
         {"{a} and {b} team up on {T}", "{a} forms {T} alliance with {b}", "{a}, {b} to co-develop {T}"},
         {"{A} and {B} said they would jointly develop {T}, pooling engineers in {CITY}.",
          "{A} formed a partnership with {B} to bring {T} to market by {NEXTY}."},
         {"Neither company disclosed the financial terms of the partnership.",
          "The two companies will share the cost of a pilot line, estimated at {AMT}.",
          "The alliance also covers {T2}, where {b} has a lead in patents."}},
        {"subsidy",
         {"{COUNTRY} grants {a} {AMT} in subsidies for {T}", "{a} to receive {AMT} government support",
          "{ORG} awards {a} {USD} for {T} project"},
         {"The government of {COUNTRY} will give {A} up to {AMT} in subsidies for a {T} project in {CITY}, officials said.",
          "{A} will receive {AMT} in grants and tax credits from the {ORG} to build {T} capacity."},
         {"The subsidy is part of a wider {AMT} program to bring chipmaking home.",
          "Officials said the money would be paid in stages as {a} meets construction milestones.",
          "Critics in the {ORG} questioned whether the aid would pay off."}},
        {"fundraising",
         {"{a} raises {AMT} in new funding round", "{a} files for {USD} IPO", "{a} seeks {AMT} from investors"},
         {"{A} raised {AMT} in a funding round led by {B}, valuing the company at {USD}.",
          "{A} plans to raise up to {AMT} in an initial public offering in {CITY}, according to a prospectus."},
         {"Proceeds will fund research into {T} and expand sales in {COUNTRY}.",
          "Existing investors including {b} also took part in the round.",
          "The company last raised money in {PREVY} at a lower valuation."}},
        {"sanction",
         {"{COUNTRY} adds {a} to export blacklist", "{ORG} tightens {T} export curbs", "{a} hit by new export controls"},
         {"The {ORG} added {A} to its entity list on {WEEKDAY}, barring sales of {T} without a license.",
          "{COUNTRY} tightened export controls on {T}, a move that could cost {A} {AMT} in sales."},
         {"{A2} said it was studying the rules and would comply with the law.",
          "The restrictions cover {T} and the tools used to make {T2}.",
          "Officials said the measures aimed to protect national security, a claim {COUNTRY} rejected."}},
        {"tariff",
         {"{COUNTRY} raises tariffs on {T} imports", "Tariffs on {T} to rise to {PCT}", "{a} warns tariffs will lift prices"},
         {"{COUNTRY} will raise tariffs on imported {T} to {PCT} from {MONTH}, the {ORG} said.",
          "New tariffs on {T} will add {AMT} to the costs of {A} next year, the company estimated."},
         {"Importers have rushed to bring in stock ahead of the deadline.",
          "{AN} said the tariffs would hurt smaller suppliers most.",
          "The duties apply to goods worth {USD} a year."}},
        {"earnings",
         {"{a} {Q}-quarter profit rises {PCT} on {T} demand", "{a} net income falls {PCT} as {T} prices slide",
          "{a} beats forecasts as {T} sales jump", "{a} revenue tops estimates, shares rise"},
         {"{A} said net profit in the {Q} quarter rose {PCT} from a year earlier to {AMT}, helped by demand for {T}.",
          "{A} reported a {PCT} fall in {Q}-quarter net income to {AMT} as prices of {T} slid.",
          "{A} posted revenue of {AMT} for the {Q} quarter, beating the average analyst estimate."},
         {"Gross margin widened to {PCT}, from {PCT} a year earlier.",
          "Revenue from {T} made up {PCT} of the total, the company said.",
          "For the current quarter, {a} expects revenue of {USD} to {USD}.",
          "{A2} shares rose {PCT} in {CITY} trading after the results."}},
        {"capacity",
         {"{a} to double {T} capacity by {NEXTY}", "{a} delays {T} fab in {CITY}", "{a} starts mass production of {T}"},
         {"{A} will double its capacity for {T} by the end of {NEXTY} to meet orders from {B}, {P} said.",
          "{A} has pushed back the start of production at its {T} plant in {CITY} to {NEXTY}, citing a shortage of equipment."},
         {"Monthly output will rise to {BIGN} wafers when the expansion is complete.",
          "Yields on {T} have improved to about {PCT}, people familiar with the matter said.",
          "The company is also converting older lines to make {T2}."}},
        {"product",
         {"{a} unveils {PROD} built on {T}", "{a} launches new {T} chip for {T2}", "{a} shows {PROD} at {CITY} trade show"},
         {"{A} unveiled {PROD} on {WEEKDAY}, saying the chip uses {T} to cut power use by {PCT}.",
          "{A} launched a new line of {T} products aimed at {T2}, with shipments starting in {MONTH}."},
         {"The chip will be made on {T} and packaged with {T2}.",
          "{P} said customers including {b} had already placed orders.",
          "Prices were not disclosed, but {AN} estimated them at {USD} each."}},
        {"appointment",
         {"{a} names new chief executive", "{a} reshuffles management as {T} push grows", "{a} appoints head of {T} unit"},
         {"{A} named a new head of its {T} business on {WEEKDAY}, part of a management reshuffle.",
          "{A} said {P} would take on extra duties overseeing {T}, effective {MONTH}."},
         {"The board approved the changes at a meeting in {CITY}.",
          "The move comes as {a} tries to win back share in {T} from {b}."}},
        {"market",
         {"{T} prices rise {PCT} in {Q} quarter", "{T} contract prices fall for {N} straight months",
          "Demand for {T} lifts {COUNTRY} exports", "{T} shortage spreads to {T2}"},
         {"Contract prices of {T} rose {PCT} in the {Q} quarter as buyers rebuilt stock, according to {ORG}.",
          "Exports of {T} from {COUNTRY} rose {PCT} in {MONTH} from a year earlier to {AMT}, official data showed."},
         {"Spot prices have climbed for {N} weeks in a row.",
          "{AN} said inventories at module makers had fallen to about {N} weeks.",
          "Suppliers including {A} and {b} have raised prices twice this year."}},
    };
    return all;
}

// Paragraphs that fit any story.
inline const List& quotes()
{
    static const List all = {
        "\"We see very strong demand for {T} and we are adding capacity as fast as we can,\" {P} said.",
        "\"The market for {T} is changing quickly, and we intend to lead it,\" {P} told reporters in {CITY}.",
        "{P} said the company expected {T} to account for {PCT} of sales by {NEXTY}.",
        "\"Customers want more {T}, and they want it sooner,\" {S} said.",
        "{S} declined to comment on the talks beyond the statement.",
        "\"It is too early to say how the rules will affect us,\" {P} said in a call with analysts.",
        "\"This is a long-term decision, not a response to one quarter,\" {p} added.",
        "{p} said the company would keep spending on research even if demand slows.",
    };
    return all;
}

inline const List& analystLines()
{
    static const List all = {
        "\"{a} is well placed, but {T} remains a crowded field,\" said {AN}.",
        "{AN} said the move would help {a} compete with {b} in {T}.",
        "\"The numbers show demand for {T} is still running ahead of supply,\" said {AN}.",
        "{AN} cut her price target on {a}, citing weaker demand for {T2}.",
        "{AN} raised his forecast for {T} shipments in {NEXTY} by {PCT}.",
        "Some investors worry that spending on {T} is growing faster than revenue, {AN} wrote in a note.",
    };
    return all;
}

inline const List& backgrounds()
{
    static const List all = {
        "{a}, based in {CITY}, employs about {BIGN} people worldwide.",
        "{A2} shares have risen {PCT} so far this year, outpacing the broader market.",
        "The company counts {b} among its largest customers.",
        "{a} was founded in {FOUNDED} and makes most of its {T} in {COUNTRY}.",
        "Last year {a} reported revenue of {AMT}.",
        "{a} competes with {b} in {T} and {T2}.",
        "It is the {ORDINAL} such deal in the {T} industry this year.",
        "The company gets about {PCT} of its revenue from customers in {COUNTRY}.",
    };
    return all;
}

// The general sentence: subject, verb, object, adverbial.
inline const List& subjects()
{
    static const List all = {"Analysts", "Industry executives", "Suppliers", "Investors", "Chip designers",
                             "Equipment makers", "Memory makers", "Smartphone makers", "Carmakers", "Cloud providers",
                             "Brokers", "Economists", "Engineers", "Regulators", "Lawmakers", "Fund managers",
                             "Distributors", "Component makers", "Foundry customers", "Server makers", "PC makers",
                             "Industry groups", "Market researchers", "Procurement managers", "Local officials",
                             "Trade officials", "Rating agencies", "Shareholders", "Union leaders", "Consultants",
                             "Module makers", "Substrate suppliers", "Hyperscalers", "Startups", "Contract manufacturers"};
    return all;
}

inline const List& verbs()
{
    static const List all = {"expect", "have warned of", "are watching", "point to", "are bracing for",
                             "have flagged", "see", "cautioned about", "are betting on", "have welcomed",
                             "questioned", "are counting on", "played down", "raised concerns over", "predict",
                             "are preparing for", "have pushed back against", "remain wary of", "highlighted",
                             "are racing to secure", "are lobbying for", "doubt", "have priced in", "fear",
                             "are hoping for", "underestimated", "are planning around", "welcomed news of"};
    return all;
}

inline const List& objects()
{
    static const List all = {
        "tighter supply of {T}", "a recovery in {T} demand", "longer lead times for {T}", "rising wafer prices",
        "a slowdown in consumer electronics", "fresh export controls", "higher capital spending",
        "leaner inventories", "a rebound in smartphone shipments", "stronger demand for {T}",
        "pricing pressure on {T}", "a shortage of skilled engineers", "rising electricity costs at new fabs",
        "slower orders from automakers", "stiffer competition from {COUNTRY}", "new subsidies for {T}",
        "delays in equipment deliveries", "better yields on {T}", "consolidation among {NOUN} suppliers",
        "a surge in data center spending", "weaker {NOUN} margins", "a {ADJ} recovery in {NOUN} orders",
        "cheaper {T} from {COUNTRY}", "a price war in {T}", "tighter rules on {NOUN} exports",
        "higher tariffs on {NOUN}", "a wave of {NOUN} mergers", "more investment in {T2}",
        "a {ADJ} second half", "shortages of {NOUN}", "a {ADJ} year for {NOUN} makers", "double orders of {T}"};
    return all;
}

inline const List& adverbials()
{
    static const List all = {"in the coming quarters", "through the end of {YEAR}", "well into {NEXTY}",
                             "as customers rebuild inventories", "despite the trade tensions",
                             "amid weak consumer demand", "as artificial intelligence workloads grow",
                             "after a sluggish first half", "over the next two years",
                             "before the new rules take effect", "as the industry cycle turns",
                             "while interest rates stay high", "once new fabs in {CITY} come online",
                             "as governments court chipmakers", "as {ADJ} demand spreads to {NOUN}",
                             "after {N} quarters of decline", "as prices of {NOUN} climb", "this year",
                             "in {COUNTRY} and beyond", "ahead of the holiday season"};
    return all;
}

inline const List& nouns()
{
    static const List all = {
        "memory", "logic", "foundry", "packaging", "substrate", "wafer", "display", "sensor", "battery", "server",
        "handset", "notebook", "router", "modem", "camera", "automotive", "industrial", "appliance", "solar",
        "robot", "drone", "satellite", "telecom", "networking", "storage", "gaming", "wearable", "medical",
        "power", "analog", "photonics", "laser", "chemical", "gas", "glass", "copper", "cobalt", "nickel",
        "silicon", "quartz", "ceramic", "polymer", "resin", "cable", "connector", "transformer", "inverter",
        "charger", "motherboard", "graphics card", "accelerator", "test", "probe card", "cleanroom", "valve",
        "pump", "filter", "laminate", "leadframe", "bonding wire", "heat sink", "fan", "chassis", "rack"};
    return all;
}

inline const List& adjectives()
{
    static const List all = {"slow", "strong", "patchy", "gradual", "sharp", "modest", "steady", "uneven", "brisk",
                             "sluggish", "robust", "fragile", "tepid", "solid", "volatile", "muted", "healthy",
                             "cautious", "broad", "lopsided", "surprising", "welcome", "hesitant", "firm"};
    return all;
}

// Made-up people for spokespeople and analysts (the long tail of names in real news).
inline const List& givenNames()
{
    static const List all = {"Anna", "Brian", "Carmen", "David", "Elena", "Farid", "Grace", "Hiroshi", "Irene",
                             "James", "Kavya", "Liam", "Mei-ling", "Noah", "Olga", "Pedro", "Qing", "Rahul",
                             "Sofia", "Tomasz", "Ulrike", "Victor", "Wen-hsin", "Xavier", "Yuki", "Zanele",
                             "Adrian", "Beatrice", "Chia-hao", "Dmitri", "Esther", "Felipe", "Gunnar", "Hana",
                             "Ingrid", "Jae-won", "Kenji", "Laura", "Marcus", "Nadia", "Oscar", "Priya",
                             "Ramon", "Sanjay", "Tessa", "Umar", "Vera", "Walter", "Yi-fan", "Zoltan"};
    return all;
}

inline const List& familyNames()
{
    static const List all = {"Adler", "Baptiste", "Castillo", "Dunmore", "Eriksen", "Fontaine", "Gallagher",
                             "Hakimi", "Iwasaki", "Jablonski", "Kowalczyk", "Lindqvist", "Marchetti", "Nakagawa",
                             "Okafor", "Pereira", "Quenneville", "Rasmussen", "Sorensen", "Takahashi", "Underwood",
                             "Valdez", "Whitfield", "Xiong", "Yamamoto", "Zielinski", "Abernathy", "Brightwater",
                             "Chen", "Delacroix", "Espinoza", "Fairbanks", "Goncalves", "Halvorsen", "Ishikawa",
                             "Jorgensen", "Kirkland", "Lombardi", "Moreau", "Novak", "Ostrowski", "Pellegrini",
                             "Rutherford", "Silvestri", "Thornbury", "Villanueva", "Wexford", "Yilmaz", "Zabala",
                             "Lin", "Huang", "Tsai", "Kuo", "Hsieh", "Park", "Kim", "Cho", "Sato", "Mori"};
    return all;
}

inline const List& firmWords()
{
    static const List all = {"Securities", "Capital", "Research", "Investment Bank", "Advisors", "Equities",
                             "Asset Management", "Markets", "Partners", "Analytics"};
    return all;
}

inline const List& outlets()
{
    static const List all = {"Industry Wire", "Harbor Daily", "Pacific Business Journal", "Chip Ledger",
                             "Supply Chain Monitor", "Evening Gazette", "Market Dispatch", "Tech Record"};
    return all;
}

inline const List& weekdays()
{
    static const List all = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    return all;
}

inline const List& ordinals()
{
    static const List all = {"first", "second", "third", "fourth", "fifth"};
    return all;
}

inline const List& qualifiers()
{
    static const List all = {"", "", "", "about ", "up to ", "no less than ", "more than ", "nearly ", "roughly "};
    return all;
}

inline const List& updates()
{
    static const List all = {"adds analyst comment", "adds share price reaction", "corrects the amount in the second paragraph",
                             "adds background", "adds comment from the government", "updates with details of the deal"};
    return all;
}

// Chinese stories: {Z...} slots take Chinese names; each line has a Traditional and a Simplified form.
struct ChinesePair
{
    const char* hant;
    const char* hans;
};

inline const std::vector<ChinesePair>& chineseHeadlines()
{
    static const std::vector<ChinesePair> all = {
        {"{ZA}擬投資{ZAMT}擴產 {T}", "{ZA}拟投资{ZAMT}扩产 {T}"},
        {"{ZA}{Q}季獲利年增{PCTN}成", "{ZA}{Q}季获利年增{PCTN}成"},
        {"{ZA}與{ZB}合作開發 {T}", "{ZA}与{ZB}合作开发 {T}"},
        {"{ZA}宣布收購{ZB} 金額{ZAMT}", "{ZA}宣布收购{ZB} 金额{ZAMT}"},
        {"{ZA}在{ZCITY}設廠 {T}產能倍增", "{ZA}在{ZCITY}设厂 {T}产能倍增"},
    };
    return all;
}

inline const std::vector<ChinesePair>& chineseSentences()
{
    static const std::vector<ChinesePair> all = {
        {"{ZA}今天宣布，將投資{ZAMT}在{ZCITY}興建新廠，生產 {T}。", "{ZA}今天宣布，将投资{ZAMT}在{ZCITY}兴建新厂，生产 {T}。"},
        {"{ZA}表示，{T}需求強勁，預計明年營收將成長{PCTN}成。", "{ZA}表示，{T}需求强劲，预计明年营收将增长{PCTN}成。"},
        {"{ZP}指出，公司將與{ZB}擴大合作，共同開發 {T2}。", "{ZP}指出，公司将与{ZB}扩大合作，共同开发 {T2}。"},
        {"法人預估，{ZA}今年資本支出約{ZAMT}。", "机构预估，{ZA}今年资本支出约{ZAMT}。"},
        {"{ZB}股價今天上漲{N}%，收在{N}{N}元。", "{ZB}股价今天上涨{N}%，收在{N}{N}元。"},
        {"業界人士說，{T}供不應求的情況將延續到{NEXTY}年。", "业界人士说，{T}供不应求的情况将延续到{NEXTY}年。"},
        {"{ZA}的新廠預計{NEXTY}年量產，可創造{BIGN}個就業機會。", "{ZA}的新厂预计{NEXTY}年量产，可创造{BIGN}个就业机会。"},
        {"{ZA}董事會通過以{ZAMT}收購{ZB}股權的計畫。", "{ZA}董事会通过以{ZAMT}收购{ZB}股权的计划。"},
    };
    return all;
}

} // namespace corpus
