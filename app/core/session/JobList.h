#pragma once

#include "model/Job.h"

#include <QList>

#include <functional>
#include <memory>

namespace jobdesk {

// The job list a window shows, as JobListLoader and JobListCache fill it (the GUI's JobListModel
// implements it). Jobs are merged by id.
//
// Pages of 100,000 jobs are made ready off the list's thread: a Batch is the list's own form of a
// page (the window's compact rows and search texts), made by the function batchMaker() returns on a
// worker thread and merged on the list's thread.
class JobList {
public:
    class Batch {
    public:
        virtual ~Batch() = default;
        virtual qsizetype size() const = 0;
    };
    using BatchPtr = std::shared_ptr<const Batch>;
    // Safe on any thread, and after the list is gone: it refers to nothing of the list's.
    using BatchMaker = std::function<BatchPtr(const QList<Job> &jobs)>;

    virtual ~JobList() = default;

    virtual BatchMaker batchMaker() const = 0;

    // A refresh: jobs merged between begin and end are "seen"; endRefresh(true) removes the rest
    // (jobs that no longer match the query). endRefresh(false) (a failed load) keeps everything.
    virtual void beginRefresh() = 0;
    virtual void mergeBatch(const Batch &batch) = 0;
    virtual void endRefresh(bool complete) = 0;
    // The jobs not listed yet (a cached list shown while a refresh runs); never marked seen.
    virtual void addMissingBatch(const Batch &batch) = 0;
    virtual void upsertJob(const Job &job) = 0;
    virtual void removeJob(qint64 id) = 0;
    // The jobs as they are now, to be built on any thread: taking it is cheap (the list's storage
    // is implicitly shared), calling it builds the jobs.
    virtual std::function<QList<Job>()> snapshot() const = 0;
};

} // namespace jobdesk
