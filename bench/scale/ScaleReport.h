#pragma once

// Turns the scale benchmark's results (JSON lines, one per measurement) into the Markdown tables of
// docs/PERFORMANCE.md: import, search latency, entity filter, the aims, and per-query figures.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace scale {

class ScaleReport
{
public:
    // The last record of each (size, row): a rerun of one step replaces its figures.
    void add(const QJsonObject& record)
    {
        m_rows[record.value(QStringLiteral("size")).toInteger()][record.value(QStringLiteral("row")).toString()] = record;
    }

    QString markdown(const QString& machine, const QString& date) const
    {
        QString o;
        o += QStringLiteral("Measured %1 on %2.\n\n").arg(date, machine);
        o += importTable() + searchTable() + entityTable() + aimsTable() + perQueryTable();
        return o;
    }

private:
    using Row = QJsonObject;

    static QString count(qint64 n) { return QLocale(QLocale::English).toString(n); }
    static QString fixed(double v, int decimals) { return QString::number(v, 'f', decimals); }
    static QString ms(double v) { return v < 10 ? fixed(v, 2) : v < 100 ? fixed(v, 1) : fixed(v, 0); }
    static double num(const Row& row, const char* key) { return row.value(QLatin1String(key)).toDouble(); }

    Row row(qint64 size, const char* name) const { return m_rows.value(size).value(QLatin1String(name)); }

    // Stories per second of an import row; 0 when it did not finish.
    double speed(qint64 size, const char* name) const
    {
        const Row r = row(size, name);
        if (r.isEmpty() || r.value(QStringLiteral("stopped")).toBool() || num(r, "exit") != 0 || num(r, "seconds") <= 0)
            return 0;
        return num(r, "stories") / num(r, "seconds");
    }

    QString importTable() const
    {
        QString o = QStringLiteral(
            "### Import\n\n"
            "Each run starts from an empty database and reads the same JSON Lines file (the bare FTS5 load reads "
            "the same titles and bodies as CSV; recollindex the same stories as one file each). Peak memory is the "
            "peak resident set of the process (wait4 `ru_maxrss`).\n\n"
            "| stories | run | time (s) | stories/s | MB/s | peak memory (MB) | database (MB) |\n"
            "|---:|---|---:|---:|---:|---:|---:|\n");
        const QList<QPair<const char*, QString>> runs = {
            {"import_extract", QStringLiteral("Wirescope, with extraction")},
            {"import_plain", QStringLiteral("Wirescope, without extraction")},
            {"bare_fts5", QStringLiteral("bare FTS5 (sqlite3 shell `.import`, unicode61)")},
            {"recollindex", QStringLiteral("recollindex (one file per story)")}};
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            for (const auto& [name, label] : runs) {
                const Row r = it.value().value(QLatin1String(name));
                if (r.isEmpty()) {
                    o += QStringLiteral("| %1 | %2 | not measured%3 | | | | |\n")
                             .arg(count(it.key()), label,
                                  QString(name) == QLatin1String("recollindex") ? QStringLiteral(" (size over the runner's --recoll-max)") : QString());
                    continue;
                }
                const double seconds = num(r, "seconds");
                const bool stopped = r.value(QStringLiteral("stopped")).toBool();
                const bool failed = !stopped && num(r, "exit") != 0;
                const QString time = stopped ? QStringLiteral("> %1 (stopped)").arg(fixed(seconds, 0))
                                     : failed ? QStringLiteral("failed (exit %1)").arg(num(r, "exit"))
                                              : fixed(seconds, seconds < 10 ? 2 : 1);
                const bool done = !stopped && !failed && seconds > 0;
                o += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                         .arg(count(it.key()), label, time,
                              done ? count(qint64(num(r, "stories") / seconds)) : QStringLiteral("-"),
                              done ? fixed(num(r, "bytes") / 1e6 / seconds, 1) : QStringLiteral("-"),
                              fixed(num(r, "peak_rss_kib") / 1024.0, 0),
                              stopped ? QStringLiteral("-") : fixed(num(r, "db_bytes") / 1e6, 0));
            }
        }
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            const Row v = it.value().value(QStringLiteral("verify"));
            if (v.isEmpty())
                continue;
            o += QStringLiteral("\n%1 stories: %2 stored, %3 exact duplicates dropped (the generator wrote %4 and %5)%6.")
                     .arg(count(it.key()), count(qint64(num(v, "added"))), count(qint64(num(v, "duplicates"))),
                          count(qint64(num(v, "expected_added"))), count(qint64(num(v, "expected_duplicates"))),
                          v.value(QStringLiteral("ok")).toBool() ? QStringLiteral(": counts match")
                                                                 : QStringLiteral(": **counts differ**"));
        }
        return o + QStringLiteral("\n\n");
    }

    QString searchTable() const
    {
        QString o;
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            const Row r = it.value().value(QStringLiteral("search"));
            if (r.isEmpty())
                continue;
            if (o.isEmpty()) {
                o = QStringLiteral(
                        "### Search latency\n\n"
                        "%1 queries (words, phrases, prefixes, operators, fields, entity fields, Chinese; listed "
                        "below) x %2 runs after a warm-up, in ms. Wirescope: `ws::SearchEngine::search` (page of 50 "
                        "with snippets, total, and facets over the whole result set), and without facets. Bare FTS5: "
                        "the same page of 50 (bm25, snippet) and count on a plain FTS5 table. recollq: one process "
                        "per query (50 results), as a script would call it.\n\n"
                        "| stories | Wirescope median | p95 | Wirescope without facets median | p95 | bare FTS5 median | "
                        "p95 | recollq median | p95 |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
                        .arg(num(r, "queries"))
                        .arg(num(r, "runs"));
            }
            auto pair = [&](const char* key) {
                const QJsonObject s = r.value(QLatin1String(key)).toObject();
                return s.isEmpty() ? QStringLiteral("- | -") : ms(num(s, "median")) + QStringLiteral(" | ") + ms(num(s, "p95"));
            };
            o += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                     .arg(count(it.key()), pair("wirescope"), pair("nofacets"), pair("bare"), pair("recoll"));
        }
        return o.isEmpty() ? o : o + QStringLiteral("\n");
    }

    QString entityTable() const
    {
        QString o;
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            const Row r = it.value().value(QStringLiteral("entity"));
            if (r.isEmpty())
                continue;
            if (o.isEmpty())
                o = QStringLiteral(
                    "### Entity filter\n\n"
                    "The company the generator puts in 1% of the stories. List: `ws::StoryListQuery` on the company "
                    "(newest first, with badges), the first page of 100 rows and every row in pages of 100. Facets: "
                    "`ws::SearchEngine` on `company:\"...\"` (page, total, and the top entities of each kind over all "
                    "its stories), and the facets alone (that search minus the same search without facets). Medians "
                    "in ms.\n\n"
                    "| stories | company | its stories | first page | list all | search with facets | facets alone |\n"
                    "|---:|---|---:|---:|---:|---:|---:|\n");
            o += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                     .arg(count(it.key()), r.value(QStringLiteral("company")).toString(),
                          count(qint64(num(r, "stories"))), ms(num(r, "first_page_ms")), ms(num(r, "list_all_ms")),
                          ms(num(r, "search_facets_ms")), ms(num(r, "facets_ms")));
        }
        return o.isEmpty() ? o : o + QStringLiteral("\n");
    }

    QString aimsTable() const
    {
        QString o = QStringLiteral("### Aims\n\n| aim |");
        QString rule = QStringLiteral("|---|");
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            o += QLatin1Char(' ') + count(it.key()) + QStringLiteral(" |");
            rule += QStringLiteral("---:|");
        }
        o += QLatin1Char('\n') + rule + QLatin1Char('\n');
        auto line = [&](const QString& aim, const std::function<QString(qint64)>& cell) {
            o += QStringLiteral("| ") + aim + QStringLiteral(" |");
            for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
                o += QLatin1Char(' ') + cell(it.key()) + QStringLiteral(" |");
            o += QLatin1Char('\n');
        };
        auto verdict = [](bool met) { return met ? QStringLiteral(" (met)") : QStringLiteral(" (**missed**)"); };
        line(QStringLiteral("import with extraction, speed / bare FTS5 speed (aim >= 0.5)"), [&](qint64 size) {
            const double a = speed(size, "import_extract"), b = speed(size, "bare_fts5");
            return a > 0 && b > 0 ? fixed(a / b, 2) + verdict(a / b >= 0.5) : QStringLiteral("-");
        });
        line(QStringLiteral("import with extraction, speed / recollindex speed (aim >= 10)"), [&](qint64 size) {
            const double a = speed(size, "import_extract");
            const Row r = row(size, "recollindex");
            if (a <= 0 || r.isEmpty())
                return QStringLiteral("-");
            const double recoll = num(r, "stories") / num(r, "seconds"); // an upper bound when stopped
            const QString ratio = (r.value(QStringLiteral("stopped")).toBool() ? QStringLiteral("> ") : QString()) + fixed(a / recoll, 1);
            return ratio + verdict(a / recoll >= 10);
        });
        const Row smallest = m_rows.isEmpty() ? Row() : m_rows.first().value(QStringLiteral("import_extract"));
        line(QStringLiteral("peak memory of the import with extraction, MB (aim < 500 at 1,000,000; <= 1.5x the smallest size)"),
             [&](qint64 size) {
                 const Row r = row(size, "import_extract");
                 if (r.isEmpty())
                     return QStringLiteral("-");
                 const double mb = num(r, "peak_rss_kib") / 1024.0;
                 const double ratio = smallest.isEmpty() ? 1 : num(r, "peak_rss_kib") / num(smallest, "peak_rss_kib");
                 return fixed(mb, 0) + QStringLiteral(" = ") + fixed(ratio, 2) + QStringLiteral("x") +
                        verdict(mb < 500 && ratio <= 1.5);
             });
        line(QStringLiteral("search median / bare FTS5 median (aim <= 1.5; without facets in brackets)"), [&](qint64 size) {
            const Row r = row(size, "search");
            const double bare = num(r.value(QStringLiteral("bare")).toObject(), "median");
            if (r.isEmpty() || bare <= 0)
                return QStringLiteral("-");
            const double full = num(r.value(QStringLiteral("wirescope")).toObject(), "median") / bare;
            const double page = num(r.value(QStringLiteral("nofacets")).toObject(), "median") / bare;
            return fixed(full, 2) + QStringLiteral(" (") + fixed(page, 2) + QStringLiteral(")") + verdict(full <= 1.5);
        });
        line(QStringLiteral("search median, ms (aim < 20 at 1,000,000)"), [&](qint64 size) {
            const Row r = row(size, "search");
            if (r.isEmpty())
                return QStringLiteral("-");
            const double median = num(r.value(QStringLiteral("wirescope")).toObject(), "median");
            return ms(median) + verdict(median < 20);
        });
        return o + QStringLiteral("\n");
    }

    QString perQueryTable() const
    {
        if (m_rows.isEmpty())
            return {};
        qint64 size = -1;
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            if (!it.value().value(QStringLiteral("search")).isEmpty())
                size = it.key();
        }
        if (size < 0)
            return {};
        const Row r = row(size, "search");
        QString o = QStringLiteral("### Per query at %1 stories (median ms; hits)\n\n"
                                   "| kind | query | Wirescope | no facets | bare FTS5 | recollq | hits | bare hits | recoll hits |\n"
                                   "|---|---|---:|---:|---:|---:|---:|---:|---:|\n")
                        .arg(count(size));
        for (const QJsonValue& value : r.value(QStringLiteral("per_query")).toArray()) {
            const QJsonObject q = value.toObject();
            QString text = q.value(QStringLiteral("query")).toString();
            text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
            auto cell = [&](const char* key) {
                return q.contains(QLatin1String(key)) ? ms(num(q, key)) : QStringLiteral("-");
            };
            auto hits = [&](const char* key) {
                return q.contains(QLatin1String(key)) ? count(qint64(num(q, key))) : QStringLiteral("-");
            };
            o += QStringLiteral("| %1 | `%2` | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                     .arg(q.value(QStringLiteral("kind")).toString(), text, cell("wirescope"), cell("nofacets"), cell("bare"),
                          cell("recoll"), hits("hits"), hits("bare_hits"), hits("recoll_hits"));
        }
        return o + QStringLiteral("\n");
    }

    QMap<qint64, QMap<QString, Row>> m_rows;
};

} // namespace scale
