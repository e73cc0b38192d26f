#include "MergeDialog.h"

#include "EntityStyle.h"
#include "EntityTableModel.h"
#include "ModelRoles.h"
#include "ui_MergeDialog.h"

#include <QPushButton>
#include <QSortFilterProxyModel>

namespace ws {

MergeDialog::MergeDialog(Database& db, const EntityRef& from, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::MergeDialog), m_from(from),
      m_model(new EntityTableModel({from.type}, this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->promptLabel->setText(
        tr("Merge the %1 “%2” into another %1. Its mentions, aliases and deals move to "
           "the one you pick, and the merge is kept when the corpus is extracted again.")
            .arg(EntityStyle::singular(from.type).toLower(), from.name));
    m_model->load(&db, {});
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_ui->candidateView->setModel(m_proxy);
    m_ui->candidateView->sortByColumn(EntityTableModel::StoriesColumn, Qt::DescendingOrder);
    m_ui->candidateView->setColumnWidth(EntityTableModel::NameColumn, 200);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->candidateView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MergeDialog::updateOk);
    connect(m_ui->candidateView, &QTreeView::doubleClicked, this, [this] {
        if (target())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

MergeDialog::~MergeDialog() = default;

std::optional<EntityRef> MergeDialog::target() const
{
    const auto entity = entityAt(m_ui->candidateView->currentIndex());
    if (!entity || entity->id == m_from.id)
        return std::nullopt;
    return entity;
}

void MergeDialog::setFilterText(const QString& text)
{
    m_ui->filterEdit->setText(text);
    if (m_proxy->rowCount() > 0)
        m_ui->candidateView->setCurrentIndex(m_proxy->index(0, 0));
}

void MergeDialog::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(target().has_value());
}

} // namespace ws
