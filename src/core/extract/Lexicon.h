#pragma once

#include <QSet>
#include <QStringView>

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
    static bool contains(Set set, quint64 tokenHash);
    static bool contains(Set set, QStringView word);
    // The sets a word belongs to, a bit() each: one lookup for a word asked about several sets.
    static quint32 setsOf(quint64 tokenHash);
    static constexpr quint32 bit(Set set) { return 1u << set; }
};

} // namespace ws
