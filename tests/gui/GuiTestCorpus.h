#pragma once

// A small corpus written with SQL straight into a fresh database, for the window's tests: the
// stories, entities, mentions (at their real offsets), deals and notes that the views read.

#include "Store.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "repo/MentionSpans.h"
#include "model/EntityType.h"
#include "model/Extraction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace ws::test {

class GuiTestCorpus
{
public:
    GuiTestCorpus() : m_path(m_dir.path() + QStringLiteral("/test.db")), m_db(Store::open(m_path)) {}

    Database& db() { return m_db; }
    const QString& path() const { return m_path; }

    qint64 addStory(const QString& title, const QString& body, const QString& date, const QString& feed = {})
    {
        Statement insert = m_db.prepare(QStringLiteral(
            "INSERT INTO stories(id, title, body, date, feed, source_path, line_start, line_end, chars) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(1, QStringLiteral("story-%1").arg(++m_stories));
        insert.bind(2, title);
        insert.bind(3, body);
        insert.bind(4, date);
        insert.bind(5, feed.isNull() ? QStringLiteral("") : feed);
        insert.bind(6, QStringLiteral("/corpus/wire.txt"));
        insert.bind(7, m_stories * 10);
        insert.bind(8, m_stories * 10 + 5);
        insert.bind(9, int(body.size()));
        insert.run();
        const qint64 rowid = m_db.lastInsertRowId();
        Statement fts =
            m_db.prepare(QStringLiteral("INSERT INTO story_fts(rowid, title, body) VALUES(?, ?, ?)"));
        fts.bind(1, rowid);
        fts.bind(2, title);
        fts.bind(3, body);
        fts.run();
        m_texts.insert(rowid, Extraction::textOf(title, body));
        return rowid;
    }

    qint64 addEntity(EntityType type, const QString& name, qint64 parent = 0, const QStringList& aliases = {})
    {
        Statement insert = m_db.prepare(
            QStringLiteral("INSERT INTO entities(type, name, key, parent_id) VALUES(?, ?, ?, ?)"));
        insert.bind(1, entityTypeName(type));
        insert.bind(2, name);
        insert.bind(3, name.toLower());
        if (parent > 0)
            insert.bind(4, parent);
        else
            insert.bindNull(4);
        insert.run();
        const qint64 id = m_db.lastInsertRowId();
        for (const QString& alias : aliases) {
            Statement add =
                m_db.prepare(QStringLiteral("INSERT INTO aliases(entity_id, alias, key) VALUES(?, ?, ?)"));
            add.bind(1, id);
            add.bind(2, alias);
            add.bind(3, alias.toLower());
            add.run();
        }
        return id;
    }

    // Every occurrence of `surface` in the story's text becomes a mention of the entity.
    int mentionAll(qint64 rowid, qint64 entityId, const QString& surface)
    {
        const QString text = m_texts.value(rowid);
        int count = 0;
        QByteArray spans;
        for (int at = int(text.indexOf(surface)); at >= 0;
             at = int(text.indexOf(surface, at + surface.size()))) {
            MentionSpans::append(spans, at, at + int(surface.size()), 0);
            ++count;
        }
        if (count > 0) {
            Statement link = m_db.prepare(QStringLiteral(
                "INSERT INTO story_entities(entity_id, story_rowid, mentions, spans) VALUES(?, ?, ?, ?) "
                "ON CONFLICT(entity_id, story_rowid) DO UPDATE SET mentions = mentions + excluded.mentions, "
                "spans = ws_spans_concat(spans, excluded.spans)"));
            link.bind(1, entityId);
            link.bind(2, rowid);
            link.bind(3, count);
            link.bind(4, spans);
            link.run();
        }
        return count;
    }

    struct Party
    {
        qint64 entityId;
        QString name;
        QString role;
    };

    // A deal whose evidence is the sentence of the story text that contains `evidence`.
    qint64 addDeal(qint64 rowid, const QString& kind, const QString& status, double usd,
                   const QString& evidence, const QList<Party>& parties)
    {
        const QString text = m_texts.value(rowid);
        const int start = int(text.indexOf(evidence));
        Q_ASSERT(start >= 0);
        Statement insert = m_db.prepare(QStringLiteral(
            "INSERT INTO deals(story_rowid, kind, status, amount_value, currency, usd, qualifier, "
            "amount_text, "
            "evidence, evidence_start, evidence_end) VALUES(?, ?, ?, ?, 'USD', ?, '', ?, ?, ?, ?)"));
        insert.bind(1, rowid);
        insert.bind(2, kind);
        insert.bind(3, status);
        if (usd >= 0) {
            insert.bind(4, usd);
            insert.bind(5, usd);
            insert.bind(6, QStringLiteral("US$%1").arg(usd));
        } else {
            insert.bindNull(4);
            insert.bindNull(5);
            insert.bindNull(6);
        }
        insert.bind(7, evidence);
        insert.bind(8, start);
        insert.bind(9, start + int(evidence.size()));
        insert.run();
        const qint64 id = m_db.lastInsertRowId();
        for (const Party& party : parties) {
            Statement add = m_db.prepare(QStringLiteral(
                "INSERT INTO deal_parties(deal_id, entity_id, name, role) VALUES(?, ?, ?, ?)"));
            add.bind(1, id);
            if (party.entityId > 0)
                add.bind(2, party.entityId);
            else
                add.bindNull(2);
            add.bind(3, party.name);
            add.bind(4, party.role);
            add.run();
        }
        return id;
    }

    void addNote(qint64 rowid, const QString& quote, const QString& body, const QStringList& tags)
    {
        Statement insert = m_db.prepare(QStringLiteral(
            "INSERT INTO notes(story_id, quote, body, created, edited) "
            "SELECT id, ?, ?, '2025-05-01T10:00:00', '2025-05-01T10:00:00' FROM stories WHERE rowid = ?"));
        insert.bind(1, quote);
        insert.bind(2, body);
        insert.bind(3, rowid);
        insert.run();
        const qint64 note = m_db.lastInsertRowId();
        for (const QString& tag : tags) {
            Statement add = m_db.prepare(QStringLiteral("INSERT INTO note_tags(note_id, tag) VALUES(?, ?)"));
            add.bind(1, note);
            add.bind(2, tag);
            add.run();
        }
    }

    // The stored totals the browsers read, as the ingest pipeline keeps them.
    void finish()
    {
        m_db.exec(QStringLiteral(
            "UPDATE entities SET story_count = (SELECT count(*) FROM story_entities WHERE entity_id = id), "
            "mention_count = (SELECT coalesce(sum(mentions), 0) FROM story_entities WHERE entity_id = id)"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    int m_stories = 0;
    QHash<qint64, QString> m_texts;
};

// The shared fixture: five stories about chips (English and Chinese, one hostile), then `filler`
// stories of which every third mentions Samsung, for paging.
struct ChipCorpus
{
    GuiTestCorpus corpus;
    qint64 tsmc = 0, nvidia = 0, cxmt = 0, innotron = 0, samsung = 0;
    qint64 cowos = 0, cowosL = 0, hbm = 0, wei = 0, huang = 0, hsinchu = 0, shanghai = 0, blackwell = 0;
    qint64 sTsmc = 0, sCxmt = 0, sNvidia = 0, sChinese = 0, sHostile = 0;
    qint64 contractDeal = 0, investmentDeal = 0;

    explicit ChipCorpus(int filler = 0)
    {
        tsmc = corpus.addEntity(
            EntityType::Company, QStringLiteral("TSMC"), 0,
            {QStringLiteral("Taiwan Semiconductor Manufacturing Co"), QStringLiteral("台積電")});
        nvidia = corpus.addEntity(EntityType::Company, QStringLiteral("Nvidia"));
        cxmt = corpus.addEntity(EntityType::Company, QStringLiteral("CXMT"));
        innotron = corpus.addEntity(EntityType::Company, QStringLiteral("Innotron Memory"));
        samsung = corpus.addEntity(EntityType::Company, QStringLiteral("Samsung"));
        cowos = corpus.addEntity(EntityType::Technology, QStringLiteral("CoWoS"));
        cowosL = corpus.addEntity(EntityType::Technology, QStringLiteral("CoWoS-L"), cowos);
        hbm = corpus.addEntity(EntityType::Technology, QStringLiteral("HBM"));
        wei = corpus.addEntity(EntityType::Person, QStringLiteral("C.C. Wei"));
        huang = corpus.addEntity(EntityType::Person, QStringLiteral("Jensen Huang"));
        hsinchu = corpus.addEntity(EntityType::Place, QStringLiteral("Hsinchu"));
        shanghai = corpus.addEntity(EntityType::Place, QStringLiteral("Shanghai"));
        blackwell = corpus.addEntity(EntityType::Product, QStringLiteral("Blackwell"));

        sTsmc = corpus.addStory(
            QStringLiteral("TSMC to double CoWoS-L capacity"),
            QStringLiteral("TSMC said CoWoS-L capacity will double next year. Nvidia signed a "
                           "contract with TSMC for the capacity.\nCEO C.C. Wei spoke in Hsinchu."),
            QStringLiteral("2025-01-10"), QStringLiteral("Taipei Wire"));
        corpus.mentionAll(sTsmc, tsmc, QStringLiteral("TSMC"));
        corpus.mentionAll(sTsmc, cowosL, QStringLiteral("CoWoS-L"));
        corpus.mentionAll(sTsmc, nvidia, QStringLiteral("Nvidia"));
        corpus.mentionAll(sTsmc, wei, QStringLiteral("C.C. Wei"));
        corpus.mentionAll(sTsmc, hsinchu, QStringLiteral("Hsinchu"));
        contractDeal = corpus.addDeal(sTsmc, QStringLiteral("contract"), QStringLiteral("announced"), -1,
                                      QStringLiteral("Nvidia signed a contract with TSMC for the capacity."),
                                      {{tsmc, QStringLiteral("TSMC"), QStringLiteral("supplier")},
                                       {nvidia, QStringLiteral("Nvidia"), QStringLiteral("customer")}});

        sCxmt = corpus.addStory(
            QStringLiteral("CXMT parent raises funds for HBM plant"),
            QStringLiteral("Innotron Memory, the parent of CXMT, will raise 17.1 billion yuan "
                           "(US$2.4 billion) for an HBM packaging plant in Shanghai."),
            QStringLiteral("2025-02-01"), QStringLiteral("Memory Daily"));
        corpus.mentionAll(sCxmt, innotron, QStringLiteral("Innotron Memory"));
        corpus.mentionAll(sCxmt, cxmt, QStringLiteral("CXMT"));
        corpus.mentionAll(sCxmt, hbm, QStringLiteral("HBM"));
        corpus.mentionAll(sCxmt, shanghai, QStringLiteral("Shanghai"));
        investmentDeal = corpus.addDeal(
            sCxmt, QStringLiteral("investment"), QStringLiteral("planned"), 2.4e9,
            QStringLiteral(
                "Innotron Memory, the parent of CXMT, will raise 17.1 billion yuan (US$2.4 billion) for "
                "an HBM packaging plant in Shanghai."),
            {{innotron, QStringLiteral("Innotron Memory"), QStringLiteral("investor")},
             {cxmt, QStringLiteral("CXMT"), QStringLiteral("target")}});

        sNvidia =
            corpus.addStory(QStringLiteral("Nvidia unveils Blackwell"),
                            QStringLiteral("Jensen Huang said Blackwell chips use CoWoS packaging made by "
                                           "TSMC."),
                            QStringLiteral("2025-03-05"), QStringLiteral("Taipei Wire"));
        corpus.mentionAll(sNvidia, nvidia, QStringLiteral("Nvidia"));
        corpus.mentionAll(sNvidia, huang, QStringLiteral("Jensen Huang"));
        corpus.mentionAll(sNvidia, blackwell, QStringLiteral("Blackwell"));
        corpus.mentionAll(sNvidia, cowos, QStringLiteral("CoWoS"));
        corpus.mentionAll(sNvidia, tsmc, QStringLiteral("TSMC"));

        sChinese = corpus.addStory(QStringLiteral("台積電擴充CoWoS產能"),
                                   QStringLiteral("台積電表示，CoWoS產能明年將倍增。"),
                                   QStringLiteral("2025-01-20"), QStringLiteral("經濟日報"));
        corpus.mentionAll(sChinese, tsmc, QStringLiteral("台積電"));
        corpus.mentionAll(sChinese, cowos, QStringLiteral("CoWoS"));

        sHostile =
            corpus.addStory(QStringLiteral("<script>alert(1)</script> Samsung & HBM"),
                            QStringLiteral("Samsung <img src=\"http://evil.example/x.png\"> said HBM3E "
                                           "<a href=\"javascript:alert(2)\">ships</a> & more."),
                            QStringLiteral("2024-12-01"), QStringLiteral("Feed <b>bold</b>"));
        corpus.mentionAll(sHostile, samsung, QStringLiteral("Samsung"));
        corpus.mentionAll(sHostile, hbm, QStringLiteral("HBM"));
        corpus.addNote(sTsmc, QStringLiteral("CoWoS-L capacity will double"),
                       QStringLiteral("Check the 2026 figure."),
                       {QStringLiteral("capacity"), QStringLiteral("packaging")});

        for (int i = 0; i < filler; ++i) {
            const QString date = QStringLiteral("2024-%1-%2")
                                     .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                     .arg(1 + i % 28, 2, 10, QLatin1Char('0'));
            const bool aboutSamsung = i % 3 == 0;
            const qint64 rowid =
                corpus.addStory(QStringLiteral("Filler story %1").arg(i),
                                aboutSamsung ? QStringLiteral("Samsung memory note %1.").arg(i)
                                             : QStringLiteral("Market note %1.").arg(i),
                                date);
            if (aboutSamsung)
                corpus.mentionAll(rowid, samsung, QStringLiteral("Samsung"));
        }
        corpus.finish();
    }
};

// Plain-text wire files (a title line, body lines, a blank line between stories) that the importers
// and the extractor read: a company by its suffix, a person after a title, a place, a technology.
inline void writeWireCorpus(const QString& folder, int files, int storiesPerFile)
{
    for (int f = 0; f < files; ++f) {
        QFile file(QStringLiteral("%1/wire-%2.txt").arg(folder).arg(f, 4, 10, QLatin1Char('0')));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int s = 0; s < storiesPerFile; ++s) {
            const int n = f * storiesPerFile + s;
            file.write(
                QStringLiteral("Acme Semiconductor Corp expands plant number %1\n"
                               "TAIPEI, Jan. 16 — Acme Semiconductor Corp said on Tuesday it would invest "
                               "US$%2 million in plant %1 in Hsinchu, its chairman John Smith said.\n"
                               "The plant will make HBM chips for customers including Nvidia Corp.\n\n")
                    .arg(n)
                    .arg(100 + n)
                    .toUtf8());
        }
    }
}

} // namespace ws::test
