#pragma once

#include "api/ApiRequest.h"
#include "api/JobQuery.h"
#include "model/Job.h"

#include <QList>
#include <QMap>

class QThreadPool;

namespace jobdesk {

// GET /v1/jobs, every page (§4.2, §5.3). Page 1 goes first; once it comes back full, up to
// `maxInFlight` further pages are requested at once (a request's slot is free as soon as its answer
// arrives: parsing does not hold it). The loop ends at the first page holding
// fewer than pageSize items (there is no total count). Pages are parsed on a worker thread and
// delivered in page order through pageReady(), so a GUI can show jobs while the rest load.
class ListJobsRequest : public ApiRequest {
    Q_OBJECT
public:
    ListJobsRequest(ApiClient *client, JobQuery query, int pageSize = 1000, QObject *parent = nullptr);

    // Where pages are parsed; defaults to a pool owned by this request.
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }
    void setMaxInFlight(int n) { m_maxInFlight = n; }
    // Keep every job for jobs(); off by default (a GUI takes them from pageReady()).
    void setCollect(bool collect) { m_collect = collect; }
    const QList<Job> &jobs() const { return m_all; }
    // After succeeded(): how many jobs the pages held.
    int totalJobs() const { return m_total; }

    void start() override;

Q_SIGNALS:
    void pageReady(const QList<Job> &jobs, int pageNumber);

private:
    void requestPage(int pageNumber);
    void onPageParsed(int pageNumber, const QList<Job> &jobs, const QString &error);
    void fillPipeline();

    JobQuery m_query;
    int m_pageSize;
    int m_maxInFlight = 4;
    QThreadPool *m_pool = nullptr;
    bool m_ownPool = false;
    bool m_collect = false;

    int m_nextToRequest = 1;
    int m_nextToEmit = 1;
    int m_lastPage = -1; // known once a short page arrives
    int m_inFlight = 0;
    int m_parsing = 0; // answers being parsed
    int m_total = 0;
    QMap<int, QList<Job>> m_buffered;
    QList<Job> m_all;
};

} // namespace jobdesk
