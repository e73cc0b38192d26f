#pragma once

#include "ingest/IngestReport.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace ws {

class ImportProgressDialog;
class ImportRunner;
class StoreSession;

// Imports into the open database in the background: one run at a time, a progress dialog with
// Cancel, the report at the end, and a refresh of every view when new stories arrived.
class ImportController : public QObject
{
    Q_OBJECT

public:
    enum class Report
    {
        Always,
        OnProblems
    };

    ImportController(StoreSession& session, QWidget* window);
    ~ImportController() override;

    bool importPaths(const QStringList& paths, Report report = Report::Always);
    bool isRunning() const;
    void cancel();
    void wait(); // blocks until a running import ends (closing the window)
    ImportRunner* runner() const { return m_runner; }

signals:
    void runningChanged(bool running);
    void finished(const ws::IngestReport& report);
    void message(const QString& text);

private:
    void onFinished(const IngestReport& report);

    StoreSession& m_session;
    QWidget* m_window;
    ImportRunner* m_runner;
    ImportProgressDialog* m_progress;
    Report m_reportPolicy = Report::Always;
};

} // namespace ws
