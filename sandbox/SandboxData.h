#pragma once

#include "SandboxModel.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <vector>

namespace sandbox {

// The in-memory model: job types, jobs (a vector sorted by id plus an id -> index hash) and
// the applied-results log. Knows nothing about HTTP.
class SandboxData {
public:
    // Builds the deterministic seed data set.
    void generate(quint32 seed, int jobCount, const QDateTime &anchor);

    quint32 seed() const { return m_seed; }
    int jobCount() const { return m_jobCount; }
    QDateTime anchor() const { return m_anchor; }

    const QList<JobType> &jobTypes() const { return m_types; }
    const JobType *jobType(qint64 id) const;
    const std::vector<Job> &jobs() const { return m_jobs; }
    const Job *job(qint64 id) const;

    // Mutations (each marks the job as changed for the state file).
    void startJob(qint64 id, const QDateTime &now);
    void setResult(qint64 id, const QString &status, const QString &result, const QDateTime &now);
    void setStatus(qint64 id, const QString &status, const QDateTime &now);

    // Applied-results log, ordered by job id.
    const QMap<qint64, AppliedResult> &appliedResults() const { return m_applied; }
    AppliedResult appliedResult(qint64 jobId) const;
    void restoreAppliedResult(const AppliedResult &entry) { m_applied.insert(entry.jobId, entry); }

    // Goes up with every change to a job: what was computed from the jobs before is stale.
    quint64 version() const { return m_version; }

    // Jobs whose mutable fields differ from the seed (persisted by SandboxStateFile).
    const QSet<qint64> &changedJobIds() const { return m_changed; }
    Job *mutableJob(qint64 id);
    void markChanged(qint64 id) { m_changed.insert(id); }

private:
    quint32 m_seed = 1;
    int m_jobCount = 0;
    QDateTime m_anchor;
    QList<JobType> m_types;
    std::vector<Job> m_jobs;
    QHash<qint64, int> m_jobIndex;
    QMap<qint64, AppliedResult> m_applied;
    QSet<qint64> m_changed;
    quint64 m_version = 0;
};

} // namespace sandbox
