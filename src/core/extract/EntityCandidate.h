#pragma once

#include "model/EntityType.h"

#include <QStringList>

namespace ws {

// A span of text that may name an entity, before overlaps are settled and mentions are grouped
// into entities.
struct EntityCandidate
{
    enum Source
    {
        Gazetteer, // listed in data/gazetteer
        Suffix,    // ends in a corporate suffix: "Qimonda AG"
        OrgName,   // holds an organization word: "Taiwan Association of Machinery Industry"
        HeadNoun,  // ends in a company noun: "Innotron Memory"
        Title,     // after a title or role: "CEO Jensen Huang"
        Cue,       // beside a company word: "German firm Qimonda"
        Gloss,     // explained by a bracket: "Innotron Memory (合肥長鑫)"
        Acronym,   // defined abbreviation: "through-silicon via (TSV)"
        Alias,     // the abbreviation or Chinese name inside a gloss
        Based,     // "Hsinchu-based"
        Credit,    // "Photo: AFP"
        Bracketed, // wire convention for unlisted companies: "<Gamma Corp>"
        Story,     // a form the story established earlier ("Innotron", "Huang")
    };
    EntityType type = EntityType::Company;
    Source source = Gazetteer;
    int first = 0; // token range, end exclusive
    int end = 0;
    int gazetteerEntry = -1;
    int aliasOf = -1; // for Alias: index of the candidate it belongs to
    int strength = 0; // settles overlaps of equal length: higher wins

    int length() const { return end - first; }
    bool overlaps(const EntityCandidate& other) const { return first < other.end && other.first < end; }
};

} // namespace ws
