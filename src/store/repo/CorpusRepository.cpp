#include "repo/CorpusRepository.h"

#include "db/Database.h"
#include "db/Statement.h"

namespace ws {

void CorpusRepository::forEachStory(const std::function<void(const StoryRecord&)>& visit) const
{
    auto query = m_db.prepare(QStringLiteral(
        "SELECT rowid, id, title, date, source_path, line_start, line_end, url, feed, chars FROM stories ORDER BY rowid"));
    while (query.step()) {
        StoryRecord record;
        record.rowid = query.int64(0);
        record.id = query.text(1);
        record.title = query.text(2);
        record.date = query.text(3);
        record.sourcePath = query.text(4);
        record.lineStart = query.integer(5);
        record.lineEnd = query.integer(6);
        record.url = query.text(7);
        record.feed = query.text(8);
        record.chars = query.int64(9);
        visit(record);
    }
}

void CorpusRepository::forEachEntity(std::optional<EntityType> type,
                                     const std::function<void(const EntityRecord&)>& visit) const
{
    auto query = m_db.prepare(QStringLiteral(
        "SELECT e.id, e.type, e.name, e.mention_count, e.story_count, p.name, "
        "  (SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM aliases WHERE entity_id=e.id AND alias<>e.name ORDER BY alias)) "
        "FROM entities e LEFT JOIN entities p ON p.id=e.parent_id "
        "WHERE (?1 IS NULL OR e.type=?1) AND e.story_count > 0 "
        "ORDER BY e.story_count DESC, e.mention_count DESC, e.name"));
    if (type)
        query.bind(1, entityTypeName(*type));
    while (query.step()) {
        EntityRecord record;
        record.id = query.int64(0);
        record.type = entityTypeFromName(query.text(1)).value_or(EntityType::Company);
        record.name = query.text(2);
        record.mentions = query.integer(3);
        record.stories = query.integer(4);
        record.parent = query.text(5);
        const QString aliases = query.text(6);
        if (!aliases.isEmpty())
            record.aliases = aliases.split(QChar(31));
        visit(record);
    }
}

void CorpusRepository::forEachDeal(const std::function<void(const DealRecord&)>& visit) const
{
    auto query = m_db.prepare(QStringLiteral(
        "SELECT d.id, d.kind, d.status, d.amount_value, d.currency, d.usd, d.qualifier, d.amount_text, s.id, s.title, "
        "d.evidence, d.evidence_start, d.evidence_end, d.time_expr, d.place "
        "FROM deals d JOIN stories s ON s.rowid=d.story_rowid ORDER BY d.id"));
    auto parties = m_db.prepare(QStringLiteral(
        "SELECT coalesce(e.name, p.name), p.role FROM deal_parties p LEFT JOIN entities e ON e.id=p.entity_id "
        "WHERE p.deal_id=?1 ORDER BY p.rowid"));
    while (query.step()) {
        DealRecord record;
        record.id = query.int64(0);
        record.kind = query.text(1);
        record.status = query.text(2);
        if (!query.isNull(3)) {
            AmountRecord amount;
            amount.value = query.real(3);
            amount.currency = query.text(4);
            if (!query.isNull(5))
                amount.usd = query.real(5);
            amount.qualifier = query.text(6);
            amount.text = query.text(7);
            record.amount = amount;
        }
        record.storyId = query.text(8);
        record.storyTitle = query.text(9);
        record.evidence = query.text(10);
        record.evidenceStart = query.integer(11);
        record.evidenceEnd = query.integer(12);
        record.time = query.text(13);
        record.place = query.text(14);
        parties.bind(1, record.id);
        while (parties.step())
            record.parties.append({parties.text(0), parties.text(1)});
        parties.reset();
        visit(record);
    }
}

int CorpusRepository::storyCount() const
{
    auto query = m_db.prepare(QStringLiteral("SELECT count(*) FROM stories"));
    return query.step() ? query.integer(0) : 0;
}

} // namespace ws
