#pragma once

#include "import/Importer.h"

namespace ws {

// An HTML article page: the title (og:title, <title>, first <h1>), the date (article:published_time
// and similar meta tags, <time datetime>), the author, the canonical URL and the main text: the
// paragraphs inside <article> or <main>, else the container holding the most paragraph text.
// Scripts, styles, navigation, headers, footers, asides and forms are dropped.
class HtmlImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("HTML page"); }
    int sniff(QStringView head, const QString& fileName) const override;
    void parse(TextInput& input) override;
};

} // namespace ws
