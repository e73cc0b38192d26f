#pragma once

#include "model/EntityType.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ws {

// An entity as read in one story. `name` is the canonical name (from the gazetteer, or the fullest
// form seen in the story); `key` is the corpus-wide identity used to merge the same entity across
// stories (see EntityKey); `aliases` are every other surface form seen, Chinese glosses included.
struct ExtractedEntity
{
    EntityType type = EntityType::Company;
    QString name;
    QString key;
    QStringList aliases;
    QString parent; // canonical name of a parent entity where known (gazetteer or text)
    // EntityKey::make() of the name and of each alias, in order, as the extractor had them at hand
    // (the store works out the keys itself when these are missing or do not match the aliases).
    QString nameKey;
    QStringList aliasKeys;
};

// One occurrence of an entity in the story text. Offsets are UTF-16 code unit offsets into
// title + "\n\n" + body (see Extraction::textOf), end exclusive.
struct Mention
{
    int entity = -1; // index into Extraction::entities
    int start = 0;
    int end = 0;
    int sentence = 0; // index of the sentence within the story text
};

// A sum of money: "no less than 17.1 billion yuan (US$2.4 billion)".
struct MoneyAmount
{
    double value = 0;      // in units of `currency` (17.1e9)
    QString currency;      // ISO 4217 code (CNY)
    double usd = -1;       // USD value; < 0 when no rate is known
    QString qualifier;     // "no less than", "about", "up to", "more than", or empty
    QString text;          // the text it was read from
    int start = 0;
    int end = 0;
    bool hasUsd() const { return usd >= 0; }
};

struct DealParty
{
    int entity = -1;    // index into Extraction::entities, or -1 for a party named only by text
    QString name;       // canonical name of the party
    QString role;       // investor, target, buyer, seller, supplier, customer, government, party
};

// A typed deal with the sentence it was read from.
struct Deal
{
    QString kind;   // investment, fundraising, acquisition, contract, partnership, subsidy, sanction, tariff
    QString status; // announced, planned, considered, completed
    QList<DealParty> parties;
    std::optional<MoneyAmount> amount;
    QString time;   // time expression ("this month", "mid-2026")
    QString place;
    QString evidence; // the evidence sentence(s)
    int evidenceStart = 0;
    int evidenceEnd = 0;
};

// A relation read from text: "Innotron Memory, the parent firm of ... CXMT".
struct Relation
{
    int subject = -1; // entity index
    QString relation; // "parent_of"
    int object = -1;
    int start = 0;
    int end = 0;
};

struct Extraction
{
    QList<ExtractedEntity> entities;
    QList<Mention> mentions;
    QList<Deal> deals;
    QList<Relation> relations;
    QList<MoneyAmount> amounts;

    // The text offsets refer to: the title, a blank line, then the body (just the body when the
    // title is empty).
    static QString textOf(const QString& title, const QString& body)
    {
        return title.isEmpty() ? body : title + QStringLiteral("\n\n") + body;
    }
};

} // namespace ws
