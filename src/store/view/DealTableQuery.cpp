#include "view/DealTableQuery.h"

#include "db/Database.h"
#include "db/Statement.h"

#include <QHash>

namespace ws {

QString DealRow::partiesText() const
{
    QStringList parts;
    for (const DealPartyRow& party : parties)
        parts.append(party.role.isEmpty() ? party.name
                                          : QStringLiteral("%1 (%2)").arg(party.name, party.role));
    return parts.join(QStringLiteral("; "));
}

SqlFragment DealTableQuery::where(const QList<qint64>& entityIds, const SqlFragment& stories) const
{
    SqlFragment clause{QStringLiteral(" WHERE 1"), {}};
    for (qint64 id : entityIds) {
        // The story test narrows by index first; then a party, or a mention inside the evidence.
        clause.append(
            QStringLiteral(
                " AND d.story_rowid IN (SELECT story_rowid FROM story_entities WHERE entity_id = ?)"
                " AND (EXISTS (SELECT 1 FROM deal_parties p WHERE p.deal_id = d.id AND p.entity_id = ?)"
                " OR EXISTS (SELECT 1 FROM story_entities m WHERE m.story_rowid = d.story_rowid"
                " AND m.entity_id = ? AND ws_spans_within(m.spans, d.evidence_start, d.evidence_end)))"),
            {id, id, id});
    }
    if (!stories.sql.isEmpty()) {
        clause.append(QStringLiteral(" AND d.story_rowid IN ("));
        clause.append(stories);
        clause.append(QStringLiteral(")"));
    }
    return clause;
}

QList<DealRow> DealTableQuery::read(const SqlFragment& query) const
{
    QList<DealRow> deals;
    QHash<qint64, int> index;
    {
        Statement statement = query.prepare(m_db);
        while (statement.step()) {
            DealRow deal;
            deal.id = statement.int64(0);
            deal.kind = statement.text(1);
            deal.status = statement.text(2);
            if (!statement.isNull(3))
                deal.amountValue = statement.real(3);
            deal.currency = statement.text(4);
            if (!statement.isNull(5) && statement.real(5) >= 0)
                deal.usd = statement.real(5);
            deal.qualifier = statement.text(6);
            deal.amountText = statement.text(7);
            deal.time = statement.text(8);
            deal.place = statement.text(9);
            deal.evidence = statement.text(10);
            deal.evidenceStart = statement.integer(11);
            deal.evidenceEnd = statement.integer(12);
            deal.storyRowid = statement.int64(13);
            deal.storyTitle = statement.text(14);
            deal.storyDate = statement.text(15);
            index.insert(deal.id, int(deals.size()));
            deals.append(std::move(deal));
        }
    }
    if (deals.isEmpty())
        return deals;
    QList<qint64> ids = index.keys();
    SqlFragment parties{
        QStringLiteral("SELECT deal_id, coalesce(entity_id, 0), name, role FROM deal_parties WHERE "), {}};
    parties.append(inRowids(QStringLiteral("deal_id"), ids));
    parties.append(QStringLiteral(" ORDER BY deal_id, rowid"));
    Statement statement = parties.prepare(m_db);
    while (statement.step()) {
        const auto it = index.constFind(statement.int64(0));
        if (it != index.constEnd())
            deals[*it].parties.append({statement.int64(1), statement.text(2), statement.text(3)});
    }
    return deals;
}

namespace {

const QString dealColumns =
    QStringLiteral("SELECT d.id, d.kind, d.status, d.amount_value, d.currency, d.usd, d.qualifier, "
                   "d.amount_text, d.time_expr, "
                   "d.place, d.evidence, d.evidence_start, d.evidence_end, d.story_rowid, s.title, s.date "
                   "FROM deals d JOIN stories s ON s.rowid = d.story_rowid");

}

QList<DealRow> DealTableQuery::rows(const QList<qint64>& entityIds, const SqlFragment& stories,
                                    int limit) const
{
    SqlFragment query{dealColumns, {}};
    query.append(where(entityIds, stories));
    query.append(QStringLiteral(" ORDER BY d.id DESC LIMIT ?"), {limit});
    return read(query);
}

qint64 DealTableQuery::count(const QList<qint64>& entityIds, const SqlFragment& stories) const
{
    SqlFragment query{QStringLiteral("SELECT count(*) FROM deals d"), {}};
    query.append(where(entityIds, stories));
    Statement statement = query.prepare(m_db);
    return statement.step() ? statement.int64(0) : 0;
}

QList<DealRow> DealTableQuery::forStory(qint64 storyRowid) const
{
    SqlFragment query{dealColumns +
                          QStringLiteral(" WHERE d.story_rowid = ? ORDER BY d.evidence_start, d.id"),
                      {storyRowid}};
    return read(query);
}

} // namespace ws
