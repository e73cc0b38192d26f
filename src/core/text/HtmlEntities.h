#pragma once

#include <QString>
#include <QStringView>

namespace ws {

// Decodes HTML/SGML character references: named (&amp; &nbsp; &rsquo; ...) and numeric (&#8217;
// &#x2019;). Unknown names are left as written; references to C0 control characters (as in
// Reuters' "&#3;") are dropped, except tab and newline.
class HtmlEntities
{
public:
    static QString decode(QStringView text);
};

} // namespace ws
