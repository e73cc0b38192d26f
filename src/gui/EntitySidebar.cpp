#include "EntitySidebar.h"

#include "DealTableModel.h"
#include "ModelRoles.h"
#include "PlainToolTip.h"
#include "StoryEntitiesModel.h"
#include "ui_EntitySidebar.h"

#include <QGuiApplication>
#include <QSettings>

namespace ws {

EntitySidebar::EntitySidebar(QWidget* parent)
    : QWidget(parent), m_ui(new Ui::EntitySidebar), m_entities(new StoryEntitiesModel(this))
{
    m_ui->setupUi(this);
    m_ui->entityTree->setModel(m_entities);
    m_ui->entityTree->header()->setStretchLastSection(false);
    m_ui->entityTree->header()->setSectionResizeMode(StoryEntitiesModel::NameColumn, QHeaderView::Stretch);
    m_ui->entityTree->header()->setSectionResizeMode(StoryEntitiesModel::MentionsColumn,
                                                     QHeaderView::ResizeToContents);

    connect(m_ui->entityTree, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        if (const auto entity = entityAt(index))
            emit entityActivated(*entity, QGuiApplication::keyboardModifiers() & Qt::ControlModifier);
    });
    connect(m_ui->entityTree, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (const auto entity = entityAt(m_ui->entityTree->indexAt(pos)))
            emit entityMenuRequested(*entity, m_ui->entityTree->viewport()->mapToGlobal(pos));
    });
    connect(m_ui->dealList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit evidenceActivated(item->data(Qt::UserRole).toString()); });
    clear();
}

EntitySidebar::~EntitySidebar() = default;

void EntitySidebar::showStory(const StoryDetail& story)
{
    m_entities->setEntities(story.entities);
    m_ui->entityTree->expandAll();
    m_ui->entitiesLabel->setText(tr("Entities in this story (%1)").arg(story.entities.size()));

    m_ui->dealList->clear();
    for (const DealRow& deal : story.deals) {
        // "investment (planned) · US$2.4 billion", then the parties; click to find the evidence.
        QString text = deal.status.isEmpty() ? deal.kind : tr("%1 (%2)").arg(deal.kind, deal.status);
        const QString amount = DealTableModel::amountText(deal);
        if (!amount.isEmpty())
            text += QStringLiteral(" · ") + amount;
        if (!deal.parties.isEmpty())
            text += QLatin1Char('\n') + deal.partiesText();
        auto* item = new QListWidgetItem(text, m_ui->dealList);
        item->setToolTip(PlainToolTip::of(tr("Evidence: %1").arg(deal.evidence)));
        item->setData(Qt::UserRole, deal.evidence);
    }
    m_ui->dealsLabel->setText(tr("Deals in this story (%1)").arg(story.deals.size()));

    m_ui->noteList->clear();
    for (const NoteRow& note : story.notes) {
        QString text = note.body;
        if (!note.quote.isEmpty())
            text = tr("“%1”\n%2").arg(note.quote, note.body);
        if (!note.tags.isEmpty())
            text += QLatin1Char('\n') + tr("Tags: %1").arg(note.tags.join(QStringLiteral(", ")));
        auto* item = new QListWidgetItem(text.trimmed(), m_ui->noteList);
        item->setToolTip(tr("Written %1").arg(note.created));
    }
    m_ui->notesLabel->setText(tr("Notes on this story (%1)").arg(story.notes.size()));
}

void EntitySidebar::clear()
{
    m_entities->setEntities({});
    m_ui->dealList->clear();
    m_ui->noteList->clear();
    m_ui->entitiesLabel->setText(tr("Entities in this story"));
    m_ui->dealsLabel->setText(tr("Deals in this story"));
    m_ui->notesLabel->setText(tr("Notes on this story"));
}

void EntitySidebar::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("sidebar/splitter"), m_ui->splitter->saveState());
    settings.setValue(QStringLiteral("sidebar/entityHeader"), m_ui->entityTree->header()->saveState());
}

void EntitySidebar::restoreState(const QSettings& settings)
{
    m_ui->splitter->restoreState(settings.value(QStringLiteral("sidebar/splitter")).toByteArray());
    m_ui->entityTree->header()->restoreState(
        settings.value(QStringLiteral("sidebar/entityHeader")).toByteArray());
}

} // namespace ws
