#include "BrowserPanel.h"

#include "ModelRoles.h"
#include "ui_BrowserPanel.h"

#include <QGuiApplication>
#include <QItemSelection>
#include <QSettings>
#include <QSortFilterProxyModel>

namespace ws {

BrowserPanel::BrowserPanel(QAbstractItemModel* model, const QString& settingsKey, QWidget* parent)
    : QWidget(parent), m_ui(new Ui::BrowserPanel), m_proxy(new QSortFilterProxyModel(this)),
      m_settingsKey(settingsKey)
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterKeyColumn(0);
    m_ui->view->setModel(m_proxy);
    setTree(false);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->view, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        if (const auto entity = entityAt(index)) {
            emit entityActivated(*entity, QGuiApplication::keyboardModifiers() & Qt::ControlModifier);
            return;
        }
        const qint64 story = index.data(StoryRowidRole).toLongLong();
        if (story > 0)
            emit storyActivated(story);
    });
    connect(m_ui->view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (const auto entity = entityAt(m_ui->view->indexAt(pos)))
            emit entityMenuRequested(*entity, m_ui->view->viewport()->mapToGlobal(pos));
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_ui->view->rootIsDecorated() && !m_ui->filterEdit->text().isEmpty())
            m_ui->view->expandAll();
    });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_ui->view->rootIsDecorated() && !text.isEmpty())
            m_ui->view->expandAll();
    });
}

BrowserPanel::~BrowserPanel() = default;

QTreeView* BrowserPanel::view() const
{
    return m_ui->view;
}

void BrowserPanel::setTree(bool tree)
{
    m_ui->view->setRootIsDecorated(tree);
    m_ui->view->setItemsExpandable(tree);
}

void BrowserPanel::setFilterAllColumns(bool all)
{
    m_proxy->setFilterKeyColumn(all ? -1 : 0);
}

void BrowserPanel::setTextFilter(const QString& text)
{
    m_ui->filterEdit->setText(text);
}

void BrowserPanel::selectEntities(const QList<qint64>& ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const QModelIndexList found =
            m_proxy->match(m_proxy->index(0, 0), EntityIdRole, QVariant::fromValue(id), 1,
                           Qt::MatchExactly | Qt::MatchRecursive);
        if (found.isEmpty())
            continue;
        if (!first.isValid())
            first = found.first();
        selection.select(found.first(), found.first().siblingAtColumn(m_proxy->columnCount() - 1));
    }
    m_ui->view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid()) {
        m_ui->view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_ui->view->scrollTo(first);
    }
}

void BrowserPanel::setSummary(const QString& text)
{
    m_ui->countLabel->setText(text);
}

void BrowserPanel::setSummaryToolTip(const QString& text)
{
    m_ui->countLabel->setToolTip(text);
}

void BrowserPanel::refreshWhenVisible()
{
    m_stale = true;
    if (isVisible())
        refreshNow();
}

void BrowserPanel::refreshNow()
{
    m_stale = false;
    if (m_refresh)
        m_refresh();
    emit refreshed();
}

void BrowserPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshNow();
}

void BrowserPanel::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("browsers/%1/header").arg(m_settingsKey),
                      m_ui->view->header()->saveState());
}

void BrowserPanel::restoreState(const QSettings& settings)
{
    const QByteArray state =
        settings.value(QStringLiteral("browsers/%1/header").arg(m_settingsKey)).toByteArray();
    if (!state.isEmpty())
        m_ui->view->header()->restoreState(state);
}

} // namespace ws
