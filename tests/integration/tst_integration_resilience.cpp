// Token renewal, retries and the never-retried PUT, against the real sandbox with injected faults.
#include "IntegrationSupport.h"
#include "RequestRunner.h"

#include "api/ApiClient.h"
#include "api/GetJobRequest.h"
#include "api/JobQuery.h"
#include "api/ListJobsRequest.h"
#include "api/SetJobResultRequest.h"
#include "api/TokenSource.h"
#include "util/Clock.h"

#include <QTest>

#include <vector>

using namespace jobdesk;

namespace {
constexpr qint64 kBeyondDoubleId = 9007199254740993LL;
const QString kResultPut = QStringLiteral("PUT /v1/jobs/{id}/result");
const QString kJobGet = QStringLiteral("GET /v1/jobs/{id}");
} // namespace

class TestIntegrationResilience : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void expiredTokensRenewOnceForConcurrentGets();
    void shortLivedTokenIsRenewedBeforeUse();
    void retryAfterIsHonoured();
    void serverErrorsOnGetAreRetried();
    void resultPutIsNeverRetried();
    void appliedButAnswerLostIsOutcomeUnknown();

private:
    int routeCount(SandboxProcess &sandbox, const QString &route);
    void setFaults(const QJsonObject &faults);
    qint64 startedAnnualServiceJob(int index);

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    SystemClock m_clock;
    std::unique_ptr<Connection> m_conn;
};

void TestIntegrationResilience::initTestCase() {
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    ApiClientOptions options;
    options.maxConcurrent = 8; // all eight concurrent GETs on the wire at once
    m_conn = std::make_unique<Connection>(&m_nam, sandboxProfile(m_sandbox), sandboxSecret(m_sandbox),
                                          &m_clock, options);
}

void TestIntegrationResilience::init() {
    m_sandbox.admin("DELETE", QStringLiteral("/_admin/faults"));
    m_sandbox.admin("DELETE", QStringLiteral("/_admin/stats"));
}

int TestIntegrationResilience::routeCount(SandboxProcess &sandbox, const QString &route) {
    return sandbox.admin("GET", QStringLiteral("/_admin/stats"))
        .object()
        .value(QStringLiteral("routes"))
        .toObject()
        .value(route)
        .toInt();
}

void TestIntegrationResilience::setFaults(const QJsonObject &faults) {
    int status = 0;
    m_sandbox.admin("PUT", QStringLiteral("/_admin/faults"), faults, &status);
    QCOMPARE(status, 200);
}

// Seeded started jobs of type "Annual service" (deterministic for seed 1), fetched once.
qint64 TestIntegrationResilience::startedAnnualServiceJob(int index) {
    static QList<qint64> ids;
    if (ids.isEmpty()) {
        JobQuery query = JobQuery::defaultView(m_clock.nowUtc());
        query.typeIds = {3000004410LL};
        auto *list = new ListJobsRequest(m_conn->client(), query);
        list->setCollect(true);
        const auto run = runRequest(list);
        for (const Job &job : run.request->jobs())
            if (job.id != kBeyondDoubleId)
                ids << job.id;
    }
    return ids.value(index);
}

void TestIntegrationResilience::expiredTokensRenewOnceForConcurrentGets() {
    QVERIFY(runRequest(new GetJobRequest(m_conn->client(), kBeyondDoubleId)).ok());
    const int renewals = m_conn->tokens()->renewalCount();
    QVERIFY(m_conn->tokens()->hasValidToken());

    // The server forgets every token; the client still believes its own is good, so all eight
    // requests go out with it, meet 401s, and must share one renewal.
    int status = 0;
    m_sandbox.admin("POST", QStringLiteral("/_admin/tokens/expire"), {}, &status);
    QCOMPARE(status, 204);
    std::vector<std::unique_ptr<GetJobRequest>> requests;
    std::unique_ptr<QSignalSpy> okSpies[8], failSpies[8];
    for (int i = 0; i < 8; ++i) {
        requests.push_back(std::make_unique<GetJobRequest>(m_conn->client(), kBeyondDoubleId));
        requests.back()->setAutoDelete(false);
        okSpies[i] = std::make_unique<QSignalSpy>(requests.back().get(), &ApiRequest::succeeded);
        failSpies[i] = std::make_unique<QSignalSpy>(requests.back().get(), &ApiRequest::failed);
    }
    for (auto &r : requests)
        r->start();
    const auto allDone = [&] {
        for (int i = 0; i < 8; ++i)
            if (okSpies[i]->count() + failSpies[i]->count() == 0)
                return false;
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allDone(), 60000);
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(failSpies[i]->count(), 0);
        QCOMPARE(okSpies[i]->count(), 1);
    }
    QCOMPARE(m_conn->tokens()->renewalCount(), renewals + 1);
    QVERIFY(routeCount(m_sandbox, kJobGet) >= 9); // the 401s really happened
}

void TestIntegrationResilience::shortLivedTokenIsRenewedBeforeUse() {
    SandboxProcess sandbox({QStringLiteral("--token-ttl"), QStringLiteral("2")});
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    Connection conn(&m_nam, sandboxProfile(sandbox), sandboxSecret(sandbox), &m_clock);
    QVERIFY(runRequest(new GetJobRequest(conn.client(), kBeyondDoubleId)).ok());
    QCOMPARE(conn.tokens()->renewalCount(), 1);

    QTRY_VERIFY_WITH_TIMEOUT(!conn.tokens()->hasValidToken(), 10000); // near its expiry
    sandbox.admin("DELETE", QStringLiteral("/_admin/stats"));
    QVERIFY(runRequest(new GetJobRequest(conn.client(), kBeyondDoubleId)).ok());
    QCOMPARE(conn.tokens()->renewalCount(), 2);
    QCOMPARE(routeCount(sandbox, kJobGet), 1); // renewed before use: no 401 and replay
}

void TestIntegrationResilience::retryAfterIsHonoured() {
    QJsonObject faults = failNext(QStringLiteral("429"), QStringLiteral("jobs"));
    faults.insert(QStringLiteral("retryAfterSeconds"), 2);
    setFaults(faults);
    const auto run = runRequest(new GetJobRequest(m_conn->client(), kBeyondDoubleId));
    QVERIFY(run.ok());
    QCOMPARE(run.retries, 1);
    QCOMPARE(run.retryDelaysMs, QList<int>{2000});
    QCOMPARE(routeCount(m_sandbox, kJobGet), 2);
}

void TestIntegrationResilience::serverErrorsOnGetAreRetried() {
    setFaults(failNext(QStringLiteral("500"), QStringLiteral("jobs"), 2));
    const auto run = runRequest(new GetJobRequest(m_conn->client(), kBeyondDoubleId));
    QVERIFY(run.ok());
    QCOMPARE(run.retries, 2);
    QCOMPARE(routeCount(m_sandbox, kJobGet), 3);
}

void TestIntegrationResilience::resultPutIsNeverRetried() {
    const qint64 id = startedAnnualServiceJob(0);
    QVERIFY(id > 0);
    setFaults(failNext(QStringLiteral("500"), QStringLiteral("result"), 5));

    // The raw call: one attempt, no retry scheduled.
    ApiCall *call = m_conn->client()->put(
        QStringLiteral("/v1/jobs/%1/result").arg(id),
        SetJobResultRequest::body(ResultKind::CompletedOk, QStringLiteral("Serviced - no faults")));
    QSignalSpy finished(call, &ApiCall::finished);
    QSignalSpy retry(call, &ApiCall::retryScheduled);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const ApiResponse r = finished.at(0).at(0).value<ApiResponse>();
    QCOMPARE(r.error.kind(), ApiError::Kind::Server);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(retry.count(), 0);

    // The request class: fails, nothing retried, the server saw exactly one PUT per call.
    const auto run = runRequest(new SetJobResultRequest(m_conn->client(), id, ResultKind::CompletedOk,
                                                        QStringLiteral("Serviced - no faults")));
    QVERIFY(run.error);
    QCOMPARE(run.error->kind(), ApiError::Kind::Server);
    QCOMPARE(run.retries, 0);
    QVERIFY(run.request->outcomeUnknown()); // a 5xx may have been applied before the server failed
    QCOMPARE(routeCount(m_sandbox, kResultPut), 2);
    const QJsonObject applied = m_sandbox.admin("GET", QStringLiteral("/_admin/results/%1").arg(id)).object();
    QCOMPARE(applied.value(QStringLiteral("count")).toInt(), 0);
}

void TestIntegrationResilience::appliedButAnswerLostIsOutcomeUnknown() {
    const qint64 id = startedAnnualServiceJob(1);
    QVERIFY(id > 0);
    setFaults(failNext(QStringLiteral("applyThenDrop"), QStringLiteral("result")));
    const QString text = QStringLiteral("serviced - no faults");
    const auto run = runRequest(new SetJobResultRequest(m_conn->client(), id, ResultKind::CompletedOk, text));
    QVERIFY(run.error);
    QVERIFY(run.request->outcomeUnknown());
    QCOMPARE(run.retries, 0);
    QCOMPARE(routeCount(m_sandbox, kResultPut), 1); // sent once: not even the network layer resent it

    const auto after = runRequest(new GetJobRequest(m_conn->client(), id));
    QVERIFY(after.ok());
    const Job job = after.request->job();
    QCOMPARE(job.status, JobStatus::CompletedOk);
    QCOMPARE(job.result, text);
    const QJsonObject applied = m_sandbox.admin("GET", QStringLiteral("/_admin/results/%1").arg(id)).object();
    QCOMPARE(applied.value(QStringLiteral("count")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestIntegrationResilience)
#include "tst_integration_resilience.moc"
