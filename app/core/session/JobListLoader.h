#pragma once

#include "api/ApiError.h"
#include "api/JobQuery.h"
#include "model/Job.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <optional>

namespace jobdesk {

class ApiClient;
class JobList;
class ListJobsRequest;

// Fills a JobList (the window's JobListModel) from the server: a whole query (page by page,
// merged as pages arrive, so the table fills while the rest loads) or a single job read back after
// a change. One list load at a time: starting a new one abandons the previous. Each page is made
// into the list's own rows and search texts on a worker thread (JobList::batchMaker()), in page
// order; this thread only merges them.
class JobListLoader : public QObject {
    Q_OBJECT
public:
    JobListLoader(JobList *model, QObject *parent = nullptr);
    ~JobListLoader() override;

    void setClient(ApiClient *client); // nullptr: disconnected
    void load(const JobQuery &query);
    void cancel();
    bool isLoading() const { return m_loading; }
    // GET the job again and update (or, if it is gone, remove) its row.
    void refetchJob(qint64 jobId);
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

Q_SIGNALS:
    void loadStarted();
    void progress(int jobsLoaded);
    void loadFinished(int total);
    void loadFailed(const ApiError &error);
    void jobRefetched(const Job &job);
    void jobGone(qint64 jobId);
    void refetchFailed(qint64 jobId, const ApiError &error);

private:
    bool abandon(); // stops the list load, if any, without touching the list; true if there was one
    void finishIfDone();

    JobList *m_model;
    QPointer<ApiClient> m_client;
    QPointer<ListJobsRequest> m_request;
    int m_loaded = 0;
    int m_pageSize = 500;
    bool m_loading = false;
    quint64 m_generation = 0;        // pages prepared for an abandoned load are dropped
    int m_preparing = 0;             // pages handed to the worker and not merged yet
    std::optional<int> m_total;      // the request finished with this many jobs
    std::optional<ApiError> m_error; // the request failed
    QThreadPool m_pool;              // one thread, so pages come back in order
};

} // namespace jobdesk
