#include "SandboxWorld.h"

#include "api/ListJobTypesRequest.h"
#include "api/ListJobsRequest.h"

#include <QJsonArray>
#include <QSignalSpy>

namespace jobdesk {

SandboxWorld::SandboxWorld(QStringList sandboxArgs)
    : sandbox(std::move(sandboxArgs)) {
}

Profile SandboxWorld::profile() const {
    Profile p;
    p.name = QStringLiteral("Sandbox");
    p.apiBaseUrl = sandbox.baseUrl();
    p.tokenUrl = sandbox.tokenUrl();
    p.customerId = sandbox.customerId();
    p.clientId = sandbox.clientId();
    return p;
}

bool SandboxWorld::setUp(QString *error) {
    if (!sandbox.start(error))
        return false;
    RetryConfig fast;
    fast.baseDelayMs = 50;
    fast.maxDelayMs = 500;
    connection = std::make_unique<Connection>(&nam, profile(), sandbox.clientSecret(), &clock,
                                              ApiClientOptions(), RetryPolicy(fast));

    auto *types = new ListJobTypesRequest(connection->client());
    types->setAutoDelete(false);
    QSignalSpy typesDone(types, &ApiRequest::succeeded);
    QSignalSpy typesFailed(types, &ApiRequest::failed);
    types->start();
    if (!typesDone.wait(15000) || typesDone.isEmpty()) {
        *error = QStringLiteral("job types did not load");
        delete types;
        return false;
    }
    for (const JobType &t : types->types())
        this->types.insert(t.id, t);
    delete types;

    auto *jobs = new ListJobsRequest(
        connection->client(), JobQuery::statusChangedWithin(QStringLiteral("started"), clock.nowUtc(), 60));
    jobs->setCollect(true);
    jobs->setAutoDelete(false);
    QSignalSpy jobsDone(jobs, &ApiRequest::succeeded);
    jobs->start();
    if (!jobsDone.wait(30000)) {
        *error = QStringLiteral("jobs did not load");
        delete jobs;
        return false;
    }
    for (const Job &j : jobs->jobs()) {
        ResultKind kind;
        if (this->types.contains(j.typeId) && !allowedResult(j, &kind).isEmpty())
            startedJobs << j;
    }
    delete jobs;
    return true;
}

QString SandboxWorld::allowedResult(const Job &job, ResultKind *kind) const {
    const JobType t = types.value(job.typeId);
    if (!t.positiveResults.isEmpty()) {
        *kind = ResultKind::CompletedOk;
        return t.positiveResults.last(); // the last one: in the odd types that is the trailing-space text
    }
    *kind = ResultKind::CompletedWithIssues;
    return t.negativeResults.value(t.negativeResults.size() - 1);
}

int SandboxWorld::appliedCount(qint64 jobId) {
    return sandbox.admin("GET", QStringLiteral("/_admin/results/%1").arg(jobId))
        .object()
        .value(QStringLiteral("count"))
        .toInt(-1);
}

QString SandboxWorld::appliedResult(qint64 jobId) {
    return sandbox.admin("GET", QStringLiteral("/_admin/results/%1").arg(jobId))
        .object()
        .value(QStringLiteral("result"))
        .toString();
}

void SandboxWorld::setFaults(const QJsonObject &faults) {
    int status = 0;
    sandbox.admin("PUT", QStringLiteral("/_admin/faults"), faults, &status);
    if (status != 200 && status != 204)
        qWarning("setting sandbox faults failed with HTTP %d", status);
}

} // namespace jobdesk
