#include "extract/Lexicon.h"

#include "extract/Tokenizer.h"

#include <array>

namespace ws {

namespace {

constexpr const char16_t* words[Lexicon::Count] = {
    // LegalSuffix
    u"Inc Incorporated Corp Corporation Co Cos Company Ltd Limited LLC LP LLP AG NV SA SE PLC GmbH KK AB "
    u"ASA Oyj SpA BV Bhd Berhad Pte Pty Pvt Tbk SAS SARL KGaA Srl Cie",
    // CompanyHead
    u"Holdings Holding Group Technologies Technology Industries Industrial Enterprises Electronics "
    u"Electronic Semiconductor Semiconductors Systems Motors Airlines Airways Pharmaceuticals Pharma Labs "
    u"Laboratories Materials Instruments Devices Networks Software Communications Telecom Telecommunications "
    u"Energy Petroleum Bancorp Bancshares Financial Securities Capital Ventures Investments Foods Chemicals "
    u"Chemical Steel Mining Resources Microelectronics Microsystems Robotics Solutions Manufacturing Memory "
    u"Computing Computer Computers Logistics Shipping Automotive Brands Stores Entertainment Biotech "
    u"Therapeutics Optics Photonics Petrochemical Bank Trading Semiconductores Motor Micro Silicon Precision "
    u"Machinery Optoelectronics Display Displays Power Healthcare Insurance Airlines Petrochemicals Realty",
    // OrgWord
    u"Association Ministry Department Council Commission University Institute Agency Bureau Administration "
    u"Office Committee Federation Authority Board Court Parliament Congress Senate Assembly Cabinet Party "
    u"Union Organization Organisation Foundation Society Chamber Academy College School Centre Center "
    u"Reserve Police Army Navy Government Embassy Legislature Nations Coalition Secretariat Tribunal "
    u"League Consortium Alliance Forum Yuan Directorate Inspectorate Fed Treasury Pentagon Commissioner Dept",
    // MediaWord
    u"News Times Post Journal Press Herald Daily Telegraph Gazette Tribune Weekly Newswire Wire Broadcasting",
    // Title
    u"CEO CFO COO CTO CIO chairman chairwoman chairperson chair president premier minister secretary "
    u"spokesman "
    u"spokeswoman spokesperson director governor senator Sen Rep representative mayor chancellor king queen "
    u"prince founder cofounder chief executive officer head analyst economist professor Prof Dr Mr Mrs Ms "
    u"Miss Sir Lord judge justice commissioner ambassador envoy lawmaker legislator deputy manager "
    u"strategist "
    u"researcher owner billionaire leader speaker vice elect pope general admiral attorney counsel "
    u"treasurer trader partner investor chairmen presidents ministers executives "
    // A nationality as a noun before a name: "Frenchman Arsene Wenger".
    u"Frenchman Frenchwoman Englishman Irishman Scotsman Welshman Dutchman Spaniard Briton Swede",
    // Month
    u"January February March April May June July August September October November December Jan Feb Mar "
    u"Apr Jun Jul Aug Sep Sept Oct Nov Dec",
    // Weekday
    u"Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun",
    // SentenceStart
    u"The A An In On At For But And Or As If When While After Before Since This That These Those Its His Her "
    u"Their Our It He She They We I You Both Also Meanwhile However Although Though Because Under With "
    u"Without By From To Of Last Next Earlier Later Some Many Most All Other Such Despite During According "
    u"Yet So Still Now Then There Here What Which Who Why How Where Each Every Several More Only Shares "
    u"Sales "
    u"Analysts Officials Investors Traders Chipmakers Companies Asked Unlike Like Including Amid Among "
    u"Between Through Over Against Following Further Once Whether Even Just Instead Besides Thus Overall "
    u"Separately Previously Currently Today Yesterday Tomorrow Last Photo File Update Exclusive Analysis "
    u"Editorial Opinion Breaking Reporting Additional Writing Editing Source Sources Not No Nor Neither "
    u"Either Any Another Much Few Both Do Does Did Has Have Had Is Are Was Were Be Been Will Would Can Could "
    u"Should May Might Must Shall Let Please Why Dear Mrs",
    // CompanyCue
    u"firm firms company companies chipmaker chipmakers maker makers manufacturer manufacturers supplier "
    u"suppliers startup start-up rival rivals subsidiary subsidiaries unit conglomerate carmaker automaker "
    u"foundry foundries vendor vendors designer producer producers operator provider retailer lender insurer "
    u"brand affiliate parent acquirer customer customers client clients partner partners group giant "
    u"developer distributor contractor shipbuilder airline bank carrier fabless",
    // TechWord
    u"memory chip chips wafer wafers packaging package via substrate lithography transistor transistors "
    u"process semiconductor semiconductors computing intelligence learning network networks processor "
    u"processors processing unit units interconnect interconnects bonding bandwidth integration integrated "
    u"circuit circuits storage gate silicon nanometer nanometre node nodes ultraviolet deposition etching "
    u"etch "
    u"epitaxy photonics optical laser quantum battery batteries display displays sensor sensors array "
    u"logic flash random access dynamic static device devices language model models generative neural "
    u"vision autonomous electric charging accelerator accelerators graphics field effect oxide gallium "
    u"nitride carbide heterogeneous chiplet chiplets stacking stacked hybrid fan-out wafer-level backside "
    u"power delivery data interface bus cell cells fin nanosheet foundry fabrication module modules "
    u"software cloud compute inference training engine protocol wireless cellular radio fiber photomask "
    u"mask resist polishing planarization metrology inspection thin film dielectric copper cobalt",
    // Nationality
    u"American Chinese Japanese Korean Taiwanese German Dutch French British Indian European Asian Israeli "
    u"Canadian Australian Swiss Swedish Italian Spanish Russian Singaporean Malaysian Vietnamese Thai "
    u"Indonesian Philippine Mexican Brazilian Irish Finnish Norwegian Danish Belgian Austrian Polish "
    u"Turkish Saudi Emirati Qatari Iranian African Western Eastern Northern Southern Global Foreign "
    u"Domestic International Local Hong Kong-based",
    // NameConnector
    u"of and & de du des la le van von der den for y da di del dos das bin al",
    // PlaceSuffixWord
    u"based headquartered",
    // Abbreviation
    u"Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr St Mt No Nos vs etc Gen Gov Sen Rep Lt "
    u"Col Capt Prof Corp Inc Co Ltd Bros Jr Sr Dept Fig approx est Cos Mass Calif Ill Fla Wash Ore Ariz Pa "
    u"Conn Mich Minn Okla Tenn Wis Va Colo Del Ky La Md Mo Nev Neb Ala Ga Kan Ind Penn Tex Ont Que Alta "
    u"Sask Man Univ Assn Intl Natl Nat Ave Blvd Rd Ft Pt Rt Hon Rev Adm Maj Sgt Cpl Pvt Ste",
    // PlaceWord
    u"Province Prefecture County District Region Township Municipality Governorate Oblast Canton Island "
    u"Islands Peninsula Valley",
    // Portfolio
    u"State Defense Defence Commerce Finance Trade Industry Energy Economy Economic Economics Affairs "
    u"Foreign Home Interior Health Labor Labour Justice Education Agriculture Transportation Transport "
    u"Homeland Security Environment Treasury Science Technology Information Culture War Communications "
    u"Welfare Housing Veterans Tourism Development Planning Industries Mines Petroleum Oil Fisheries "
    u"Public Internal External National Legal Social International Overseas Cooperation Relations Staff "
    u"Refugees Human Rights Disarmament",
    // ReportingVerb
    u"said says say told tells wrote writes noted notes added adds stated states warned warns estimated "
    u"estimates predicted predicts argued argues explained",
    // AuxiliaryVerb
    u"Is Are Was Were Has Have Had Will Would Could Should Must Shall Does Did Be Been",
};

// Tokenizer::hashOf() of an ASCII word (every word listed here is ASCII), at compile time.
constexpr quint64 asciiHash(const char16_t* word, int length)
{
    quint64 hash = Tokenizer::hashSeed;
    for (int i = 0; i < length; ++i) {
        const char16_t c = word[i];
        hash = Tokenizer::hashStep(hash, c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
    }
    return hash;
}

using Entry = Lexicon::Entry;

constexpr void add(std::array<Entry, Lexicon::tableSize>& entries, quint64 hash, int set)
{
    quint32 slot = Lexicon::startOf(hash);
    while (entries[slot].sets && entries[slot].hash != hash)
        slot = (slot + 1) & Lexicon::tableMask;
    entries[slot].hash = hash;
    entries[slot].sets |= 1u << set;
}

// The table, filled by the compiler: no start-up work and no guard on a lookup.
constexpr std::array<Entry, Lexicon::tableSize> buildTable()
{
    std::array<Entry, Lexicon::tableSize> entries{};
    for (int s = 0; s < Lexicon::Count; ++s) {
        const char16_t* list = words[s];
        int at = 0;
        while (list[at]) {
            if (list[at] == u' ') {
                ++at;
                continue;
            }
            int end = at;
            while (list[end] && list[end] != u' ')
                ++end;
            add(entries, asciiHash(list + at, end - at), s);
            at = end;
        }
    }
    return entries;
}

} // namespace

constinit const std::array<Lexicon::Entry, Lexicon::tableSize> Lexicon::table = buildTable();

bool Lexicon::contains(Set set, QStringView word)
{
    return contains(set, Tokenizer::hashOf(word));
}

} // namespace ws
