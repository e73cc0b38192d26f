#pragma once

#include "model/EntityType.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ws {

// Rows as the CLI and exports list them (the command-line contract's fields).
struct StoryRecord
{
    qint64 rowid = 0;
    QString id;
    QString title;
    QString date;
    QString sourcePath;
    int lineStart = 0;
    int lineEnd = 0;
    QString url;
    QString feed;
    qint64 chars = 0;
};

struct EntityRecord
{
    qint64 id = 0;
    EntityType type = EntityType::Company;
    QString name;
    QStringList aliases;
    int mentions = 0;
    int stories = 0;
    QString parent;
};

struct DealPartyRecord
{
    QString name;
    QString role;
};

struct AmountRecord
{
    double value = 0;
    QString currency;
    std::optional<double> usd;
    QString qualifier;
    QString text;
};

struct DealRecord
{
    qint64 id = 0;
    QString kind;
    QString status;
    QList<DealPartyRecord> parties;
    std::optional<AmountRecord> amount;
    QString storyId;
    QString storyTitle;
    QString evidence;
    int evidenceStart = 0;
    int evidenceEnd = 0;
    QString time;
    QString place;
};

} // namespace ws
