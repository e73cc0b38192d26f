#include "search/QueryParser.h"

#include <QTest>

using ws::ParsedQuery;
using ws::QueryParser;

// The search language without a database: every construct parses to the expected tree, and every
// kind of bad query gives a message that names the column, never a crash.
class TestQueryParser : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void fieldDetails();
    void errors_data();
    void errors();
    void neverCrashes();
    void helpText();
};

void TestQueryParser::parses_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("tree");

    QTest::newRow("empty") << QString() << "(ALL)";
    QTest::newRow("blank") << "   \t "
                           << "(ALL)";
    QTest::newRow("one word") << "TSMC"
                              << "TSMC";
    QTest::newRow("words are AND") << "TSMC packaging"
                                   << "(AND TSMC packaging)";
    QTest::newRow("explicit AND") << "TSMC AND packaging"
                                  << "(AND TSMC packaging)";
    QTest::newRow("phrase") << "\"advanced packaging\""
                            << "\"advanced packaging\"";
    QTest::newRow("phrase and word") << "HBM \"advanced packaging\""
                                     << "(AND HBM \"advanced packaging\")";
    QTest::newRow("typographic quotes") << "“advanced packaging”"
                                        << "\"advanced packaging\"";
    QTest::newRow("quote in word position") << "a\"b c\""
                                            << "(AND a \"b c\")";
    QTest::newRow("or") << "HBM OR DRAM"
                        << "(OR HBM DRAM)";
    QTest::newRow("or chain") << "a OR b OR c"
                              << "(OR a b c)";
    QTest::newRow("or binds tighter than and") << "TSMC CoWoS OR HBM"
                                               << "(AND TSMC (OR CoWoS HBM))";
    QTest::newRow("lowercase or is a word") << "this or that"
                                            << "(AND this or that)";
    QTest::newRow("minus") << "TSMC -Samsung"
                           << "(AND TSMC (NOT Samsung))";
    QTest::newRow("NOT") << "TSMC NOT Samsung"
                         << "(AND TSMC (NOT Samsung))";
    QTest::newRow("only negative") << "-Samsung"
                                   << "(NOT Samsung)";
    QTest::newRow("hyphen inside a word") << "CoWoS-L"
                                          << "CoWoS-L";
    QTest::newRow("minus phrase") << "-\"Samsung Electronics\""
                                  << "(NOT \"Samsung Electronics\")";
    QTest::newRow("prefix") << "semicon*"
                            << "semicon*";
    QTest::newRow("prefix phrase") << "\"advanced pack\"*"
                                   << "\"advanced pack\"*";
    QTest::newRow("parentheses") << "(HBM OR DRAM) Korea"
                                 << "(AND (OR HBM DRAM) Korea)";
    QTest::newRow("nested") << "a (b (c OR d))"
                            << "(AND a (AND b (OR c d)))";
    QTest::newRow("negated group") << "-(a OR b) c"
                                   << "(AND (NOT (OR a b)) c)";
    QTest::newRow("or of groups") << "(a b) OR (c d)"
                                  << "(OR (AND a b) (AND c d))";
    QTest::newRow("chinese") << "台積電"
                             << "台積電";
    QTest::newRow("company") << "company:TSMC"
                             << "company:TSMC";
    QTest::newRow("company quoted") << "company:\"Samsung Electronics\""
                                    << "company:\"Samsung Electronics\"";
    QTest::newRow("company chinese") << "company:台積電"
                                     << "company:台積電";
    QTest::newRow("fullwidth colon") << "company：台積電"
                                     << "company:台積電";
    QTest::newRow("field name case") << "Company:TSMC"
                                     << "company:TSMC";
    QTest::newRow("person") << "person:\"Jensen Huang\""
                            << "person:\"Jensen Huang\"";
    QTest::newRow("tech") << "tech:CoWoS"
                          << "tech:CoWoS";
    QTest::newRow("technology spelled out") << "technology:HBM"
                                            << "tech:HBM";
    QTest::newRow("org") << "org:EU"
                         << "org:EU";
    QTest::newRow("organization spelled out") << "organization:EU"
                                              << "org:EU";
    QTest::newRow("place") << "place:Shanghai"
                           << "place:Shanghai";
    QTest::newRow("product") << "product:Blackwell"
                             << "product:Blackwell";
    QTest::newRow("deal") << "deal:investment"
                          << "deal:investment";
    QTest::newRow("title") << "title:Blackwell"
                           << "title:Blackwell";
    QTest::newRow("title prefix") << "title:Black*"
                                  << "title:Black*";
    QTest::newRow("source") << "source:reut2-000"
                            << "source:reut2-000";
    QTest::newRow("after year") << "after:2024"
                                << "after:2024";
    QTest::newRow("after month") << "after:2024-03"
                                 << "after:2024-03";
    QTest::newRow("before day") << "before:2024-02-29"
                                << "before:2024-02-29";
    QTest::newRow("fields and words") << "company:TSMC tech:CoWoS \"advanced packaging\""
                                      << "(AND company:TSMC tech:CoWoS \"advanced packaging\")";
    QTest::newRow("negated field") << "HBM -company:Samsung"
                                   << "(AND HBM (NOT company:Samsung))";
    QTest::newRow("fields in or") << "company:TSMC OR company:Samsung"
                                  << "(OR company:TSMC company:Samsung)";
    QTest::newRow("colon after digits is a word") << "10:30"
                                                  << "10:30";
    QTest::newRow("colon first is a word") << ":x"
                                           << ":x";
    QTest::newRow("field value with colon") << "source:a:b"
                                            << "source:a:b";
}

void TestQueryParser::parses()
{
    QFETCH(QString, query);
    QFETCH(QString, tree);
    const ParsedQuery parsed = QueryParser::parse(query);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->message : QString()));
    QCOMPARE(parsed.root.toString(), tree);
}

void TestQueryParser::fieldDetails()
{
    const ParsedQuery parsed =
        QueryParser::parse(QStringLiteral("x company:\"Samsung Electronics\" -title:chip*"));
    QVERIFY(parsed.ok());
    const ws::QueryNode& root = parsed.root;
    QCOMPARE(root.kind, ws::QueryNode::Kind::And);
    QCOMPARE(root.children.size(), size_t(3));
    const ws::QueryNode& company = root.children[1];
    QCOMPARE(company.kind, ws::QueryNode::Kind::Field);
    QCOMPARE(*company.field, ws::QueryField::Company);
    QCOMPARE(company.text, QStringLiteral("Samsung Electronics"));
    QVERIFY(company.quoted);
    QCOMPARE(company.position, 2);
    const ws::QueryNode& title = root.children[2].children.front();
    QCOMPARE(*title.field, ws::QueryField::Title);
    QCOMPARE(title.text, QStringLiteral("chip"));
    QVERIFY(title.prefix);
    QCOMPARE(root.children[2].position, 32);
}

void TestQueryParser::errors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("says");

    QTest::newRow("unclosed quote") << "TSMC CoWoS \"advanced packaging" << 11
                                    << "Unclosed quote at column 12";
    QTest::newRow("unclosed quote in field") << "company:\"Samsung" << 8 << "Unclosed quote at column 9";
    QTest::newRow("empty quotes") << "a \"\" b" << 2 << "Empty quotes at column 3";
    QTest::newRow("blank quotes") << "\"  \"" << 0 << "Empty quotes at column 1";
    QTest::newRow("unclosed parenthesis") << "a (b OR c" << 2 << "Unclosed parenthesis at column 3";
    QTest::newRow("unclosed nested") << "((a) b" << 0 << "Unclosed parenthesis at column 1";
    QTest::newRow("unmatched close") << "a b) c" << 3 << "Unmatched ')' at column 4";
    QTest::newRow("close first") << ")" << 0 << "Unmatched ')' at column 1";
    QTest::newRow("empty parentheses") << "a () b" << 2 << "Empty parentheses at column 3";
    QTest::newRow("or alone") << "OR" << 0 << "'OR' at column 1 needs a term before it";
    QTest::newRow("or first") << "OR a" << 0 << "'OR' at column 1 needs a term before it";
    QTest::newRow("or last") << "a OR" << 2 << "'OR' at column 3 needs a term after it";
    QTest::newRow("or or") << "a OR OR b" << 2 << "'OR' at column 3 needs a term after it";
    QTest::newRow("or before close") << "(a OR) b" << 3 << "'OR' at column 4 needs a term after it";
    QTest::newRow("and first") << "AND a" << 0 << "'AND' at column 1 needs a term before it";
    QTest::newRow("and last") << "a AND" << 2 << "'AND' at column 3 needs a term after it";
    QTest::newRow("not alone") << "NOT" << 0 << "'NOT' at column 1 needs a term after it";
    QTest::newRow("not before or") << "a NOT OR b" << 2 << "'NOT' at column 3 needs a term after it";
    QTest::newRow("lone minus") << "a - b" << 2 << "A '-' at column 3 must stand right before a word";
    QTest::newRow("minus at end") << "a -" << 2 << "A '-' at column 3";
    QTest::newRow("minus before close") << "(a -)" << 3 << "A '-' at column 4";
    QTest::newRow("lone star") << "a * b" << 2 << "A '*' at column 3 must come right after a word";
    QTest::newRow("minus star") << "-*" << 1 << "A '*' at column 2";
    QTest::newRow("unknown field") << "TSMC foo:bar" << 5 << "Unknown field 'foo:' at column 6";
    QTest::newRow("url is not a field") << "http://x" << 0 << "Unknown field 'http:' at column 1";
    QTest::newRow("field without value") << "company: TSMC" << 0 << "'company:' at column 1 needs a value";
    QTest::newRow("field at end") << "a tech:" << 2 << "'tech:' at column 3 needs a value";
    QTest::newRow("field with group") << "company:(a OR b)" << 0 << "'company:' at column 1 needs a value";
    QTest::newRow("field only star") << "company:*" << 0 << "'company:' at column 1 needs a value";
    QTest::newRow("bad date") << "after:2024-13" << 6 << "'after:' at column 7 needs a date";
    QTest::newRow("bad day") << "before:2023-02-29" << 7 << "not '2023-02-29'";
    QTest::newRow("date words") << "after:yesterday" << 6 << "YYYY, YYYY-MM or YYYY-MM-DD";
    QTest::newRow("date prefix") << "after:2024*" << 6 << "not '2024*'";
    QTest::newRow("short year") << "before:24" << 7 << "needs a date";
    QTest::newRow("too deep") << QString(100, QLatin1Char('(')) + "a" + QString(100, QLatin1Char(')')) << 16
                              << "nests too deeply at column 17";
    QTest::newRow("too many nots") << QString("NOT ").repeated(80) + "a" << 64 << "nests too deeply";
}

void TestQueryParser::errors()
{
    QFETCH(QString, query);
    QFETCH(int, position);
    QFETCH(QString, says);
    const ParsedQuery parsed = QueryParser::parse(query);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error->message.contains(says), qPrintable(parsed.error->message));
    QCOMPARE(parsed.error->position, position);
    QCOMPARE(parsed.root.kind, ws::QueryNode::Kind::All);
}

void TestQueryParser::neverCrashes()
{
    // Every short string over an alphabet of the language's special characters.
    const QString alphabet = QStringLiteral("a\"()-* :OR");
    const int n = int(alphabet.size());
    int parsedCount = 0;
    for (int length = 1; length <= 5; ++length) {
        int total = 1;
        for (int i = 0; i < length; ++i)
            total *= n;
        for (int code = 0; code < total; ++code) {
            QString query;
            for (int i = 0, rest = code; i < length; ++i, rest /= n)
                query.append(alphabet[rest % n]);
            const ParsedQuery parsed = QueryParser::parse(query);
            if (parsed.ok())
                ++parsedCount;
            else
                QVERIFY2(parsed.error->position >= -1 && parsed.error->position <= query.size(),
                         qPrintable(query));
        }
    }
    QVERIFY(parsedCount > 0);
}

void TestQueryParser::helpText()
{
    const QString help = QueryParser::helpText();
    for (const char* part : {"company:", "person:", "tech:", "org:", "place:", "deal:", "title:", "source:",
                             "after:", "before:", "OR", "\"advanced packaging\"", "semicon*", "-Samsung"})
        QVERIFY2(help.contains(QLatin1String(part)), part);
}

QTEST_GUILESS_MAIN(TestQueryParser)
#include "TestQueryParser.moc"
