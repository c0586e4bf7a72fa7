#include "SandboxData.h"

#include "SandboxSeed.h"

namespace sandbox {

void SandboxData::generate(quint32 seed, int jobCount, const QDateTime &anchor) {
    ++m_version;
    m_seed = seed;
    m_jobCount = jobCount;
    m_anchor = anchor;
    m_types = SandboxSeed::makeJobTypes();
    m_jobs = SandboxSeed::makeJobs(seed, jobCount, anchor, m_types);
    m_jobIndex.clear();
    m_jobIndex.reserve(int(m_jobs.size()));
    for (int i = 0; i < int(m_jobs.size()); ++i)
        m_jobIndex.insert(m_jobs[size_t(i)].id, i);
    m_applied.clear();
    m_changed.clear();
}

const JobType *SandboxData::jobType(qint64 id) const {
    for (const JobType &t : m_types) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const Job *SandboxData::job(qint64 id) const {
    const auto it = m_jobIndex.constFind(id);
    return it == m_jobIndex.cend() ? nullptr : &m_jobs[size_t(it.value())];
}

Job *SandboxData::mutableJob(qint64 id) {
    ++m_version; // the caller may change it
    const auto it = m_jobIndex.constFind(id);
    return it == m_jobIndex.cend() ? nullptr : &m_jobs[size_t(it.value())];
}

void SandboxData::startJob(qint64 id, const QDateTime &now) {
    Job *j = mutableJob(id);
    if (!j)
        return;
    j->status = QStringLiteral("started");
    j->statusModifiedAt = now;
    j->actualStartAt = now;
    j->actualEndAt = QDateTime();
    m_changed.insert(id);
    ++m_version;
}

void SandboxData::setResult(qint64 id, const QString &status, const QString &result, const QDateTime &now) {
    Job *j = mutableJob(id);
    if (!j)
        return;
    j->status = status;
    j->result = result;
    j->statusModifiedAt = now;
    j->actualEndAt = now;
    m_changed.insert(id);
    ++m_version;
    AppliedResult &entry = m_applied[id];
    entry.jobId = id;
    entry.count += 1;
    entry.status = status;
    entry.result = result;
}

void SandboxData::setStatus(qint64 id, const QString &status, const QDateTime &now) {
    Job *j = mutableJob(id);
    if (!j)
        return;
    j->status = status;
    j->statusModifiedAt = now;
    if (status == QLatin1String("started")) {
        j->actualStartAt = now;
        j->actualEndAt = QDateTime();
        j->result = QString();
    }
    m_changed.insert(id);
    ++m_version;
}

AppliedResult SandboxData::appliedResult(qint64 jobId) const {
    AppliedResult entry = m_applied.value(jobId);
    entry.jobId = jobId;
    return entry;
}

} // namespace sandbox
