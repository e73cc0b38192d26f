// DealMerger: a deal told over adjacent sentences is one deal; a later reference to a deal told
// before ("the deal") is that deal; a reference naming another company is a deal of its own.
#include "extract/DealMerger.h"
#include "extract/DealReference.h"
#include "extract/MentionIndex.h"
#include "extract/TextAnalysis.h"

#include <QTest>

using namespace ws;

namespace {

// "Acme", "Beta" and "Gamma" as companies 0, 1 and 2 (no mentions: the merger reads parties by entity).
StoryEntities threeCompanies()
{
    StoryEntities story;
    for (const char* name : {"Acme", "Beta", "Gamma"}) {
        ExtractedEntity entity;
        entity.type = EntityType::Company;
        entity.name = QString::fromLatin1(name);
        story.entities.append(entity);
        story.gazetteerEntry.append(-1);
    }
    return story;
}

class Story
{
public:
    explicit Story(const QString& text) : analysis(text), entities(threeCompanies()), index(analysis, entities), reference(analysis, index) {}

    // A deal of `kind` read from sentence `s`, its trigger the first token spelt `triggerWord` there.
    DraftDeal draft(int s, const QString& kind, const QString& triggerWord, QList<int> parties, bool weak = false) const
    {
        DraftDeal d;
        d.deal.kind = kind;
        d.deal.status = QStringLiteral("announced");
        const Sentence& sentence = analysis.sentences()[s];
        d.deal.evidenceStart = sentence.start;
        d.deal.evidenceEnd = sentence.end;
        d.deal.evidence = analysis.text().mid(sentence.start, sentence.end - sentence.start);
        d.firstSentence = d.lastSentence = s;
        d.weak = weak;
        for (int k = sentence.firstToken; k < sentence.endToken; ++k) {
            if (analysis.text().mid(analysis.token(k).start, analysis.token(k).length()) == triggerWord) {
                d.trigger = k;
                break;
            }
        }
        for (int entity : parties)
            d.deal.parties.append({entity, entities.entities[entity].name, QStringLiteral("party")});
        return d;
    }

    QList<Deal> merge(QList<DraftDeal> drafts) const { return DealMerger(analysis, entities, reference).merge(drafts); }

    TextAnalysis analysis;
    StoryEntities entities;
    MentionIndex index;
    DealReference reference;
};

} // namespace

class TestDealMerger : public QObject
{
    Q_OBJECT

private slots:
    void adjacentSentencesSharingAPartyAreOneDeal()
    {
        const Story story(QStringLiteral("Acme agreed to buy Beta. The purchase of Beta costs 5 dlrs."));
        DraftDeal second = story.draft(1, QStringLiteral("acquisition"), QStringLiteral("purchase"), {1});
        second.deal.time = QStringLiteral("in May");
        const QList<Deal> deals =
            story.merge({story.draft(0, QStringLiteral("acquisition"), QStringLiteral("buy"), {0, 1}), second});
        QCOMPARE(deals.size(), 1);
        QCOMPARE(deals[0].time, QStringLiteral("in May"));
        QVERIFY(deals[0].evidence.endsWith(QStringLiteral("5 dlrs.")));
    }

    void aLaterReferenceIsTheDealToldBefore()
    {
        const Story story(QStringLiteral("Acme agreed to buy Beta. Sales rose. Analysts said the deal was large."));
        DraftDeal reference = story.draft(2, QStringLiteral("contract"), QStringLiteral("deal"), {0}, true);
        reference.deal.time = QStringLiteral("next year");
        const QList<Deal> deals =
            story.merge({story.draft(0, QStringLiteral("acquisition"), QStringLiteral("buy"), {0, 1}), reference});
        QCOMPARE(deals.size(), 1);
        QCOMPARE(deals[0].kind, QStringLiteral("acquisition"));
        QCOMPARE(deals[0].time, QStringLiteral("next year"));
        QVERIFY(deals[0].evidence.endsWith(QStringLiteral("Beta.")));
    }

    void aReferenceNamingAnotherCompanyIsADealOfItsOwn()
    {
        const Story story(QStringLiteral("Acme agreed to buy Beta. Sales rose. Acme completed its acquisition of Gamma."));
        const QList<Deal> deals =
            story.merge({story.draft(0, QStringLiteral("acquisition"), QStringLiteral("buy"), {0, 1}),
                         story.draft(2, QStringLiteral("acquisition"), QStringLiteral("acquisition"), {0, 2})});
        QCOMPARE(deals.size(), 2);
    }

    void aDealWordWithoutADeterminerIsANewDeal()
    {
        const Story story(QStringLiteral("Acme agreed to buy Beta. Sales rose. Acme also agreed to buy Beta shares."));
        const QList<Deal> deals =
            story.merge({story.draft(0, QStringLiteral("acquisition"), QStringLiteral("buy"), {0, 1}),
                         story.draft(2, QStringLiteral("acquisition"), QStringLiteral("buy"), {0, 1})});
        QCOMPARE(deals.size(), 2);
    }
};

QTEST_APPLESS_MAIN(TestDealMerger)
#include "TestDealMerger.moc"
