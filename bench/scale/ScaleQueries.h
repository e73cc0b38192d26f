#pragma once

// The fixed query set of the scale benchmark, over the generated corpus's vocabulary: words,
// phrases, prefixes, operators, fields, entity fields and Chinese. Entity names come from the
// corpus manifest (which takes them from the gazetteers), never from this file.

#include <QJsonObject>
#include <QList>
#include <QString>

namespace scale {

struct ScaleQuery
{
    QString kind;
    QString wirescope; // the search language (docs/SEARCH.md)
    QString fts5;      // the same words as a bare FTS5 MATCH expression
    QString recoll;    // the same words in Recoll's query language
};

inline QList<ScaleQuery> scaleQueries(const QJsonObject& names)
{
    QList<ScaleQuery> q;
    auto same = [&](const char* kind, const QString& text) { q.append({QString::fromLatin1(kind), text, text, text}); };
    for (const char* word : {"capacity", "tariffs", "subsidies", "shareholders", "inventories", "yields", "wafers",
                             "revenue estimates", "equipment deliveries", "smartphone shipments"})
        same("words", QString::fromUtf8(word));
    for (const char* phrase : {"\"export controls\"", "\"gross margin\"", "\"net profit\"", "\"funding round\"",
                               "\"contract prices\""})
        same("phrase", QString::fromUtf8(phrase));
    for (const char* prefix : {"subsid*", "acqui*", "export*", "manufactur*", "semicon*"})
        same("prefix", QString::fromUtf8(prefix));
    same("operators", QStringLiteral("tariffs OR subsidies"));
    q.append({QStringLiteral("operators"), QStringLiteral("capacity -tariffs"), QStringLiteral("capacity NOT tariffs"),
              QStringLiteral("capacity -tariffs")});
    // FTS5 (3.40) wants an explicit AND after a group.
    q.append({QStringLiteral("operators"), QStringLiteral("(yen OR won) profit"), QStringLiteral("(yen OR won) AND profit"),
              QStringLiteral("(yen OR won) profit")});
    same("fields", QStringLiteral("title:profit"));
    same("fields", QStringLiteral("title:tariffs"));

    auto name = [&](const char* key) { return names.value(QLatin1String(key)).toString(); };
    auto quoted = [](const QString& text) { return QLatin1Char('"') + text + QLatin1Char('"'); };
    auto entity = [&](const char* field, const char* key, const char* ftsKey, const QString& extra = {}) {
        const QString value = name(key);
        const QString words = name(ftsKey).isEmpty() ? value : name(ftsKey);
        if (value.isEmpty())
            return;
        const QString tail = extra.isEmpty() ? QString() : QLatin1Char(' ') + extra;
        q.append({QStringLiteral("entity"), QLatin1String(field) + QLatin1Char(':') + quoted(value) + tail,
                  quoted(words) + tail, quoted(words) + tail});
    };
    entity("company", "focus_company", "focus_short");
    entity("company", "focus_company", "focus_short", QStringLiteral("capacity"));
    entity("company", "top_company", "top_short");
    entity("person", "top_person", "top_person");
    entity("tech", "top_technology", "top_technology");
    entity("tech", "second_technology", "second_technology");
    entity("place", "top_city", "top_city");
    entity("org", "top_organization", "top_organization");
    q.append({QStringLiteral("entity"), QStringLiteral("deal:acquisition"), QStringLiteral("acqui*"), QStringLiteral("acqui*")});

    for (const char* key : {"focus_zh_hant", "top_zh_hant"}) {
        if (!name(key).isEmpty())
            same("chinese", name(key));
    }
    same("chinese", QString::fromUtf8("投資"));
    same("chinese", QString::fromUtf8("新台幣"));
    return q;
}

} // namespace scale
