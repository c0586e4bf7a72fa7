#include "ReadCommands.h"

#include "CliOutput.h"
#include "api/GetJobRequest.h"
#include "api/JobQuery.h"
#include "api/ListJobTypesRequest.h"
#include "api/ListJobsRequest.h"
#include "util/Clock.h"

namespace jobdesk::cli {

void ListJobsCommand::start() {
    // The work queue by default: started jobs whose status changed in the last 30 days, up to
    // tomorrow. --since moves the start of the window, --status replaces "started".
    JobQuery query = JobQuery::defaultView(m_clock->nowUtc());
    if (m_inv.since.isValid())
        query.statusModifiedAtFrom = m_inv.since;
    if (!m_inv.statuses.isEmpty())
        query.statuses = m_inv.statuses;

    auto *request = new ListJobsRequest(m_client, query, 1000, this);
    request->setCollect(true);
    watch(request);
    connect(request, &ListJobsRequest::finished, this, [this, request](int) {
        m_out->printJobs(request->jobs(), m_inv.format);
        finish(ExitCode::Ok);
    });
    request->start();
}

void ShowJobCommand::start() {
    auto *request = new GetJobRequest(m_client, m_inv.jobId, this);
    watch(request);
    connect(request, &GetJobRequest::finished, this, [this](const Job &job) {
        m_out->printJob(job, m_inv.format);
        finish(ExitCode::Ok);
    });
    request->start();
}

void ListJobTypesCommand::start() {
    auto *request = new ListJobTypesRequest(m_client, 1000, this);
    watch(request);
    connect(request, &ListJobTypesRequest::finished, this, [this](const QList<JobType> &types) {
        m_out->printJobTypes(types, m_inv.format);
        finish(ExitCode::Ok);
    });
    request->start();
}

} // namespace jobdesk::cli
