#pragma once

#include <QSet>
#include <QStringView>
#include <array>

namespace ws {

// Word lists of news English that the recognizers share: corporate suffixes, organization words,
// titles before names, months and weekdays, sentence-initial words. General language knowledge,
// not names (names live in the gazetteers). Lookups take a token hash (see Tokenizer::hashOf), so
// they are case-insensitive; callers check capitalisation where it matters.
class Lexicon
{
public:
    enum Set
    {
        LegalSuffix,     // Inc, Corp, Co, Ltd, AG, NV, PLC, GmbH...: a company whatever precedes it
        CompanyHead,     // Holdings, Group, Technologies, Electronics...: a company after a name
        OrgWord,         // Association, Ministry, University...: an organization
        MediaWord,       // News, Times, Journal...: a news organization at the end of a name
        Title,           // CEO, chairman, President, Secretary...: a person's name may follow
        Month,           // January, Jan, Sept...
        Weekday,         // Monday, Mon...
        SentenceStart,   // The, In, But, This...: capitalised only because a sentence starts there
        CompanyCue,      // firm, company, chipmaker, startup...: the capitalised name beside is a company
        TechWord,        // memory, wafer, packaging, lithography...: a defined acronym is a technology
        Nationality,     // German, Chinese, Dutch...: an adjective, not a name
        NameConnector,   // of, and, &, de, von...: may join the words of one name
        PlaceSuffixWord, // based, headquartered: "X-based" names a place
        Abbreviation,    // Jan, Mr, Dr, No, vs...: a following full stop does not end the sentence
        PlaceWord,       // Province, County, Prefecture...: a place at the end of a name
        Portfolio,       // State, Defense, Foreign, Affairs...: an office after "Secretary of"
        ReportingVerb,   // said, says, told, wrote...: who speaks
        AuxiliaryVerb,   // Is, Was, Has, Will...: a verb, even capitalised in a headline
        Count
    };
    static bool contains(Set set, quint64 tokenHash) { return (setsOf(tokenHash) >> set) & 1; }
    static bool contains(Set set, QStringView word);
    // The sets a word belongs to, a bit() each: one lookup for a word asked about several sets.
    static quint32 setsOf(quint64 tokenHash)
    {
        for (quint32 slot = startOf(tokenHash);; slot = (slot + 1) & tableMask) {
            const Entry& entry = table[slot];
            if (entry.hash == tokenHash && entry.sets)
                return entry.sets;
            if (!entry.sets)
                return 0;
        }
    }
    static constexpr quint32 bit(Set set) { return 1u << set; }

    // One flat table for all the sets, built at compile time: a word's hash -> the sets it belongs
    // to, as bits. The recognizers ask millions of times per corpus: inline, one probe of a small
    // open-addressed table.
    struct Entry
    {
        quint64 hash = 0;
        quint32 sets = 0; // 0: an empty slot
    };
    static constexpr quint32 tableSize = 4096; // a power of two, well above the words listed
    static constexpr quint32 tableMask = tableSize - 1;
    static constexpr quint32 startOf(quint64 hash)
    {
        return quint32(hash ^ (hash >> 29) ^ (hash >> 47)) & tableMask;
    }
    static_assert(Count <= 32);

private:
    static const std::array<Entry, tableSize> table;
};

} // namespace ws
