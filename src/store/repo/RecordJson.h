#pragma once

#include "repo/CorpusRecords.h"

#include <QJsonObject>

namespace ws {

// The JSON shapes of stories, entities and deals in the command-line contract (DESIGN.md, "Command
// line"), also written by the corpus export. Fields are only ever added, never renamed or removed:
// scripts outside the repository read them.
namespace RecordJson {

QJsonObject story(const StoryRecord& story);
QJsonObject entity(const EntityRecord& entity);
QJsonObject deal(const DealRecord& deal);

} // namespace RecordJson

} // namespace ws
