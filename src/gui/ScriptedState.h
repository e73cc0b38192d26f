#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ws {

class MainWindow;

// Puts the window in a state described on the command line, for screenshots and demos (the hidden
// option --state): steps separated by ';', each one of
//   <type>:<name>   filter by the entity (company:, person:, tech:, org:, place:, product:)
//   +<type>:<name>  add the entity to the filter (as Ctrl+click does)
//   query:<text>    the search query
//   story:<row>     select the story in that row of the list (0 is the first)
//   tab:<name>      show a browser tab (companies, technologies, people, deals)
//   browsers:<px>   make the browser tabs that wide
class ScriptedState
{
    Q_DECLARE_TR_FUNCTIONS(ScriptedState)

public:
    // Applies every step; returns the problems (a step that names nothing found), empty when all went.
    static QStringList apply(MainWindow& window, const QString& spec);
};

} // namespace ws
