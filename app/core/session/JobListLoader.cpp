#include "session/JobListLoader.h"

#include "api/GetJobRequest.h"
#include "api/ListJobsRequest.h"
#include "session/JobList.h"
#include "util/BackgroundWork.h"

#include <memory>
#include <utility>

namespace jobdesk {

JobListLoader::JobListLoader(JobList *model, QObject *parent)
    : QObject(parent)
    , m_model(model) {
    m_pool.setMaxThreadCount(1);
}

JobListLoader::~JobListLoader() {
    // Not cancel(): the list may be gone already (the window deletes its model, an older child, first).
    abandon();
    m_pool.waitForDone(); // its results are posted to this object; they go with it
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
    if (!m_loading)
        return false;
    m_loading = false;
    ++m_generation; // pages still being prepared are dropped
    if (ListJobsRequest *request = m_request) {
        m_request.clear();
        disconnect(request, nullptr, this, nullptr);
        request->abort();
    }
    return true;
}

void JobListLoader::load(const JobQuery &query) {
    cancel();
    if (!m_client)
        return;
    auto *request = new ListJobsRequest(m_client, query, m_pageSize, this);
    m_request = request;
    m_loading = true;
    m_loaded = 0;
    m_preparing = 0;
    m_total.reset();
    m_error.reset();
    const quint64 generation = ++m_generation;
    m_model->beginRefresh();
    // Made now: the worker must not reach the list, which may be gone before the worker is done.
    JobList::BatchMaker makeBatch = m_model->batchMaker();
    connect(request, &ListJobsRequest::pageReady, this,
            [this, generation, makeBatch](const QList<Job> &jobs, int) {
                ++m_preparing;
                m_pool.start([this, generation, makeBatch, jobs] {
                    BackgroundWork::lowerThisThread();
                    JobList::BatchPtr batch = makeBatch(jobs);
                    QMetaObject::invokeMethod(
                        this,
                        [this, generation, batch] {
                            if (generation != m_generation)
                                return; // abandoned
                            --m_preparing;
                            m_model->mergeBatch(*batch);
                            m_loaded += int(batch->size());
                            Q_EMIT progress(m_loaded);
                            finishIfDone();
                        },
                        Qt::QueuedConnection);
                });
            });
    connect(request, &ApiRequest::succeeded, this, [this, request] {
        const int total = request->totalJobs();
        m_request.clear();
        m_total = total;
        finishIfDone();
    });
    connect(request, &ApiRequest::failed, this, [this](const ApiError &error) {
        m_request.clear();
        m_error = error;
        finishIfDone(); // the pages before the failure still go in
    });
    Q_EMIT loadStarted();
    request->start();
}

void JobListLoader::finishIfDone() {
    if (m_preparing > 0 || (!m_total && !m_error))
        return;
    m_loading = false;
    ++m_generation;
    const std::optional<ApiError> error = std::exchange(m_error, std::nullopt);
    const int total = m_total.value_or(0);
    m_model->endRefresh(!error);
    if (error)
        Q_EMIT loadFailed(*error);
    else
        Q_EMIT loadFinished(total);
}

void JobListLoader::refetchJob(qint64 jobId) {
    if (!m_client)
        return;
    auto *request = new GetJobRequest(m_client, jobId, this);
    connect(request, &ApiRequest::succeeded, this, [this, request] {
        const Job &job = request->job();
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
