#include "StoryListView.h"

#include "ModelRoles.h"
#include "StoryDelegate.h"
#include "StoryListModel.h"
#include "ui_StoryListView.h"

#include <QBoxLayout>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolButton>
#include <climits>

namespace ws {

StoryListView::StoryListView(QWidget* parent)
    : QWidget(parent), m_ui(new Ui::StoryListView), m_model(new StoryListModel(this)),
      m_delegate(new StoryDelegate(this))
{
    m_ui->setupUi(this);
    m_ui->listView->setModel(m_model);
    m_ui->listView->setItemDelegate(m_delegate);
    m_ui->listView->viewport()->installEventFilter(this);
    m_ui->listView->installEventFilter(this);
    m_ui->listView->viewport()->setMouseTracking(true);

    connect(m_ui->listView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit storySelected(current.data(StoryRowidRole).toLongLong());
            });
    connect(m_model, &StoryListModel::totalChanged, this, &StoryListView::updateHeader);
    connect(m_model, &StoryListModel::failed, this, [this](const QString& message) {
        updateHeader();
        emit failed(message);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StoryListView::updateHeader);

    // A search runs on its own thread: the header says so, and the search can be stopped.
    m_stopButton = new QToolButton(this);
    m_stopButton->setObjectName(QStringLiteral("stopSearchButton"));
    m_stopButton->setText(tr("Stop search"));
    m_stopButton->setToolTip(tr("Stop the search under way (Esc in the list)"));
    m_stopButton->hide();
    if (auto* box = qobject_cast<QBoxLayout*>(layout()))
        box->insertWidget(1, m_stopButton, 0, Qt::AlignLeft);
    connect(m_stopButton, &QToolButton::clicked, m_model, &StoryListModel::cancelSearch);
    connect(m_model, &StoryListModel::searchStarted, this, &StoryListView::updateHeader);
    connect(m_model, &StoryListModel::searchFinished, this, &StoryListView::updateHeader);
}

StoryListView::~StoryListView() = default;

void StoryListView::setDatabase(Database* db)
{
    m_model->setDatabase(db);
}

void StoryListView::setFilter(const StoryFilter& filter)
{
    m_model->setFilter(filter);
}

void StoryListView::reload()
{
    const qint64 current = currentStory();
    m_model->reload();
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_ui->listView->setCurrentIndex(m_model->index(row));
}

void StoryListView::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_ui->listView->setCurrentIndex(m_model->index(row));
}

qint64 StoryListView::currentStory() const
{
    return m_ui->listView->currentIndex().data(StoryRowidRole).toLongLong();
}

void StoryListView::updateHeader()
{
    m_stopButton->setVisible(m_model->isSearching());
    if (m_model->isSearching()) {
        m_ui->headerLabel->setText(tr("Searching\u2026"));
        return;
    }
    if (!m_model->error().isEmpty()) {
        m_ui->headerLabel->setText(m_model->error());
        return;
    }
    const int total = int(std::min<qint64>(m_model->total(), INT_MAX));
    QString text = tr("Stories: %L1").arg(total);
    if (m_model->rankedNewest() > 0)
        text += tr(" (the best of the newest %L1 first, then older ones newest first)")
                    .arg(m_model->rankedNewest());
    if (m_model->rowCount() < total)
        text += tr(" (%L1 loaded; scroll for more)").arg(m_model->rowCount());
    m_ui->headerLabel->setText(text);
}

bool StoryListView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape &&
        m_model->isSearching()) {
        m_model->cancelSearch();
        return true;
    }
    if (watched == m_ui->listView->viewport() &&
        (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::MouseMove)) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const QPoint pos = mouse->position().toPoint();
        const QModelIndex index = m_ui->listView->indexAt(pos);
        std::optional<EntityRef> badge;
        if (index.isValid()) {
            QStyleOptionViewItem option;
            option.initFrom(m_ui->listView);
            option.rect = m_ui->listView->visualRect(index);
            option.font = m_ui->listView->font();
            badge = m_delegate->badgeAt(option, index, pos);
        }
        if (event->type() == QEvent::MouseMove) {
            m_ui->listView->viewport()->setCursor(badge ? Qt::PointingHandCursor : Qt::ArrowCursor);
        } else if (badge && mouse->button() == Qt::LeftButton) {
            emit entityActivated(*badge, mouse->modifiers() & Qt::ControlModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ws
