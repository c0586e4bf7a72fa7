// Every request class against the real sandbox: success paths and the error kinds a caller sees.
#include "IntegrationSupport.h"
#include "RequestRunner.h"

#include "api/ApiClient.h"
#include "api/GetJobRequest.h"
#include "api/GetJobTypeRequest.h"
#include "api/JobQuery.h"
#include "api/ListJobTypesRequest.h"
#include "api/ListJobsRequest.h"
#include "api/SetJobResultRequest.h"
#include "api/StartJobRequest.h"
#include "util/Clock.h"

#include <QTest>

using namespace jobdesk;

namespace {
constexpr qint64 kBeyondDoubleId = 9007199254740993LL;
}

class TestIntegrationRequests : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listJobs();
    void getJob();
    void listJobTypes();
    void getJobType();
    void startJob();
    void setJobResult();
    void mandatoryFilterIsValidationWithServerMessage();
    void emptyQueryIsRefusedBeforeSending();
    void readOnlyClientIsForbidden();
    void unknownIdsAreNotFound();
    void unapprovedCustomerIsForbidden();
    void remotePlainHttpIsConfigurationWithoutTraffic();

private:
    std::unique_ptr<Connection> connect(const Profile &profile, const QString &secret);

    SandboxProcess m_sandbox;
    CountingNetworkAccessManager m_nam;
    SystemClock m_clock;
    std::unique_ptr<Connection> m_full;
};

std::unique_ptr<Connection> TestIntegrationRequests::connect(const Profile &profile, const QString &secret) {
    return std::make_unique<Connection>(&m_nam, profile, secret, &m_clock);
}

void TestIntegrationRequests::initTestCase() {
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_full = connect(sandboxProfile(m_sandbox), sandboxSecret(m_sandbox));
}

void TestIntegrationRequests::listJobs() {
    auto *request = new ListJobsRequest(m_full->client(), JobQuery::defaultView(m_clock.nowUtc()), 50);
    request->setCollect(true);
    const auto run = runRequest(request);
    QVERIFY(run.ok());
    const QList<Job> &jobs = run.request->jobs();
    QVERIFY(jobs.size() > 50); // more than one page
    QCOMPARE(run.request->totalJobs(), int(jobs.size()));
    bool sawBeyond = false;
    for (const Job &job : jobs) {
        QCOMPARE(job.status, JobStatus::Started);
        sawBeyond = sawBeyond || job.id == kBeyondDoubleId;
    }
    QVERIFY(sawBeyond);
}

void TestIntegrationRequests::getJob() {
    const auto run = runRequest(new GetJobRequest(m_full->client(), kBeyondDoubleId));
    QVERIFY(run.ok());
    const Job job = run.request->job();
    QCOMPARE(job.id, kBeyondDoubleId);
    QCOMPARE(job.reference, QStringLiteral("J-BEYOND-2^53"));
    QCOMPARE(job.typeId, 3000004410LL);
}

void TestIntegrationRequests::listJobTypes() {
    const auto run = runRequest(new ListJobTypesRequest(m_full->client(), 3));
    QVERIFY(run.ok());
    const auto types = run.request->types();
    QCOMPARE(types.size(), 8); // across three pages of 3
    QCOMPARE(types.constFirst().id, 3000004410LL);
}

void TestIntegrationRequests::getJobType() {
    const auto run = runRequest(new GetJobTypeRequest(m_full->client(), 3000004410LL));
    QVERIFY(run.ok());
    const JobType type = run.request->type();
    QVERIFY(type.negativeResults.contains(QStringLiteral("Parts on order ")));
    QVERIFY(type.positiveResults.contains(QStringLiteral("serviced - no faults")));
}

void TestIntegrationRequests::startJob() {
    JobQuery query;
    query.statuses = {QStringLiteral("scheduled")};
    query.statusModifiedAtFrom = m_clock.nowUtc().addYears(-5);
    query.statusModifiedAtTo = m_clock.nowUtc().addDays(1);
    auto *list = new ListJobsRequest(m_full->client(), query);
    list->setCollect(true);
    const auto found = runRequest(list);
    QVERIFY(found.ok() && !found.request->jobs().isEmpty());
    const qint64 id = found.request->jobs().constFirst().id;

    const auto start = runRequest(new StartJobRequest(m_full->client(), id));
    QVERIFY(start.ok());
    const auto after = runRequest(new GetJobRequest(m_full->client(), id));
    QVERIFY(after.ok());
    QCOMPARE(after.request->job().status, JobStatus::Started);
}

void TestIntegrationRequests::setJobResult() {
    const QString text = QStringLiteral("Parts on order ");
    const auto run = runRequest(
        new SetJobResultRequest(m_full->client(), kBeyondDoubleId, ResultKind::CompletedWithIssues, text));
    QVERIFY(run.ok());
    const QJsonObject applied =
        m_sandbox.admin("GET", QStringLiteral("/_admin/results/%1").arg(kBeyondDoubleId)).object();
    QCOMPARE(applied.value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(applied.value(QStringLiteral("result")).toString(), text);
    const auto after = runRequest(new GetJobRequest(m_full->client(), kBeyondDoubleId));
    QCOMPARE(after.request->job().status, JobStatus::CompletedWithIssues);
    QCOMPARE(after.request->job().result, text);
}

void TestIntegrationRequests::mandatoryFilterIsValidationWithServerMessage() {
    // JobQuery::validate() would refuse this; the raw client lets us meet the server's own rule.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("started"));
    ApiCall *call = m_full->client()->get(QStringLiteral("/v1/jobs"), query);
    QSignalSpy spy(call, &ApiCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 30000);
    const ApiResponse r = spy.at(0).at(0).value<ApiResponse>();
    QCOMPARE(r.error.kind(), ApiError::Kind::Validation);
    QCOMPARE(r.error.httpStatus(), 422);
    QCOMPARE(r.error.fieldErrors().general().size(), 1);
    QVERIFY(r.error.fieldErrors().general().constFirst().startsWith(
        QStringLiteral("At least one of Id, Reference")));
    QVERIFY(r.error.userMessage().contains(QStringLiteral("At least one of Id, Reference")));
}

void TestIntegrationRequests::emptyQueryIsRefusedBeforeSending() {
    const int before = m_nam.requests;
    const auto run = runRequest(new ListJobsRequest(m_full->client(), JobQuery()));
    QVERIFY(run.error);
    QCOMPARE(run.error->kind(), ApiError::Kind::Validation);
    QVERIFY(!run.error->fieldErrors().general().isEmpty());
    QCOMPARE(m_nam.requests, before);
}

void TestIntegrationRequests::readOnlyClientIsForbidden() {
    auto readOnly = connect(sandboxProfile(m_sandbox, true), sandboxSecret(m_sandbox, true));
    const auto read = runRequest(new GetJobTypeRequest(readOnly->client(), 3000004410LL));
    QVERIFY(read.ok()); // reading is allowed
    const auto run = runRequest(new StartJobRequest(readOnly->client(), kBeyondDoubleId));
    QVERIFY(run.finished); // failed(), then finished(), once each
    QVERIFY(run.error);
    QCOMPARE(run.error->kind(), ApiError::Kind::Forbidden);
    QCOMPARE(run.error->httpStatus(), 403);
    QVERIFY(!run.request->isSucceeded());
    QCOMPARE(run.request->error().kind(), ApiError::Kind::Forbidden);
}

void TestIntegrationRequests::unknownIdsAreNotFound() {
    const auto job = runRequest(new GetJobRequest(m_full->client(), 1));
    QVERIFY(job.error);
    QCOMPARE(job.error->kind(), ApiError::Kind::NotFound);
    QCOMPARE(job.retries, 0);
    const auto type = runRequest(new GetJobTypeRequest(m_full->client(), 1));
    QVERIFY(type.error);
    QCOMPARE(type.error->kind(), ApiError::Kind::NotFound);
}

void TestIntegrationRequests::unapprovedCustomerIsForbidden() {
    Profile p = sandboxProfile(m_sandbox);
    p.customerId = m_sandbox.admin("GET", QStringLiteral("/_admin/credentials"))
                       .object()
                       .value(QStringLiteral("unapprovedCustomerId"))
                       .toInteger();
    QVERIFY(p.customerId > 0);
    auto conn = connect(p, sandboxSecret(m_sandbox));
    const auto run = runRequest(new GetJobRequest(conn->client(), kBeyondDoubleId));
    QVERIFY(run.error);
    QCOMPARE(run.error->kind(), ApiError::Kind::Forbidden);
}

void TestIntegrationRequests::remotePlainHttpIsConfigurationWithoutTraffic() {
    Profile p = sandboxProfile(m_sandbox);
    p.apiBaseUrl = QUrl(QStringLiteral("http://example.com"));
    p.tokenUrl = QUrl(QStringLiteral("http://example.com/auth/tokens"));
    QVERIFY(!p.validate().isEmpty());
    CountingNetworkAccessManager nam;
    Connection conn(&nam, p, sandboxSecret(m_sandbox), &m_clock);
    QVERIFY(!conn.client()->configurationError().isEmpty());
    const auto get = runRequest(new GetJobRequest(conn.client(), kBeyondDoubleId));
    QVERIFY(get.error);
    QCOMPARE(get.error->kind(), ApiError::Kind::Configuration);
    const auto put = runRequest(new SetJobResultRequest(
        conn.client(), kBeyondDoubleId, ResultKind::CompletedOk, QStringLiteral("Serviced - no faults")));
    QVERIFY(put.error);
    QCOMPARE(put.error->kind(), ApiError::Kind::Configuration);
    QVERIFY(!put.request->outcomeUnknown());
    QCOMPARE(nam.requests, 0);
}

QTEST_GUILESS_MAIN(TestIntegrationRequests)
#include "tst_integration_requests.moc"
