#pragma once

#include "import/Importer.h"

namespace ws {

// RSS 2.0 (and RSS 1.0/RDF) and Atom feeds, read with QXmlStreamReader: title, link, date
// (pubDate, dc:date, published, updated), text (content:encoded, content, description, summary;
// HTML stripped to text), author (author, dc:creator), categories. The channel or feed title is
// the story's source. A truncated or malformed feed is reported with line and column; the items
// read before the error are kept.
class FeedImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("RSS/Atom feed"); }
    int sniff(QStringView head, const QString& fileName) const override;
    void parse(TextInput& input) override;
};

} // namespace ws
