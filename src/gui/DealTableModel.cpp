#include "DealTableModel.h"

#include "CoOccurrence.h"

#include "ModelRoles.h"
#include "PlainToolTip.h"
#include "db/DbError.h"
#include "view/StoryListQuery.h"

#include <QLocale>

namespace ws {

DealTableModel::DealTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DealTableModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void DealTableModel::setFilter(const StoryFilter& filter)
{
    m_filter = filter;
    reload();
}

void DealTableModel::load(Database* db, const StoryFilter& filter)
{
    m_db = db;
    m_filter = filter;
    reload();
}

void DealTableModel::reload()
{
    beginResetModel();
    m_sampledFrom = -1;
    m_rows.clear();
    m_total = 0;
    QString error;
    if (m_db) {
        try {
            const DealTableQuery query(*m_db);
            // The entities are matched against each deal; a search query narrows the stories.
            StoryFilter textOnly;
            textOnly.query = m_filter.query;
            qsizetype matched = 0;
            const SqlFragment stories =
                StoryListQuery::newestOfStorySet(*m_db, textOnly, coOccurrenceSample, &matched);
            m_sampledFrom = matched > coOccurrenceSample ? matched : -1;
            m_rows = query.rows(m_filter.entityIds, stories, rowLimit);
            m_total = m_rows.size() < rowLimit ? m_rows.size() : query.count(m_filter.entityIds, stories);
        } catch (const DbError& e) {
            m_rows.clear();
            error = e.message();
        }
    }
    endResetModel();
    if (!error.isEmpty())
        emit failed(error);
}

QString DealTableModel::amountText(const DealRow& deal)
{
    if (!deal.amountValue && !deal.usd)
        return {};
    QString text;
    if (deal.usd) {
        const double usd = *deal.usd;
        const QLocale locale;
        if (usd >= 1e9)
            text = tr("US$%1 billion").arg(locale.toString(usd / 1e9, 'f', usd >= 1e11 ? 0 : 1));
        else if (usd >= 1e6)
            text = tr("US$%1 million").arg(locale.toString(usd / 1e6, 'f', usd >= 1e8 ? 0 : 1));
        else
            text = tr("US$%1").arg(locale.toString(usd, 'f', 0));
    } else {
        text = deal.amountText.isEmpty()
                   ? QStringLiteral("%1 %2").arg(QLocale().toString(*deal.amountValue, 'f', 0), deal.currency)
                   : deal.amountText;
    }
    return deal.qualifier.isEmpty() ? text : deal.qualifier + QLatin1Char(' ') + text;
}

int DealTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DealTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DealRow& deal = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return deal.kind;
        case PartiesColumn:
            return deal.partiesText();
        case AmountColumn:
            return amountText(deal);
        case StatusColumn:
            return deal.status;
        case StoryColumn:
            return deal.storyTitle;
        case DateColumn:
            return deal.storyDate;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case AmountColumn:
            return deal.usd.value_or(-1.0);
        case PartiesColumn:
            return deal.partiesText().toLower();
        case StoryColumn:
            return deal.storyTitle.toLower();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == AmountColumn && !deal.amountText.isEmpty())
            return PlainToolTip::of(tr("As written: %1").arg(deal.amountText));
        return PlainToolTip::of(deal.evidence);
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StoryRowidRole:
        return deal.storyRowid;
    default:
        break;
    }
    return {};
}

QVariant DealTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case PartiesColumn:
        return tr("Parties");
    case AmountColumn:
        return tr("Amount (USD)");
    case StatusColumn:
        return tr("Status");
    case StoryColumn:
        return tr("Story");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

} // namespace ws
