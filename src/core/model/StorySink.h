#pragma once

#include "model/ImportIssue.h"
#include "model/Story.h"

namespace ws {

// Receives what importers read. The ingest pipeline implements it; tests collect into lists.
class StorySink
{
public:
    virtual ~StorySink() = default;
    // A file starts and ends being read (every story and issue in between belongs to it).
    virtual void beginFile(const QString& path) { Q_UNUSED(path); }
    virtual void endFile(const QString& path) { Q_UNUSED(path); }
    virtual void addStory(Story story) = 0;
    virtual void addIssue(ImportIssue issue) = 0;
    // Bytes of the current file read so far, for progress bars.
    virtual void fileProgress(qint64 bytesRead, qint64 bytesTotal)
    {
        Q_UNUSED(bytesRead);
        Q_UNUSED(bytesTotal);
    }
    // Polled by long readers so that Cancel stops them between stories.
    virtual bool isCancelled() const { return false; }
};

// A sink that keeps everything in memory (tests, small tools).
class CollectingSink : public StorySink
{
public:
    QList<Story> stories;
    QList<ImportIssue> issues;

    void addStory(Story story) override { stories.append(std::move(story)); }
    void addIssue(ImportIssue issue) override { issues.append(std::move(issue)); }
};

} // namespace ws
