#include "StoryListModel.h"

#include "ModelRoles.h"
#include "PlainToolTip.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "search/QueryParser.h"
#include "search/SearchLimits.h"

#include <QScopedValueRollback>

namespace ws {

QString StoryListModel::shortDate(const QString& iso)
{
    // "2025-10-13T21:00:00+08:00" reads as "2025-10-13 21:00"; the tooltip keeps it whole.
    if (iso.size() >= 16 && iso.at(10) == QLatin1Char('T'))
        return iso.left(10) + QLatin1Char(' ') + iso.mid(11, 5);
    return iso;
}

StoryListModel::StoryListModel(QObject* parent) : QAbstractListModel(parent), m_search(new StorySearch(this))
{
    connect(m_search, &StorySearch::finished, this, &StoryListModel::showAnswer);
    connect(m_search, &StorySearch::failed, this, &StoryListModel::showFailure);
}

StoryListModel::~StoryListModel() = default;

void StoryListModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void StoryListModel::setFilter(const StoryFilter& filter)
{
    m_filter = filter;
    reload();
}

void StoryListModel::load(Database* db, const StoryFilter& filter)
{
    m_db = db;
    m_filter = filter;
    reload();
}

bool StoryListModel::searchesInBackground() const
{
    // A file another connection can open (an in-memory database is searched here), and a query that
    // parses (a bad one fails here and now, with its message).
    return m_db && m_filter.hasQuery() && !m_db->path().isEmpty() &&
           m_db->path() != QLatin1String(":memory:") && QueryParser::parse(m_filter.query).ok();
}

void StoryListModel::reload()
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_query.reset();
    m_total = 0;
    m_error.clear();
    m_ticket = 0;
    m_rankedNewest = 0;
    m_searching = searchesInBackground();
    if (m_searching) {
        m_ticket = m_search->start(m_db->path(), m_filter, pageSize);
        endResetModel();
        emit searchStarted();
        return;
    }
    m_search->cancel();
    if (m_db) {
        try {
            m_query = std::make_unique<StoryListQuery>(*m_db, m_filter);
            m_total = m_query->total();
            m_rows = m_query->fetch(pageSize);
        } catch (const DbError& error) {
            m_query.reset();
            m_rows.clear();
            m_total = 0;
            m_error = error.message();
        }
    }
    endResetModel();
    if (m_error.isEmpty())
        emit totalChanged(m_total);
    else
        emit failed(m_error);
}

void StoryListModel::showAnswer(const StorySearch::Answer& answer)
{
    if (answer.ticket != m_ticket || !m_db)
        return; // an answer to a query the list no longer shows
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_searching = false;
    m_ticket = 0;
    // The window's connection keeps the search, so the browsers that follow it do not search again.
    StoryMatcher::remember(*m_db, answer.filter.query, answer.match);
    m_query = std::make_unique<StoryListQuery>(*m_db, m_filter, answer.match, answer.firstPage.size());
    m_rows = answer.firstPage;
    m_total = m_query->total();
    const int candidates = SearchLimits{}.rankCandidates;
    m_rankedNewest =
        !answer.match.ftsMatch.isEmpty() && answer.match.queryRowids.size() > candidates ? candidates : 0;
    endResetModel();
    emit totalChanged(m_total);
    emit searchFinished();
}

void StoryListModel::showFailure(quint64 ticket, const QString& message)
{
    if (ticket != m_ticket)
        return;
    m_searching = false;
    m_ticket = 0;
    m_error = message;
    emit failed(m_error);
    emit searchFinished();
}

void StoryListModel::cancelSearch()
{
    if (!m_searching)
        return;
    m_search->cancel();
    showFailure(m_ticket, tr("The search was stopped."));
}

int StoryListModel::rowOf(qint64 rowid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).rowid == rowid)
            return i;
    }
    return -1;
}

int StoryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StoryListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoryRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.title.isEmpty() ? tr("(untitled)") : row.title;
    case Qt::ToolTipRole:
        return PlainToolTip::of(
            QStringLiteral("%1\n%2 · %3")
                .arg(row.title, row.date.isEmpty() ? tr("no date") : row.date, row.source));
    case StoryRowidRole:
        return row.rowid;
    case DateRole:
        return shortDate(row.date);
    case SourceRole:
        return row.source;
    case SnippetRole:
        return row.snippet;
    case BadgesRole:
        return QVariant::fromValue(row.badges);
    default:
        return {};
    }
}

bool StoryListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_changing && m_query && !m_query->atEnd();
}

void StoryListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QList<StoryRow> page;
    try {
        page = m_query->fetch(pageSize);
    } catch (const DbError& error) {
        m_query.reset(); // stop fetching; what was shown stays
        m_error = error.message();
        emit failed(m_error);
        return;
    }
    if (page.isEmpty())
        return;
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(std::move(page));
    endInsertRows();
}

} // namespace ws
