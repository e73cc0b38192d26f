// NotesModel through QAbstractItemModelTester, and the Notes dock's filters and clicks.
#include "Store.h"
#include "db/Statement.h"
#include "ingest/ImportJob.h"
#include "notes/NoteRepository.h"
#include "notes/NotesDock.h"
#include "notes/NotesModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ws;

namespace {

const QString dataDir = QStringLiteral(WIRESCOPE_TEST_DATA_DIR "/notes/");

} // namespace

class TestNotesModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    QString m_tsmc;
    QString m_cxmt;
    qint64 m_passageId = 0;
    qint64 m_orphanId = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("gui.db"));
        ImportJob::Options options;
        options.extract = false;
        QVERIFY(
            ImportJob(path, {dataDir + QStringLiteral("wire-v1.jsonl")}, options).run().fatalError.isEmpty());
        m_db = Store::open(path);
        auto stories = m_db.prepare(QStringLiteral("SELECT id FROM stories ORDER BY rowid"));
        QVERIFY(stories.step());
        m_tsmc = stories.text(0);
        QVERIFY(stories.step());
        m_cxmt = stories.text(0);
        NoteRepository notes(m_db);
        m_passageId =
            notes
                .add(NoteTarget::passage(m_tsmc, QStringLiteral("demand for CoWoS remained very strong")),
                     QStringLiteral("Capacity is the constraint"), {QStringLiteral("packaging")})
                .id;
        notes.add(NoteTarget::story(m_cxmt), QStringLiteral("Who are the investors?"),
                  {QStringLiteral("funding")});
        notes.add(NoteTarget::passage(m_cxmt, QStringLiteral("high-bandwidth memory packaging line")),
                  QStringLiteral("HBM line timing"), {QStringLiteral("packaging"), QStringLiteral("hbm")});
        // A note whose story left the corpus: listed, detached.
        m_db.exec(QStringLiteral(
            "INSERT INTO notes(story_id, quote, quote_start, quote_end, body, created, edited, "
            "cite_title) VALUES('feedfeedfeedfeed', 'a passage that is nowhere now', 3, 31, "
            "'orphan', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'Old story')"));
        m_orphanId = m_db.lastInsertRowId();
    }

    void modelPassesTheTester()
    {
        NotesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDatabase(&m_db);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(NotesModel::ColumnCount));
        NoteFilter filter;
        filter.tag = QStringLiteral("packaging");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
        filter.tag.clear();
        filter.storyIds = QSet<QString>{m_cxmt};
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
        model.setFilter({});
        model.reload();
        QCOMPARE(model.rowCount(), 4);
        model.setDatabase(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void modelData()
    {
        NotesModel model;
        model.setDatabase(&m_db);
        const int row = model.rowOf(m_passageId);
        QVERIFY(row >= 0);
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(NotesModel::AnchorColumn).toString(),
                 QStringLiteral("TSMC to double CoWoS capacity as AI demand surges"));
        QCOMPARE(cell(NotesModel::QuoteColumn).toString(),
                 QStringLiteral("demand for CoWoS remained very strong"));
        QCOMPARE(cell(NotesModel::BodyColumn).toString(), QStringLiteral("Capacity is the constraint"));
        QCOMPARE(cell(NotesModel::TagsColumn).toString(), QStringLiteral("packaging"));
        QCOMPARE(cell(0, NotesModel::StoryIdRole).toString(), m_tsmc);
        const int start = cell(0, NotesModel::StartRole).toInt();
        QCOMPARE(cell(0, NotesModel::EndRole).toInt() - start, 37);
        QCOMPARE(cell(0, NotesModel::DetachedRole).toBool(), false);
        QCOMPARE(model.detachedCount(), 1);
        const int orphan = model.rowOf(m_orphanId);
        QCOMPARE(orphan, 0); // oldest first
        QVERIFY(model.index(orphan, 0).data(NotesModel::DetachedRole).toBool());
        QCOMPARE(model.index(orphan, 0).data().toString(), QStringLiteral("Old story"));
        QVERIFY(model.index(orphan, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("Detached")));
    }

    void dockFiltersAndOpensAnchors()
    {
        NotesDock dock(&m_db);
        dock.resize(900, 300);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QCOMPARE(dock.model()->rowCount(), 4);

        auto* text = dock.findChild<QLineEdit*>(QStringLiteral("textFilter"));
        QVERIFY(text);
        text->setText(QStringLiteral("HBM timing"));
        QTRY_COMPARE(dock.model()->rowCount(), 1);
        text->clear();
        QTRY_COMPARE(dock.model()->rowCount(), 4);

        auto* tags = dock.findChild<QComboBox*>(QStringLiteral("tagFilter"));
        QVERIFY(tags);
        QCOMPARE(tags->count(), 4); // All tags, funding, hbm, packaging
        tags->setCurrentIndex(tags->findData(QStringLiteral("funding")));
        emit tags->activated(tags->currentIndex());
        QCOMPARE(dock.model()->rowCount(), 1);
        tags->setCurrentIndex(0);
        emit tags->activated(0);

        // The window's filter counts only while "Only the listed stories" is on.
        dock.setStoryFilter(QSet<QString>{m_tsmc});
        QCOMPARE(dock.model()->rowCount(), 4);
        auto* follow = dock.findChild<QCheckBox*>(QStringLiteral("followFilter"));
        QVERIFY(follow);
        follow->setChecked(true);
        QCOMPARE(dock.model()->rowCount(), 1);
        dock.setStoryFilter(std::nullopt);
        QCOMPARE(dock.model()->rowCount(), 4);
        dock.setStoryFilter(QSet<QString>{m_cxmt});
        QCOMPARE(dock.model()->rowCount(), 2);
        dock.setStoryFilter(std::nullopt);

        QSignalSpy opened(&dock, &NotesDock::openAnchor);
        auto* view = dock.findChild<QTreeView*>(QStringLiteral("view"));
        QVERIFY(view);
        QModelIndex target;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data(NotesModel::NoteIdRole).toLongLong() == m_passageId)
                target = index;
        }
        QVERIFY(target.isValid());
        view->scrollTo(target);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(target).center());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), m_tsmc);
        QCOMPARE(opened.first().at(2).toInt() - opened.first().at(1).toInt(), 37);

        if (const QByteArray shots = qgetenv("WIRESCOPE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            view->selectionModel()->clearSelection();
            QVERIFY(dock.grab().save(
                QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("notes-dock.png"))));
        }
    }
};

QTEST_MAIN(TestNotesModel)
#include "TestNotesModel.moc"
