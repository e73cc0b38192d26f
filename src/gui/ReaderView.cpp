#include "ReaderView.h"

#include "StoryHtml.h"
#include "db/DbError.h"
#include "ui_ReaderView.h"

#include <QGuiApplication>
#include <QMenu>
#include <QScrollBar>
#include <QTextDocument>

namespace ws {

ReaderView::ReaderView(QWidget* parent) : QWidget(parent), m_ui(new Ui::ReaderView)
{
    m_ui->setupUi(this);
    m_ui->legendLabel->setText(StoryHtml::legend(palette()));
    m_ui->metaLabel->hide();
    setDatabase(nullptr);
    m_ui->browser->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->browser, &QTextBrowser::anchorClicked, this, &ReaderView::onAnchor);
    connect(m_ui->browser, &QWidget::customContextMenuRequested, this, &ReaderView::showContextMenu);
}

ReaderView::~ReaderView() = default;

void ReaderView::setDatabase(Database* db)
{
    m_db = db;
    // With none open (an upgrade cancelled at start-up, a file that could not be opened), the empty
    // window says what to do.
    m_ui->browser->setPlaceholderText(db ? tr("Select a story to read it here.")
                                         : tr("No database is open. File > Open Database… opens one; "
                                              "File > New Database… makes one."));
    clear();
}

void ReaderView::showStory(qint64 rowid)
{
    if (!m_db || rowid <= 0) {
        clear();
        return;
    }
    try {
        m_story = StoryDetailQuery(*m_db).load(rowid);
    } catch (const DbError& error) {
        m_story.reset();
        emit failed(error.message());
    }
    if (!m_story) {
        clear();
        return;
    }
    render();
    m_ui->browser->verticalScrollBar()->setValue(0);
    emit storyShown(*m_story);
}

void ReaderView::reload()
{
    if (!m_story)
        return;
    const int scroll = m_ui->browser->verticalScrollBar()->value();
    showStory(m_story->rowid);
    m_ui->browser->verticalScrollBar()->setValue(scroll);
}

void ReaderView::clear()
{
    const bool had = m_story.has_value();
    m_story.reset();
    m_html.clear();
    m_ui->browser->clear();
    m_ui->metaLabel->hide();
    if (had)
        emit storyCleared();
}

void ReaderView::render()
{
    const StoryDetail& story = *m_story;
    m_html = StoryHtml::build(story, palette());
    m_ui->browser->setHtml(m_html);

    QStringList meta;
    meta.append(story.date.isEmpty() ? tr("No date") : story.date);
    if (!story.feed.isEmpty())
        meta.append(story.feed);
    if (!story.author.isEmpty())
        meta.append(tr("by %1").arg(story.author));
    if (!story.sourcePath.isEmpty()) {
        meta.append(story.lineStart > 0
                        ? tr("%1, lines %2–%3").arg(story.sourcePath).arg(story.lineStart).arg(story.lineEnd)
                        : story.sourcePath);
    }
    if (!story.url.isEmpty())
        meta.append(story.url); // shown as text: a story's URL is never opened by itself
    m_ui->metaLabel->setText(meta.join(QStringLiteral("  ·  ")));
    m_ui->metaLabel->show();
}

void ReaderView::reveal(const QString& passage)
{
    if (passage.isEmpty())
        return;
    // The evidence is found by its text: the document's positions differ from the story offsets.
    QTextDocument* document = m_ui->browser->document();
    QTextCursor found = document->find(passage.left(80).simplified());
    if (found.isNull())
        return;
    m_ui->browser->setTextCursor(found);
    m_ui->browser->ensureCursorVisible();
}

std::optional<EntityRef> ReaderView::entityOf(const QUrl& url) const
{
    const qint64 id = StoryHtml::entityIdOf(url);
    if (id == 0 || !m_story)
        return std::nullopt;
    for (const MentionSpan& mention : m_story->mentions) {
        if (mention.entity.id == id)
            return mention.entity;
    }
    return std::nullopt;
}

void ReaderView::revealRange(int start, int end)
{
    if (!m_story || start < 0 || end <= start)
        return;
    reveal(m_story->text().mid(start, end - start));
}

void ReaderView::onAnchor(const QUrl& url)
{
    if (const auto entity = entityOf(url))
        emit entityActivated(*entity, QGuiApplication::keyboardModifiers() & Qt::ControlModifier);
}

void ReaderView::showContextMenu(const QPoint& pos)
{
    const QPoint global = m_ui->browser->viewport()->mapToGlobal(pos);
    if (const auto entity = entityOf(QUrl(m_ui->browser->anchorAt(pos)))) {
        emit entityMenuRequested(*entity, global);
        return;
    }
    QMenu* menu = m_ui->browser->createStandardContextMenu(pos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_story) {
        menu->addSeparator();
        const QString selected =
            m_ui->browser->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        QAction* passage = menu->addAction(tr("Add a note on this passage…"));
        passage->setEnabled(!selected.trimmed().isEmpty());
        const QString storyId = m_story->id;
        connect(passage, &QAction::triggered, this,
                [this, storyId, selected] { emit noteRequested(storyId, selected); });
        connect(menu->addAction(tr("Add a note on this story…")), &QAction::triggered, this,
                [this, storyId] { emit noteRequested(storyId, QString()); });
    }
    menu->popup(global);
}

void ReaderView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_ui->legendLabel->setText(StoryHtml::legend(palette()));
        if (m_story)
            render();
    }
}

} // namespace ws
