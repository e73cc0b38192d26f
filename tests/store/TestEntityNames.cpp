// EntityNames: the keys the extractor hands over are taken as they are; an entity without them (or
// whose keys no longer match its aliases) gets them made, and the fingerprint is the same either way.
#include "extract/EntityKey.h"
#include "extract/Extractor.h"
#include "ingest/EntityNames.h"

#include <QTest>

using namespace ws;

class TestEntityNames : public QObject
{
    Q_OBJECT

private:
    static ExtractedEntity unkeyed()
    {
        ExtractedEntity entity;
        entity.name = QStringLiteral("Innotron Memory Corp");
        entity.aliases = {QStringLiteral("Innotron"), QStringLiteral("合肥長鑫")};
        return entity;
    }

private slots:
    void makesTheKeysOfAnEntityWithout()
    {
        const ExtractedEntity entity = unkeyed();
        const EntityNames names = EntityNames::of(entity);
        QCOMPARE(names.nameKey, EntityKey::make(entity.name));
        QCOMPARE(names.aliasKeys,
                 QStringList({EntityKey::make(entity.aliases[0]), EntityKey::make(entity.aliases[1])}));
    }

    void takesTheKeysHandedOver()
    {
        ExtractedEntity entity = unkeyed();
        entity.nameKey = QStringLiteral("name key");
        entity.aliasKeys = {QStringLiteral("first"), QStringLiteral("second")};
        const EntityNames names = EntityNames::of(entity);
        QCOMPARE(names.nameKey, entity.nameKey);
        QCOMPARE(names.aliasKeys, entity.aliasKeys);
        QCOMPARE(names.hash, EntityNames::of(unkeyed()).hash);
    }

    void makesTheKeysWhenTheyDoNotMatchTheAliases()
    {
        ExtractedEntity entity = unkeyed();
        entity.nameKey = EntityKey::make(entity.name);
        entity.aliasKeys = {EntityKey::make(entity.aliases[0])};
        QCOMPARE(EntityNames::of(entity).aliasKeys.size(), 2);
    }

    // What the extractor hands over is what the store would have made.
    void extractedKeysAreTheKeysOfTheNames()
    {
        const Extraction extraction = Extractor::shared().extract(
            QStringLiteral("Nvidia to invest in Innotron Memory (合肥長鑫)"),
            QStringLiteral("Nvidia Corp said on Monday it would invest US$2 billion in Innotron Memory Co "
                           "(合肥長鑫), the Hefei memory maker. Innotron will use the money for HBM. "
                           "Jensen Huang, chief executive of Nvidia, said Huang had met TSMC."));
        QVERIFY(extraction.entities.size() >= 4);
        for (const ExtractedEntity& entity : extraction.entities) {
            QCOMPARE(entity.nameKey, EntityKey::make(entity.name));
            QCOMPARE(entity.aliasKeys.size(), entity.aliases.size());
            for (qsizetype a = 0; a < entity.aliases.size(); ++a)
                QCOMPARE(entity.aliasKeys[a], EntityKey::make(entity.aliases[a]));
        }
    }
};

QTEST_GUILESS_MAIN(TestEntityNames)
#include "TestEntityNames.moc"
