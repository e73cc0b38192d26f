#include "SearchBar.h"

#include "search/QueryParser.h"
#include "ui_SearchBar.h"

#include <QWhatsThis>

namespace ws {

SearchBar::SearchBar(QWidget* parent) : QWidget(parent), m_ui(new Ui::SearchBar)
{
    m_ui->setupUi(this);
    m_ui->queryEdit->setToolTip(helpText());
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);

    connect(m_ui->queryEdit, &QLineEdit::textEdited, &m_debounce, qOverload<>(&QTimer::start));
    // The clear button changes the text without textEdited.
    connect(m_ui->queryEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && !m_lastEmitted.isEmpty())
            m_debounce.start();
    });
    connect(m_ui->queryEdit, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        m_lastEmitted = text();
        emit queryChanged(m_lastEmitted);
    });
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (text() == m_lastEmitted)
            return;
        m_lastEmitted = text();
        emit queryChanged(m_lastEmitted);
    });
    connect(m_ui->helpButton, &QToolButton::clicked, this, &SearchBar::showHelp);
    connect(m_ui->chipBar, &ChipBar::removeRequested, this, &SearchBar::chipRemoved);
    connect(m_ui->chipBar, &ChipBar::clearRequested, this, &SearchBar::chipsCleared);
}

SearchBar::~SearchBar() = default;

void SearchBar::showState(const QString& query, const QList<EntityRef>& entities)
{
    if (text() != query.trimmed()) {
        m_debounce.stop();
        m_ui->queryEdit->setText(query);
    }
    m_lastEmitted = query.trimmed();
    m_ui->chipBar->setEntities(entities);
}

QString SearchBar::text() const
{
    return m_ui->queryEdit->text().trimmed();
}

void SearchBar::focusQuery()
{
    m_ui->queryEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->queryEdit->selectAll();
}

void SearchBar::setProblem(const QString& message)
{
    // A red frame where the palette allows; the message is in the tooltip and the status bar.
    m_ui->queryEdit->setStyleSheet(
        message.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #d04040; }"));
    m_ui->queryEdit->setToolTip(message.isEmpty() ? helpText() : message);
}

void SearchBar::showHelp()
{
    QWhatsThis::showText(m_ui->helpButton->mapToGlobal(QPoint(0, m_ui->helpButton->height())), helpText(),
                         m_ui->helpButton);
}

QString SearchBar::helpText()
{
    // The language is the search engine's; its own description is shown, with the window's tips.
    return QStringLiteral("<pre>%1</pre><p>%2</p>")
        .arg(QueryParser::helpText().toHtmlEscaped(),
             tr("Click an entity anywhere to show its stories; Ctrl+click adds it to the filter; the chips "
                "remove filters; Alt+Left and Alt+Right go back and forward.")
                 .toHtmlEscaped());
}

} // namespace ws
