#include "db/Database.h"
#include "db/Schema.h"
#include "db/Statement.h"
#include "search/EntityResolver.h"
#include "search/QueryCompiler.h"
#include "search/QueryParser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

// What queries compile to: FTS5 expressions made only of quoted strings, SQL filters with bound
// parameters, and entity fields resolved by name, alias (case, width, traditional/simplified) and
// technology taxonomy.
class TestQueryCompiler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ftsString();
    void text_data();
    void text();
    void filters_data();
    void filters();
    void entities_data();
    void entities();
    void whereOn();
    void unknownEntity();
    void resolverSeesNewAliases();
    void resolverSeesOtherConnections();

private:
    ws::CompiledQuery compile(const QString& query);
    QList<qint64> entityIds(const ws::CompiledQuery& compiled) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ws::Database> m_db;
    std::unique_ptr<ws::EntityResolver> m_resolver;
};

void TestQueryCompiler::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<ws::Database>(m_dir->filePath(QStringLiteral("search.db")));
    ws::Schema::upgrade(*m_db);
    QFile fixture(QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/search/corpus.sql"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    m_db->exec(QString::fromUtf8(fixture.readAll()));
    m_resolver = std::make_unique<ws::EntityResolver>(*m_db);
}

void TestQueryCompiler::cleanup()
{
    m_resolver.reset();
    m_db.reset();
    m_dir.reset();
}

ws::CompiledQuery TestQueryCompiler::compile(const QString& query)
{
    const ws::ParsedQuery parsed = ws::QueryParser::parse(query);
    if (!parsed.ok())
        qWarning() << parsed.error->message;
    return ws::QueryCompiler(*m_resolver).compile(parsed.root);
}

// The entity ids bound for the entity filters of a compiled query, sorted.
QList<qint64> TestQueryCompiler::entityIds(const ws::CompiledQuery& compiled) const
{
    QList<qint64> ids;
    for (const auto& [name, value] : compiled.parameters) {
        if (value.typeId() == QMetaType::LongLong)
            ids.append(value.toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestQueryCompiler::ftsString()
{
    QCOMPARE(ws::QueryCompiler::ftsString(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    QCOMPARE(ws::QueryCompiler::ftsString(QStringLiteral("NEAR")), QStringLiteral("\"NEAR\""));
}

void TestQueryCompiler::text_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("match");
    QTest::addColumn<QString>("where");

    QTest::newRow("word") << "TSMC"
                          << "\"TSMC\""
                          << "";
    QTest::newRow("words") << "TSMC packaging"
                           << "(\"TSMC\") AND (\"packaging\")"
                           << "";
    QTest::newRow("phrase") << "\"advanced packaging\""
                            << "\"advanced packaging\""
                            << "";
    QTest::newRow("or") << "HBM OR DRAM"
                        << "(\"HBM\") OR (\"DRAM\")"
                        << "";
    QTest::newRow("and of or") << "TSMC HBM OR DRAM"
                               << "(\"TSMC\") AND ((\"HBM\") OR (\"DRAM\"))"
                               << "";
    QTest::newRow("not") << "TSMC -Samsung"
                         << "(\"TSMC\") NOT (\"Samsung\")"
                         << "";
    QTest::newRow("two nots") << "TSMC -a NOT b"
                              << "(\"TSMC\") NOT ((\"a\") OR (\"b\"))"
                              << "";
    QTest::newRow("prefix") << "semicon*"
                            << "\"semicon\" *"
                            << "";
    QTest::newRow("prefix phrase") << "\"advanced pack\"*"
                                   << "\"advanced pack\" *"
                                   << "";
    QTest::newRow("fts5 keywords are words") << "NEAR and"
                                             << "(\"NEAR\") AND (\"and\")"
                                             << "";
    QTest::newRow("fts5 syntax is text") << "^a b+c {title}"
                                         << "(\"^a\") AND (\"b+c\") AND (\"{title}\")"
                                         << "";
    QTest::newRow("title") << "title:Blackwell"
                           << "title : \"Blackwell\""
                           << "";
    QTest::newRow("title phrase prefix") << "title:\"next co\"*"
                                         << "title : \"next co\" *"
                                         << "";
    QTest::newRow("one chinese character") << "電"
                                           << "\"電\" *"
                                           << "";
    QTest::newRow("quoted chinese character") << "\"電\""
                                              << "\"電\""
                                              << "";
    QTest::newRow("chinese word") << "台積電"
                                  << "\"台積電\""
                                  << "";
    QTest::newRow("nothing searchable dropped") << "TSMC 🚀"
                                                << "\"TSMC\""
                                                << "";
    QTest::newRow("only negative")
        << "-Samsung"
        << ""
        << "s.rowid NOT IN (SELECT rowid FROM story_fts WHERE story_fts MATCH :p1)";
    QTest::newRow("negated group") << "TSMC -(a b)"
                                   << "(\"TSMC\") NOT ((\"a\") AND (\"b\"))"
                                   << "";
    QTest::newRow("empty") << ""
                           << ""
                           << "";
}

void TestQueryCompiler::text()
{
    QFETCH(QString, query);
    QFETCH(QString, match);
    QFETCH(QString, where);
    const ws::CompiledQuery compiled = compile(query);
    QCOMPARE(compiled.match, match);
    QCOMPARE(compiled.where, where);
}

void TestQueryCompiler::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("match");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QVariantList>("values");

    QTest::newRow("after") << "after:2024-03"
                           << ""
                           << "s.date >= :p1" << QVariantList{"2024-03"};
    QTest::newRow("before") << "before:2024"
                            << ""
                            << "(s.date <> '' AND s.date < :p1)" << QVariantList{"2024"};
    QTest::newRow("deal") << "deal:Investment"
                          << ""
                          << "s.rowid IN (SELECT story_rowid FROM deals WHERE kind = :p1)"
                          << QVariantList{"investment"};
    QTest::newRow("source") << "source:Digi-Times"
                            << ""
                            << "instr(ws_fold(s.source_path || ' ' || s.feed || ' ' || s.url), :p1) > 0"
                            << QVariantList{"digi times"};
    QTest::newRow("words and filter") << "packaging after:2024"
                                      << "\"packaging\""
                                      << "s.date >= :p1" << QVariantList{"2024"};
    QTest::newRow("negated filter") << "packaging -deal:contract"
                                    << "\"packaging\""
                                    << "NOT (s.rowid IN (SELECT story_rowid FROM deals WHERE kind = :p1))"
                                    << QVariantList{"contract"};
    QTest::newRow("filter or words")
        << "deal:sanction OR CoWoS"
        << ""
        << "((s.rowid IN (SELECT story_rowid FROM deals WHERE kind = :p1)) OR (s.rowid IN (SELECT rowid FROM "
           "story_fts WHERE story_fts MATCH :p2)))"
        << QVariantList{"sanction", "\"CoWoS\""};
}

void TestQueryCompiler::filters()
{
    QFETCH(QString, query);
    QFETCH(QString, match);
    QFETCH(QString, where);
    QFETCH(QVariantList, values);
    const ws::CompiledQuery compiled = compile(query);
    QCOMPARE(compiled.match, match);
    QCOMPARE(compiled.where, where);
    QVariantList bound;
    for (const auto& parameter : compiled.parameters)
        bound.append(parameter.second);
    QCOMPARE(bound, values);
}

void TestQueryCompiler::entities_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("ids");

    QTest::newRow("name") << "company:TSMC" << QList<qint64>{1};
    QTest::newRow("case") << "company:tsmc" << QList<qint64>{1};
    QTest::newRow("alias") << "company:\"Taiwan Semiconductor Manufacturing Co\"" << QList<qint64>{1};
    QTest::newRow("alias case and spacing")
        << "company:\"taiwan  semiconductor manufacturing CO\"" << QList<qint64>{1};
    QTest::newRow("traditional alias") << "company:台積電" << QList<qint64>{1};
    QTest::newRow("simplified finds traditional") << "company:台积电" << QList<qint64>{1};
    QTest::newRow("fullwidth") << "company:ＴＳＭＣ" << QList<qint64>{1};
    QTest::newRow("accents") << "company:\"Societe Generale\"" << QList<qint64>{19};
    QTest::newRow("prefix") << "company:Sam*" << QList<qint64>{3};
    QTest::newRow("prefix chinese") << "company:三星*" << QList<qint64>{3};
    QTest::newRow("taxonomy") << "tech:CoWoS" << QList<qint64>{7, 8, 9, 20};
    QTest::newRow("taxonomy child") << "tech:CoWoS-L" << QList<qint64>{8, 20};
    QTest::newRow("taxonomy leaf") << "tech:cowos-s" << QList<qint64>{9};
    QTest::newRow("technology alias") << "tech:\"Through-Silicon Via\"" << QList<qint64>{12};
    QTest::newRow("person alias") << "person:黃仁勳" << QList<qint64>{13};
    QTest::newRow("person dotted") << "person:\"c.c. wei\"" << QList<qint64>{14};
    QTest::newRow("org") << "org:\"us commerce department\"" << QList<qint64>{15};
    QTest::newRow("place") << "place:shanghai" << QList<qint64>{16};
    QTest::newRow("type matters") << "org:shanghai" << QList<qint64>{};
    QTest::newRow("product") << "product:Blackwell" << QList<qint64>{18};
    QTest::newRow("two fields") << "company:TSMC tech:HBM" << QList<qint64>{1, 10, 11};
}

void TestQueryCompiler::entities()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, ids);
    const ws::CompiledQuery compiled = compile(query);
    QVERIFY(compiled.match.isEmpty());
    QCOMPARE(entityIds(compiled), ids);
    if (!ids.isEmpty()) {
        QVERIFY2(compiled.where.contains(QLatin1String(
                     "s.rowid IN (SELECT story_rowid FROM story_entities WHERE entity_id IN (")),
                 qPrintable(compiled.where));
        QVERIFY(compiled.notes.isEmpty());
    }
}

void TestQueryCompiler::whereOn()
{
    const ws::CompiledQuery compiled = compile(QStringLiteral("company:TSMC OR -CoWoS"));
    QCOMPARE(compiled.whereOn(QStringLiteral("+story_fts.rowid")),
             QStringLiteral(
                 "((+story_fts.rowid IN (SELECT story_rowid FROM story_entities WHERE entity_id IN (:p1))) "
                 "OR (+story_fts.rowid NOT IN (SELECT rowid FROM story_fts WHERE story_fts MATCH :p2)))"));
    QVERIFY(!compiled.needsStories);
    QVERIFY(compile(QStringLiteral("x after:2024")).needsStories);
    QVERIFY(compile(QStringLiteral("x source:a")).needsStories);
    QVERIFY(!compile(QStringLiteral("x deal:contract")).needsStories);
}

void TestQueryCompiler::unknownEntity()
{
    const ws::CompiledQuery compiled = compile(QStringLiteral("company:Intel packaging"));
    QCOMPARE(compiled.match, QStringLiteral("\"packaging\""));
    QCOMPARE(compiled.where, QStringLiteral("0"));
    QCOMPARE(compiled.notes, QStringList{QStringLiteral("No company is called 'Intel'.")});
}

void TestQueryCompiler::resolverSeesNewAliases()
{
    QCOMPARE(entityIds(compile(QStringLiteral("company:\"Team Blue\""))), QList<qint64>{});
    m_db->exec(
        QStringLiteral("INSERT INTO aliases(entity_id, alias, key) VALUES(2, 'Team Green', 'team green')"));
    QCOMPARE(entityIds(compile(QStringLiteral("company:\"team green\""))), QList<qint64>{2});
    m_db->exec(QStringLiteral("UPDATE entities SET parent_id = 10 WHERE id = 12"));
    QCOMPARE(entityIds(compile(QStringLiteral("tech:HBM"))), (QList<qint64>{10, 11, 12}));
}

void TestQueryCompiler::resolverSeesOtherConnections()
{
    QCOMPARE(entityIds(compile(QStringLiteral("company:Micron"))), QList<qint64>{});
    {
        ws::Database writer(m_db->path());
        writer.exec(QStringLiteral("INSERT INTO entities(id, type, name, key) VALUES(30, 'company', 'Micron "
                                   "Technology', 'micron')"));
        writer.exec(
            QStringLiteral("INSERT INTO aliases(entity_id, alias, key) VALUES(30, 'Micron', 'micron')"));
    }
    QCOMPARE(entityIds(compile(QStringLiteral("company:Micron"))), QList<qint64>{30});
}

QTEST_GUILESS_MAIN(TestQueryCompiler)
#include "TestQueryCompiler.moc"
