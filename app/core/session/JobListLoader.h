#pragma once

#include "api/ApiError.h"
#include "api/JobQuery.h"
#include "model/Job.h"

#include <QObject>
#include <QPointer>

namespace jobdesk {

class ApiClient;
class JobList;
class ListJobsRequest;

// Fills a JobList (the window's JobListModel) from the server: a whole query (page by page,
// merged as pages arrive, so the table fills while the rest loads) or a single job read back after
// a change. One list load at a time: starting a new one abandons the previous.
class JobListLoader : public QObject {
    Q_OBJECT
public:
    JobListLoader(JobList *model, QObject *parent = nullptr);
    ~JobListLoader() override;

    void setClient(ApiClient *client); // nullptr: disconnected
    void load(const JobQuery &query);
    void cancel();
    bool isLoading() const { return !m_request.isNull(); }
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

    JobList *m_model;
    QPointer<ApiClient> m_client;
    QPointer<ListJobsRequest> m_request;
    int m_loaded = 0;
    int m_pageSize = 500;
};

} // namespace jobdesk
