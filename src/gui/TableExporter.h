#pragma once

#include "notes/CorpusExporter.h"

#include <QObject>
#include <functional>

class QWidget;

namespace ws {

class FilterState;
class StoreSession;

// The File menu's exports: the stories the filter lists, the entities table and the deals table, as
// CSV or JSON (by the suffix chosen). The file dialog asks before replacing a file; the file is
// written atomically, so a failed export leaves any old file as it was.
class TableExporter : public QObject
{
    Q_OBJECT

public:
    // Asks for the file to write (title, suggested path); an empty answer cancels.
    using PathChooser = std::function<QString(const QString& title, const QString& suggested)>;

    TableExporter(StoreSession& session, FilterState& filter, QWidget* dialogParent);

    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }
    // Returns true when the file was written; a failure is reported through failed().
    bool exportTable(CorpusExporter::Table table);

signals:
    void written(const QString& message);
    void failed(const QString& message);

private:
    QString askPath(CorpusExporter::Table table) const;

    StoreSession& m_session;
    FilterState& m_filter;
    QWidget* m_dialogParent;
    PathChooser m_choosePath;
};

} // namespace ws
