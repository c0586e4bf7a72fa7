#include "session/JobListLoader.h"

#include "api/GetJobRequest.h"
#include "api/ListJobsRequest.h"
#include "session/JobList.h"

namespace jobdesk {

JobListLoader::JobListLoader(JobList *model, QObject *parent)
    : QObject(parent)
    , m_model(model) {
}

JobListLoader::~JobListLoader() {
    // Not cancel(): the list may be gone already (the window deletes its model, an older child, first).
    abandon();
}

void JobListLoader::setClient(ApiClient *client) {
    cancel();
    m_client = client;
}

void JobListLoader::cancel() {
    if (abandon())
        m_model->endRefresh(false);
}

bool JobListLoader::abandon() {
    if (!m_request)
        return false;
    ListJobsRequest *request = m_request;
    m_request.clear();
    disconnect(request, nullptr, this, nullptr);
    request->abort();
    return true;
}

void JobListLoader::load(const JobQuery &query) {
    cancel();
    if (!m_client)
        return;
    auto *request = new ListJobsRequest(m_client, query, m_pageSize, this);
    m_request = request;
    m_loaded = 0;
    m_model->beginRefresh();
    connect(request, &ListJobsRequest::pageReady, this, [this](const QList<Job> &jobs, int) {
        m_model->mergeJobs(jobs);
        m_loaded += int(jobs.size());
        Q_EMIT progress(m_loaded);
    });
    connect(request, &ListJobsRequest::finished, this, [this](int total) {
        m_request.clear();
        m_model->endRefresh(true);
        Q_EMIT loadFinished(total);
    });
    connect(request, &ApiRequest::failed, this, [this](const ApiError &error) {
        m_request.clear();
        m_model->endRefresh(false);
        Q_EMIT loadFailed(error);
    });
    Q_EMIT loadStarted();
    request->start();
}

void JobListLoader::refetchJob(qint64 jobId) {
    if (!m_client)
        return;
    auto *request = new GetJobRequest(m_client, jobId, this);
    connect(request, &GetJobRequest::finished, this, [this](const Job &job) {
        m_model->upsertJob(job);
        Q_EMIT jobRefetched(job);
    });
    connect(request, &ApiRequest::failed, this, [this, jobId](const ApiError &error) {
        if (error.kind() == ApiError::Kind::NotFound) {
            m_model->removeJob(jobId);
            Q_EMIT jobGone(jobId);
            return;
        }
        Q_EMIT refetchFailed(jobId, error);
    });
    request->start();
}

} // namespace jobdesk
