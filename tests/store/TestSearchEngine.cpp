#include "db/Database.h"
#include "db/Schema.h"
#include "db/Statement.h"
#include "ingest/ImportJob.h"
#include "search/SearchEngine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

// Search end to end on a small corpus (tests/data/search/corpus.sql): which stories each part of the
// language finds, ranking, snippets, facets over the whole result, paging, and friendly errors.
class TestSearchEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void finds_data();
    void finds();
    void rankingWeighsTitle();
    void fieldsOnlyNewestFirst();
    void snippets();
    void leadWithoutWords();
    void facetsCoverWholeResult();
    void facetsOfFieldQuery();
    void paging();
    void totalsWithFilters_data();
    void totalsWithFilters();
    void matchingRowids();
    void notes();
    void badQueries_data();
    void badQueries();
    void hostileQueriesNeverReachSqlite();
    void sqliteErrorsAreFriendly();
    void json();
    void seedCorpus();
    void facetsFollowChanges();

private:
    QList<qint64> rows(const QString& query);

    QTemporaryDir m_dir;
    std::unique_ptr<ws::Database> m_db;
    std::unique_ptr<ws::SearchEngine> m_engine;
};

void TestSearchEngine::initTestCase()
{
    m_db = std::make_unique<ws::Database>(m_dir.filePath(QStringLiteral("search.db")));
    ws::Schema::upgrade(*m_db);
    QFile fixture(QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/search/corpus.sql"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    m_db->exec(QString::fromUtf8(fixture.readAll()));
    m_engine = std::make_unique<ws::SearchEngine>(*m_db);
}

void TestSearchEngine::cleanupTestCase()
{
    m_engine.reset();
    m_db.reset();
}

// The rowids a query finds, sorted (ranking is tested on its own).
QList<qint64> TestSearchEngine::rows(const QString& query)
{
    const ws::SearchResult result = m_engine->search(query, 100);
    if (!result.ok())
        qWarning() << query << result.error->message;
    QList<qint64> found;
    for (const ws::SearchHit& hit : result.hits)
        found.append(hit.rowid);
    std::sort(found.begin(), found.end());
    if (result.total != found.size())
        qWarning() << query << "total" << result.total << "hits" << found.size();
    return found;
}

void TestSearchEngine::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("expected");

    // Words, phrases, operators
    QTest::newRow("word") << "packaging" << QList<qint64>{1, 3, 8};
    QTest::newRow("case") << "PACKAGING" << QList<qint64>{1, 3, 8};
    QTest::newRow("all words") << "packaging Shanghai" << QList<qint64>{3};
    QTest::newRow("phrase") << "\"advanced packaging\"" << QList<qint64>{1, 3};
    QTest::newRow("phrase order") << "\"packaging advanced\"" << QList<qint64>{};
    QTest::newRow("or") << "Shanghai OR Icheon" << QList<qint64>{3, 5};
    QTest::newRow("minus") << "packaging -Shanghai" << QList<qint64>{1, 8};
    QTest::newRow("NOT") << "packaging NOT Shanghai" << QList<qint64>{1, 8};
    QTest::newRow("only negative") << "-packaging -TSMC" << QList<qint64>{4, 5, 6, 7};
    QTest::newRow("prefix") << "semicon*" << QList<qint64>{1, 7};
    QTest::newRow("parentheses") << "(HBM OR sanctions) Nvidia" << QList<qint64>{4};
    QTest::newRow("negated group") << "packaging -(Nvidia OR Shanghai)" << QList<qint64>{8};
    QTest::newRow("accents ignored") << "societe generale" << QList<qint64>{7};
    QTest::newRow("accents typed") << "Café" << QList<qint64>{7};
    QTest::newRow("hyphenated") << "CoWoS-L" << QList<qint64>{1};
    QTest::newRow("numbers") << "17.1 billion" << QList<qint64>{3};
    // Chinese
    QTest::newRow("traditional substring") << "積電" << QList<qint64>{1, 2};
    QTest::newRow("traditional") << "台積電" << QList<qint64>{1, 2};
    QTest::newRow("simplified") << "台积电" << QList<qint64>{1, 2};
    QTest::newRow("other chinese") << "長鑫" << QList<qint64>{3, 6};
    QTest::newRow("single character") << "長" << QList<qint64>{3, 6};
    QTest::newRow("chinese phrase miss") << "鑫長" << QList<qint64>{};
    // Entity fields
    QTest::newRow("company") << "company:TSMC" << QList<qint64>{1, 2, 9};
    QTest::newRow("company alias traditional") << "company:台積電" << QList<qint64>{1, 2, 9};
    QTest::newRow("company alias simplified") << "company:台积电" << QList<qint64>{1, 2, 9};
    QTest::newRow("company quoted") << "company:\"Samsung Electronics\"" << QList<qint64>{4};
    QTest::newRow("company lower") << "company:nvidia" << QList<qint64>{1, 4};
    QTest::newRow("company unknown") << "company:Intel" << QList<qint64>{};
    QTest::newRow("tech taxonomy") << "tech:CoWoS" << QList<qint64>{1, 2, 9};
    QTest::newRow("tech child") << "tech:CoWoS-S" << QList<qint64>{1};
    QTest::newRow("tech parent") << "tech:HBM" << QList<qint64>{4, 5};
    QTest::newRow("person") << "person:\"Jensen Huang\"" << QList<qint64>{1};
    QTest::newRow("person alias") << "person:黃仁勳" << QList<qint64>{1};
    QTest::newRow("org") << "org:\"Commerce Department\"" << QList<qint64>{6};
    QTest::newRow("place") << "place:Shanghai" << QList<qint64>{3};
    QTest::newRow("product") << "product:Blackwell" << QList<qint64>{1};
    QTest::newRow("two entities") << "company:TSMC tech:CoWoS-L" << QList<qint64>{1, 9};
    QTest::newRow("entity or entity") << "company:Samsung OR company:\"SK Hynix\"" << QList<qint64>{4, 5};
    QTest::newRow("entity minus") << "company:TSMC -product:Blackwell" << QList<qint64>{2, 9};
    QTest::newRow("entity and words") << "company:TSMC capacity" << QList<qint64>{2};
    QTest::newRow("entity or words") << "company:CXMT OR photonics" << QList<qint64>{6, 8};
    // Other fields
    QTest::newRow("deal") << "deal:contract" << QList<qint64>{3, 4};
    QTest::newRow("deal case") << "deal:Investment" << QList<qint64>{3};
    QTest::newRow("deal unknown") << "deal:merger" << QList<qint64>{};
    QTest::newRow("title") << "title:CoWoS" << QList<qint64>{2, 9};
    QTest::newRow("title prefix") << "title:cap*" << QList<qint64>{2};
    QTest::newRow("title phrase") << "title:\"raises funds\"" << QList<qint64>{5};
    QTest::newRow("source") << "source:digitimes" << QList<qint64>{2, 9};
    QTest::newRow("source feed") << "source:\"ee times\"" << QList<qint64>{8};
    QTest::newRow("after") << "after:2024-03" << QList<qint64>{2, 3, 4, 6, 9};
    QTest::newRow("after day") << "after:2024-09-05" << QList<qint64>{4, 9};
    QTest::newRow("before") << "before:2024" << QList<qint64>{5, 8};
    QTest::newRow("range") << "after:2024 before:2024-04" << QList<qint64>{1, 2};
    QTest::newRow("everything") << "company:TSMC \"advanced packaging\" after:2024 -Hopper*"
                                << QList<qint64>{};
    QTest::newRow("everything matches")
        << "company:Nvidia \"advanced packaging\" after:2024 source:taipei" << QList<qint64>{1};
    QTest::newRow("empty query lists all") << "" << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9};
}

void TestSearchEngine::finds()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(rows(query), expected);
}

void TestSearchEngine::rankingWeighsTitle()
{
    // "CoWoS" is in the titles of 2 and 9 and only in the body of 1: titles first.
    const ws::SearchResult result = m_engine->search(QStringLiteral("CoWoS"));
    QVERIFY(result.ok());
    QCOMPARE(result.hits.size(), 3);
    QCOMPARE(result.hits.last().rowid, 1);
    QVERIFY(result.hits[0].score >= result.hits[1].score);
    QVERIFY(result.hits[1].score > result.hits[2].score);
    QVERIFY(result.hits[2].score > 0);
}

void TestSearchEngine::fieldsOnlyNewestFirst()
{
    const ws::SearchResult result = m_engine->search(QStringLiteral("company:TSMC"));
    QCOMPARE(result.hits.size(), 3);
    QCOMPARE(result.hits[0].rowid, 9); // 2024-10-10
    QCOMPARE(result.hits[1].rowid, 2); // 2024-03-02
    QCOMPARE(result.hits[2].rowid, 1); // 2024-01-17
    QCOMPARE(result.hits[0].storyId, QStringLiteral("story-9"));
    QCOMPARE(result.hits[0].date, QStringLiteral("2024-10-10"));
    QCOMPARE(result.hits[0].title, QStringLiteral("Next CoWoS variant"));
    QCOMPARE(result.hits[0].score, 0.0);
}

void TestSearchEngine::snippets()
{
    ws::SearchResult result = m_engine->search(QStringLiteral("台积电"));
    QCOMPARE(result.hits.size(), 2);
    for (const ws::SearchHit& hit : result.hits) {
        QVERIFY2(hit.snippet.contains(QStringLiteral("«台積電»")) ||
                     hit.snippet.contains(QStringLiteral("«台积电»")),
                 qPrintable(hit.snippet));
        QVERIFY(hit.snippetHtml.contains(QStringLiteral("<b>")));
    }
    result = m_engine->search(QStringLiteral("semiconductor office"));
    QCOMPARE(result.hits.size(), 1);
    QCOMPARE(result.hits[0].snippet,
             QStringLiteral("Société Générale & partners financed the <new> «semiconductor» «office»."));
    QCOMPARE(result.hits[0].snippetHtml,
             QStringLiteral("Société Générale &amp; partners financed the &lt;new&gt; <b>semiconductor</b> "
                            "<b>office</b>."));
    // An accent-free query still highlights the accented word.
    result = m_engine->search(QStringLiteral("societe"));
    QVERIFY2(result.hits[0].snippet.contains(QStringLiteral("«Société»")),
             qPrintable(result.hits[0].snippet));
}

void TestSearchEngine::leadWithoutWords()
{
    const ws::SearchResult result = m_engine->search(QStringLiteral("deal:sanction"));
    QCOMPARE(result.hits.size(), 1);
    QVERIFY(result.hits[0].snippet.startsWith(QStringLiteral("The Biden administration is weighing")));
    QVERIFY(result.hits[0].snippet.size() <= 201);
    QVERIFY(!result.hits[0].snippet.contains(QChar(0x00AB)));
}

void TestSearchEngine::facetsCoverWholeResult()
{
    // One hit on the page, facets over all three TSMC stories.
    const ws::SearchResult result = m_engine->search(QStringLiteral("company:TSMC"), 1);
    QCOMPARE(result.total, 3);
    QCOMPARE(result.hits.size(), 1);
    QVERIFY(!result.facets.companies.isEmpty());
    QCOMPARE(result.facets.companies[0].name, QStringLiteral("TSMC"));
    QCOMPARE(result.facets.companies[0].count, 3);
    QCOMPARE(result.facets.companies[0].entityId, 1);
    QCOMPARE(result.facets.companies.size(), 2);
    QCOMPARE(result.facets.companies[1].name, QStringLiteral("Nvidia"));
    QCOMPARE(result.facets.companies[1].count, 1);
    QStringList technologies;
    for (const ws::FacetCount& facet : result.facets.technologies)
        technologies.append(QStringLiteral("%1=%2").arg(facet.name).arg(facet.count));
    QCOMPARE(technologies, (QStringList{"CoWoS=1", "CoWoS-L=1", "CoWoS-S=1", "LSI bridge=1"}));
    QCOMPARE(result.facets.people.size(), 2);
    QCOMPARE(result.facets.products.size(), 1);
    QVERIFY(result.facets.dealKinds.isEmpty());
}

void TestSearchEngine::facetsOfFieldQuery()
{
    const ws::SearchResult result = m_engine->search(QStringLiteral("packaging OR HBM OR sanctions"));
    QCOMPARE(result.total, 6);
    QStringList deals;
    for (const ws::FacetCount& facet : result.facets.dealKinds)
        deals.append(QStringLiteral("%1=%2").arg(facet.name).arg(facet.count));
    // Stories with a deal of each kind: story 3 has an investment and a contract, story 4 a contract.
    QCOMPARE(deals, (QStringList{"contract=2", "fundraising=1", "investment=1", "sanction=1"}));
    QCOMPARE(result.facets.places.size(), 2);
    QCOMPARE(result.facets.organizations.size(), 2);

    ws::SearchEngine::Options options;
    options.facets = false;
    const ws::SearchResult bare =
        m_engine->search(QStringLiteral("packaging OR HBM OR sanctions"), 50, 0, options);
    QCOMPARE(bare.total, 6);
    QVERIFY(bare.facets.companies.isEmpty() && bare.facets.dealKinds.isEmpty());
}

void TestSearchEngine::paging()
{
    const ws::SearchResult all = m_engine->search(QString(), 100);
    QCOMPARE(all.total, 9);
    QCOMPARE(all.hits.size(), 9);
    QList<qint64> paged;
    for (int offset = 0; offset < 9; offset += 4) {
        const ws::SearchResult page = m_engine->search(QString(), 4, offset);
        QCOMPARE(page.total, 9);
        for (const ws::SearchHit& hit : page.hits)
            paged.append(hit.rowid);
    }
    QList<qint64> expected;
    for (const ws::SearchHit& hit : all.hits)
        expected.append(hit.rowid);
    QCOMPARE(paged, expected);
    // Stories without a date come last.
    QCOMPARE(expected.last(), 7);
    const ws::SearchResult beyond = m_engine->search(QStringLiteral("packaging"), 10, 50);
    QCOMPARE(beyond.total, 3);
    QVERIFY(beyond.hits.isEmpty());
}

void TestSearchEngine::totalsWithFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("topCompany");
    // Limit 1, so the total and the facets come from their own set queries.
    QTest::newRow("words and entity") << "packaging company:Nvidia" << 1 << "Nvidia";
    QTest::newRow("words or entity") << "Shanghai OR company:Nvidia" << 3 << "Nvidia";
    QTest::newRow("words and date") << "packaging after:2024" << 2 << "Innotron Memory";
    QTest::newRow("words and source") << "CoWoS source:digitimes" << 2 << "TSMC";
    QTest::newRow("only fields") << "company:TSMC after:2024-02" << 2 << "TSMC";
    QTest::newRow("only negative") << "-packaging -TSMC" << 4 << "CXMT";
}

void TestSearchEngine::totalsWithFilters()
{
    QFETCH(QString, query);
    QFETCH(int, total);
    QFETCH(QString, topCompany);
    const ws::SearchResult result = m_engine->search(query, 1);
    QVERIFY(result.ok());
    QCOMPARE(result.hits.size(), 1);
    QCOMPARE(result.total, total);
    QCOMPARE(m_engine->matchingRowids(query).size(), total);
    QVERIFY(!result.facets.companies.isEmpty());
    QCOMPARE(result.facets.companies.front().name, topCompany);
}

void TestSearchEngine::matchingRowids()
{
    QList<qint64> expected;
    for (const ws::SearchHit& hit : m_engine->search(QStringLiteral("CoWoS OR packaging")).hits)
        expected.append(hit.rowid);
    QCOMPARE(m_engine->matchingRowids(QStringLiteral("CoWoS OR packaging")), expected);
    QCOMPARE(m_engine->matchingRowids(QStringLiteral("company:TSMC")), (QList<qint64>{9, 2, 1}));
    ws::QueryError error;
    QVERIFY(m_engine->matchingRowids(QStringLiteral("(CoWoS"), &error).isEmpty());
    QCOMPARE(error.position, 0);
}

void TestSearchEngine::notes()
{
    const ws::SearchResult result = m_engine->search(QStringLiteral("company:Intel"));
    QVERIFY(result.ok());
    QCOMPARE(result.total, 0);
    QCOMPARE(result.notes, QStringList{QStringLiteral("No company is called 'Intel'.")});
}

void TestSearchEngine::badQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("says");
    QTest::newRow("unclosed quote") << "TSMC CoWoS \"advanced" << 11 << "column 12";
    QTest::newRow("unclosed parenthesis") << "(TSMC OR Samsung" << 0 << "Unclosed parenthesis at column 1";
    QTest::newRow("unmatched parenthesis") << "TSMC)" << 4 << "Unmatched ')' at column 5";
    QTest::newRow("lone operator") << "TSMC OR" << 5 << "'OR' at column 6 needs a term after it";
    QTest::newRow("lone minus") << "TSMC -" << 5 << "column 6";
    QTest::newRow("unknown field") << "firm:TSMC" << 0 << "Unknown field 'firm:'";
    QTest::newRow("bad date") << "after:2024-1" << 6 << "YYYY-MM-DD";
}

void TestSearchEngine::badQueries()
{
    QFETCH(QString, query);
    QFETCH(int, position);
    QFETCH(QString, says);
    const ws::SearchResult result = m_engine->search(query);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->position, position);
    QVERIFY2(result.error->message.contains(says), qPrintable(result.error->message));
    QCOMPARE(result.total, 0);
    QVERIFY(result.hits.isEmpty());
}

void TestSearchEngine::hostileQueriesNeverReachSqlite()
{
    // FTS5 and SQL syntax typed by the user is only ever searched for as text.
    const QStringList queries = {
        QStringLiteral("NEAR(a b)"),  QStringLiteral("^TSMC"),
        QStringLiteral("a + b"),      QStringLiteral("{title}"),
        QStringLiteral("title : x"),  QStringLiteral("'; DROP TABLE stories; --"),
        QStringLiteral("\"a\"\"b\""), QStringLiteral("* OR *"),
        QStringLiteral("x AND"),      QStringLiteral("rank"),
        QStringLiteral("body:x"),     QStringLiteral("company:\"'; DROP TABLE x\""),
        QStringLiteral("source:%"),   QStringLiteral("deal:'"),
        QStringLiteral("🚀"),          QStringLiteral("\u0000\u0001"),
        QStringLiteral("AND OR NOT"),
    };
    for (const QString& query : queries) {
        const ws::SearchResult result = m_engine->search(query);
        if (!result.ok()) {
            const QString message = result.error->message.toLower();
            QVERIFY2(!message.contains(QLatin1String("fts5")) && !message.contains(QLatin1String("syntax")) &&
                         !message.contains(QLatin1String("sqlite")),
                     qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("column")),
                     qPrintable(query + QLatin1String(": ") + message));
        }
    }
    QCOMPARE(rows(QString()).size(), 9);
}

void TestSearchEngine::sqliteErrorsAreFriendly()
{
    QTemporaryDir dir;
    ws::Database db(dir.filePath(QStringLiteral("broken.db")));
    ws::Schema::upgrade(db);
    db.exec(QStringLiteral("DROP TABLE story_fts"));
    ws::SearchEngine engine(db);
    const ws::SearchResult result = engine.search(QStringLiteral("TSMC"));
    QVERIFY(!result.ok());
    QVERIFY2(!result.error->message.contains(QLatin1String("no such table")),
             qPrintable(result.error->message));
    QVERIFY(result.error->message.contains(QLatin1String("could not run")));
    ws::QueryError error;
    QVERIFY(engine.matchingRowids(QStringLiteral("TSMC"), &error).isEmpty());
    QVERIFY(!error.message.isEmpty());
}

void TestSearchEngine::json()
{
    const QJsonObject object = m_engine->search(QStringLiteral("company:TSMC CoWoS")).toJson();
    QCOMPARE(object.value(QStringLiteral("total")).toInt(), 3);
    const QJsonArray results = object.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    QVERIFY(
        results[0].toObject().value(QStringLiteral("story")).toString().startsWith(QLatin1String("story-")));
    QVERIFY(results[0].toObject().value(QStringLiteral("snippet")).toString().contains(QStringLiteral("«")));
    const QJsonObject facets = object.value(QStringLiteral("facets")).toObject();
    QCOMPARE(facets.value(QStringLiteral("companies"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("TSMC"));
    const QJsonObject error = m_engine->search(QStringLiteral("\"x")).toJson();
    QCOMPARE(error.value(QStringLiteral("error")).toObject().value(QStringLiteral("position")).toInt(), 0);
}

void TestSearchEngine::seedCorpus()
{
    // The seed corpus through the real import pipeline (importer, extractor, ingest), then search.
    const QString seed = QStringLiteral(WIRESCOPE_SHARED_DIR "/seeds/000_71db38fd1f1d79a9.txt");
    if (!QFile::exists(seed))
        QSKIP("The shared seed corpus is absent.");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seed.db"));
    {
        ws::Database created(path);
        ws::Schema::upgrade(created);
    }
    const ws::IngestReport report = ws::ImportJob(path, {seed}).run();
    QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
    QVERIFY2(report.added > 0, qPrintable(report.files.isEmpty() || report.files.front().issues.isEmpty()
                                              ? QStringLiteral("nothing imported")
                                              : report.files.front().issues.front().message));
    ws::Database db(path);
    ws::SearchEngine engine(db);

    auto storiesWhere = [&](const QString& condition) {
        QList<qint64> found;
        ws::Statement query =
            db.prepare(QStringLiteral("SELECT rowid FROM stories WHERE %1 ORDER BY rowid").arg(condition));
        while (query.step())
            found.append(query.int64(0));
        return found;
    };
    auto sorted = [](QList<qint64> list) {
        std::sort(list.begin(), list.end());
        return list;
    };
    QVERIFY(!storiesWhere(QStringLiteral("1")).isEmpty());
    const QList<qint64> tsmc = storiesWhere(QStringLiteral("instr(title || ' ' || body, 'TSMC') > 0"));
    QCOMPARE(tsmc.size(), 2);
    QCOMPARE(sorted(engine.matchingRowids(QStringLiteral("company:TSMC"))), tsmc);
    QCOMPARE(sorted(engine.matchingRowids(QStringLiteral("積電"))), tsmc);
    QCOMPARE(sorted(engine.matchingRowids(QStringLiteral("台积电"))), tsmc);
    QCOMPARE(sorted(engine.matchingRowids(QStringLiteral("company:台积电"))), tsmc);

    const QList<qint64> packaging = storiesWhere(QStringLiteral("instr(body, 'CoWoS-L') > 0"));
    QCOMPARE(packaging.size(), 1);
    const QList<qint64> cowos = engine.matchingRowids(QStringLiteral("tech:CoWoS"));
    QVERIFY2(cowos.contains(packaging.front()), qPrintable(QString::number(cowos.size())));

    const ws::SearchResult result = engine.search(QStringLiteral("company:TSMC"));
    QCOMPARE(result.total, 2);
    QVERIFY(!result.facets.companies.isEmpty());
}

void TestSearchEngine::facetsFollowChanges()
{
    auto dealKinds = [this] {
        QStringList kinds;
        for (const ws::FacetCount& facet : m_engine->search(QStringLiteral("photonics")).facets.dealKinds)
            kinds.append(QStringLiteral("%1=%2").arg(facet.name).arg(facet.count));
        return kinds;
    };
    QCOMPARE(dealKinds(), QStringList{});
    m_db->exec(QStringLiteral("INSERT INTO deals(story_rowid, kind, evidence, evidence_start, evidence_end) "
                              "VALUES(8, 'fundraising', 'raised money', 30, 42)"));
    QCOMPARE(dealKinds(), QStringList{QStringLiteral("fundraising=1")});
    m_db->exec(
        QStringLiteral("INSERT INTO story_entities(entity_id, story_rowid, mentions) VALUES(4, 8, 1)"));
    QCOMPARE(m_engine->search(QStringLiteral("photonics")).facets.companies.size(), 1);
    m_db->exec(QStringLiteral("DELETE FROM deals WHERE story_rowid = 8"));
    m_db->exec(QStringLiteral("DELETE FROM story_entities WHERE story_rowid = 8"));
    QCOMPARE(dealKinds(), QStringList{});
}

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "TestSearchEngine.moc"
