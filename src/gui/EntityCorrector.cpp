#include "EntityCorrector.h"

#include "EntityStyle.h"
#include "FilterState.h"
#include "MergeDialog.h"
#include "StoreSession.h"
#include "db/DbError.h"
#include "repo/Corrections.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace ws {

EntityCorrector::EntityCorrector(StoreSession& session, FilterState& filter, QWidget* window)
    : QObject(window), m_session(session), m_filter(filter), m_window(window)
{
}

QMenu* EntityCorrector::buildMenu(const EntityRef& entity, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(tr("%1: %2").arg(EntityStyle::singular(entity.type), entity.name));
    connect(menu->addAction(tr("&Show its stories")), &QAction::triggered, this,
            [this, entity] { m_filter.showEntity(entity); });
    QAction* add = menu->addAction(tr("&Add to the filter"));
    add->setEnabled(!m_filter.contains(entity.id));
    connect(add, &QAction::triggered, this, [this, entity] { m_filter.addEntity(entity); });
    menu->addSeparator();
    connect(menu->addAction(tr("&Rename…")), &QAction::triggered, this,
            [this, entity] { askRename(entity); });
    connect(menu->addAction(tr("&Merge into…")), &QAction::triggered, this,
            [this, entity] { askMerge(entity); });
    connect(menu->addAction(tr("Add an a&lias…")), &QAction::triggered, this,
            [this, entity] { askAlias(entity); });
    QMenu* types = menu->addMenu(tr("Change &type"));
    for (EntityType type : allEntityTypes) {
        QAction* action = types->addAction(EntityStyle::singular(type));
        action->setCheckable(true);
        action->setChecked(type == entity.type);
        action->setEnabled(type != entity.type);
        connect(action, &QAction::triggered, this, [this, entity, type] { changeType(entity, type); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("R&eject: not a real entity…")), &QAction::triggered, this,
            [this, entity] { askReject(entity); });
    return menu;
}

void EntityCorrector::showMenu(const EntityRef& entity, const QPoint& globalPos)
{
    buildMenu(entity, m_window)->popup(globalPos);
}

bool EntityCorrector::apply(const std::function<void()>& change, const QString& summary)
{
    if (!m_session.isOpen())
        return false;
    try {
        change();
    } catch (const DbError& error) {
        QMessageBox::warning(m_window, tr("Correction not saved"), error.message());
        emit failed(error.message());
        return false;
    }
    m_session.notifyDataChanged();
    emit corrected(summary);
    return true;
}

bool EntityCorrector::rename(const EntityRef& entity, const QString& newName)
{
    const QString name = newName.trimmed();
    if (name.isEmpty() || name == entity.name)
        return false;
    const bool done = apply([&] { Corrections(*m_session.database()).rename(entity.id, name); },
                            tr("Renamed “%1” to “%2”.").arg(entity.name, name));
    if (done)
        m_filter.renameEntity(entity.id, name);
    return done;
}

bool EntityCorrector::merge(const EntityRef& from, const EntityRef& into)
{
    if (from.id == into.id)
        return false;
    const bool done = apply([&] { Corrections(*m_session.database()).merge(from.id, into.id); },
                            tr("Merged “%1” into “%2”.").arg(from.name, into.name));
    if (done && m_filter.contains(from.id)) {
        m_filter.forgetEntity(from.id);
        m_filter.addEntity(into);
    } else if (done) {
        m_filter.forgetEntity(from.id);
    }
    return done;
}

bool EntityCorrector::addAlias(const EntityRef& entity, const QString& alias)
{
    const QString text = alias.trimmed();
    if (text.isEmpty())
        return false;
    return apply([&] { Corrections(*m_session.database()).addAlias(entity.id, text); },
                 tr("“%1” is now also known as “%2”.").arg(entity.name, text));
}

bool EntityCorrector::changeType(const EntityRef& entity, EntityType type)
{
    if (type == entity.type)
        return false;
    const bool done = apply([&] { Corrections(*m_session.database()).changeType(entity.id, type); },
                            tr("“%1” is now a %2.").arg(entity.name, EntityStyle::singular(type).toLower()));
    // The entity may have been folded into one of the new type: the old id is not to be trusted.
    if (done)
        m_filter.forgetEntity(entity.id);
    return done;
}

bool EntityCorrector::reject(const EntityRef& entity)
{
    const bool done = apply([&] { Corrections(*m_session.database()).reject(entity.id); },
                            tr("Rejected “%1”: it will not be extracted again.").arg(entity.name));
    if (done)
        m_filter.forgetEntity(entity.id);
    return done;
}

void EntityCorrector::askRename(const EntityRef& entity)
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, tr("Rename entity"),
        tr("New name for the %1 “%2”:").arg(EntityStyle::singular(entity.type).toLower(), entity.name),
        QLineEdit::Normal, entity.name, &ok);
    if (ok)
        rename(entity, name);
}

void EntityCorrector::askMerge(const EntityRef& entity)
{
    if (!m_session.isOpen())
        return;
    MergeDialog dialog(*m_session.database(), entity, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        if (const auto target = dialog.target())
            merge(entity, *target);
    }
}

void EntityCorrector::askAlias(const EntityRef& entity)
{
    bool ok = false;
    const QString alias = QInputDialog::getText(m_window, tr("Add an alias"),
                                                tr("Another name for “%1” (a short form, a ticker, a name in "
                                                   "another script):")
                                                    .arg(entity.name),
                                                QLineEdit::Normal, QString(), &ok);
    if (ok)
        addAlias(entity, alias);
}

void EntityCorrector::askReject(const EntityRef& entity)
{
    const auto answer =
        QMessageBox::question(m_window, tr("Reject entity"),
                              tr("Reject “%1” as a false %2? Its mentions are removed and it will not be "
                                 "found again when the corpus "
                                 "is extracted again.")
                                  .arg(entity.name, EntityStyle::singular(entity.type).toLower()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        reject(entity);
}

} // namespace ws
