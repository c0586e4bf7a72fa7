#pragma once

#include "model/Job.h"

#include <QList>

namespace jobdesk {

// The job list a window shows, as JobListLoader and JobListCache fill it (the GUI's JobListModel
// implements it). Jobs are merged by id.
class JobList {
public:
    virtual ~JobList() = default;

    // A refresh: jobs merged between begin and end are "seen"; endRefresh(true) removes the rest
    // (jobs that no longer match the query). endRefresh(false) (a failed load) keeps everything.
    virtual void beginRefresh() = 0;
    virtual void mergeJobs(const QList<Job> &jobs) = 0;
    virtual void endRefresh(bool complete) = 0;
    // The jobs not listed yet (a cached list shown while a refresh runs); never marked seen.
    virtual void addMissingJobs(const QList<Job> &jobs) = 0;
    virtual void upsertJob(const Job &job) = 0;
    virtual void removeJob(qint64 id) = 0;
    virtual const QList<Job> &jobs() const = 0;
};

} // namespace jobdesk
