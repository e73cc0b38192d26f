#pragma once

#include "view/StoryDetailQuery.h"

#include <QCoreApplication>
#include <QPalette>

namespace ws {

// Turns a story into the reader's HTML: every character of the story escaped (stories are
// untrusted input and never become markup), each mention a link "entity:<id>" shaded by its type,
// each deal's evidence sentence shaded and titled with the deal.
class StoryHtml
{
    Q_DECLARE_TR_FUNCTIONS(StoryHtml)

public:
    static QString build(const StoryDetail& story, const QPalette& palette);
    // The legend: one swatch per entity type and one for deal evidence.
    static QString legend(const QPalette& palette);
    // The entity id in an "entity:<id>" link, or 0.
    static qint64 entityIdOf(const QUrl& url);

    // The mentions that are drawn: overlapping ones give way to the earlier, longer one.
    static QList<MentionSpan> visibleMentions(const QList<MentionSpan>& mentions, int textLength);
};

} // namespace ws
