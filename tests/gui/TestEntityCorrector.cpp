#include "EntityCorrector.h"
#include "EntityTableModel.h"
#include "FilterState.h"
#include "GuiTestCorpus.h"
#include "StoreSession.h"
#include "extract/Extractor.h"
#include "ingest/ImportJob.h"
#include "ingest/Reextractor.h"
#include "view/EntityTableQuery.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace ws;
using namespace ws::test;

namespace {

qint64 scalar(Database& db, const QString& sql, const QVariantList& args = {})
{
    Statement statement = db.prepare(sql);
    for (int i = 0; i < args.size(); ++i)
        statement.bind(i + 1, args.at(i));
    return statement.step() ? statement.int64(0) : -1;
}

} // namespace

// The analyst's corrections, made from the window, and kept when the corpus is extracted again.
class TestEntityCorrector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    EntityRef find(StoreSession& session, const QString& name)
    {
        const auto entity = EntityTableQuery(*session.database()).find(name);
        if (!entity)
            qWarning("no entity %s", qPrintable(name));
        return entity.value_or(EntityRef{});
    }

private slots:
    void initTestCase()
    {
        const QString corpus = m_dir.filePath(QStringLiteral("corpus"));
        QVERIFY(QDir().mkpath(corpus));
        writeWireCorpus(corpus, 2, 3);
        m_path = m_dir.filePath(QStringLiteral("corrections.db"));
        Store::open(m_path);
        const IngestReport report = ImportJob(m_path, {corpus}).run();
        QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
        QVERIFY(report.added > 0);
    }

    void correctionsSurviveReextraction()
    {
        QWidget window;
        StoreSession session;
        session.open(m_path);
        FilterState filter;
        EntityCorrector corrector(session, filter, &window);
        QSignalSpy changed(&session, &StoreSession::dataChanged);

        const EntityRef acme = find(session, QStringLiteral("Acme Semiconductor Corp"));
        const EntityRef smith = find(session, QStringLiteral("John Smith"));
        const EntityRef nvidia = find(session, QStringLiteral("Nvidia Corp"));
        const EntityRef taipei = find(session, QStringLiteral("Taipei"));
        const EntityRef hsinchu = find(session, QStringLiteral("Hsinchu"));
        const EntityRef hbm = find(session, QStringLiteral("HBM"));
        for (const EntityRef& entity : {acme, smith, nvidia, taipei, hsinchu, hbm})
            QVERIFY(entity.id > 0);
        Database& db = *session.database();
        const qint64 stories = scalar(db, QStringLiteral("SELECT count(*) FROM stories"));
        const qint64 hsinchuStories =
            scalar(db, QStringLiteral("SELECT story_count FROM entities WHERE id = ?"), {hsinchu.id});
        const qint64 taipeiStories =
            scalar(db, QStringLiteral("SELECT story_count FROM entities WHERE id = ?"), {taipei.id});

        filter.showEntity(acme);
        QVERIFY(corrector.rename(acme, QStringLiteral("Acme Semi")));
        QCOMPARE(filter.entities().first().name, QStringLiteral("Acme Semi")); // the chip follows
        QVERIFY(corrector.addAlias(nvidia, QStringLiteral("英偉達")));
        filter.addEntity(smith);
        QVERIFY(corrector.reject(smith));
        QVERIFY(!filter.contains(smith.id));
        QVERIFY(corrector.merge(taipei, hsinchu));
        QVERIFY(corrector.changeType(hbm, EntityType::Product));
        QVERIFY(!corrector.rename(acme, QStringLiteral("  "))); // nothing to do
        QCOMPARE(changed.count(), 5);

        auto verify = [&](Database& db, const char* stage) {
            qInfo("checking the corrections %s", stage);
            QCOMPARE(
                scalar(db, QStringLiteral("SELECT count(*) FROM entities WHERE type = 'company' AND name = "
                                          "'Acme Semi'")),
                1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT story_count FROM entities WHERE name = 'Acme Semi'")),
                     stories);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM entities WHERE name = 'John Smith'")),
                     0);
            QCOMPARE(scalar(db, QStringLiteral(
                                    "SELECT count(*) FROM aliases a JOIN entities e ON e.id = a.entity_id "
                                    "WHERE e.name = 'Nvidia Corp' AND a.alias = '英偉達'")),
                     1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM entities WHERE name = 'Taipei'")), 0);
            QVERIFY(scalar(db, QStringLiteral("SELECT story_count FROM entities WHERE name = 'Hsinchu'")) >=
                    std::max(hsinchuStories, taipeiStories));
            QCOMPARE(scalar(db, QStringLiteral(
                                    "SELECT count(*) FROM entities e JOIN aliases a ON a.entity_id = e.id "
                                    "WHERE e.type = 'product' AND (e.name = 'HBM' OR a.alias = 'HBM')")),
                     1);
            QCOMPARE(scalar(db, QStringLiteral(
                                    "SELECT count(*) FROM entities e JOIN aliases a ON a.entity_id = e.id "
                                    "WHERE e.type = 'technology' AND (e.name = 'HBM' OR a.alias = 'HBM')")),
                     0);
        };
        verify(db, "as made");

        // Extract the whole corpus again, on another connection, as a gazetteer update would.
        {
            Database writer = Store::open(m_path);
            const int read = Reextractor(writer, Extractor::shared()).run();
            QCOMPARE(read, int(stories));
        }
        session.notifyDataChanged();
        verify(db, "after re-extraction");

        // And the window's browsers show the corrected names.
        EntityTableModel companies({EntityType::Company});
        companies.setDatabase(&db);
        QStringList names;
        for (int row = 0; row < companies.rowCount(); ++row)
            names.append(companies.index(row, 0).data().toString());
        QVERIFY(names.contains(QStringLiteral("Acme Semi")));
        QVERIFY(!names.contains(QStringLiteral("Acme Semiconductor Corp")));
    }
};

QTEST_MAIN(TestEntityCorrector)
#include "TestEntityCorrector.moc"
