#pragma once

#include <QString>

namespace ws {

// The simple Markdown of note bodies as HTML: paragraphs, "- " and "1. " lists, "#" headings,
// **bold**, *italic*, `code`. Every character of the input is escaped first, so hostile text stays
// text: the only tags in the result are the ones this class writes. Links are not made.
class SimpleMarkdown
{
public:
    static QString toHtml(const QString& markdown);

private:
    static QString inlineHtml(const QString& escaped);
};

} // namespace ws
