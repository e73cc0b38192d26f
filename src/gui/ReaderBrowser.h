#pragma once

#include <QTextBrowser>

namespace ws {

// A QTextBrowser for untrusted text: it never loads a resource (no remote images, no local files,
// whatever a story contains), never follows a link by itself, and shows the tooltips that the
// reader's HTML puts on entities and deal evidence.
class ReaderBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReaderBrowser(QWidget* parent = nullptr);

    QVariant loadResource(int type, const QUrl& name) override;
    int blockedLoads() const { return m_blockedLoads; }

protected:
    bool viewportEvent(QEvent* event) override;

private:
    int m_blockedLoads = 0;
};

} // namespace ws
