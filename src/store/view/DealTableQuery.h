#pragma once

#include "view/SqlFragment.h"
#include "view/ViewTypes.h"

#include <optional>

namespace ws {

class Database;

struct DealPartyRow
{
    qint64 entityId = 0; // 0 when the party is named only by text
    QString name;
    QString role;
};

// One deal as the deal browser and the sidebar show it.
struct DealRow
{
    qint64 id = 0;
    QString kind;
    QString status;
    QList<DealPartyRow> parties;
    std::optional<double> amountValue;
    QString currency;
    std::optional<double> usd; // set only when a rate was known
    QString qualifier;
    QString amountText;
    QString time;
    QString place;
    QString evidence;
    int evidenceStart = 0;
    int evidenceEnd = 0;
    qint64 storyRowid = 0;
    QString storyTitle;
    QString storyDate;

    // "Innotron Memory (target); Hefei fund (investor)"
    QString partiesText() const;
};

// Read-side queries over deals and their parties.
class DealTableQuery
{
public:
    explicit DealTableQuery(const Database& db) : m_db(db) {}

    // Deals that involve every one of `entityIds` (as a party, or named in the evidence sentence),
    // in the stories `stories` selects (any story when empty); the newest `limit` deals.
    QList<DealRow> rows(const QList<qint64>& entityIds, const SqlFragment& stories, int limit) const;
    qint64 count(const QList<qint64>& entityIds, const SqlFragment& stories) const;
    QList<DealRow> forStory(qint64 storyRowid) const;

private:
    SqlFragment where(const QList<qint64>& entityIds, const SqlFragment& stories) const;
    QList<DealRow> read(const SqlFragment& query) const;

    const Database& m_db;
};

} // namespace ws
