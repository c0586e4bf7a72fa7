// The in-process BigChange of tests/fakes, through the app's own HTTP stack (Connection, ApiClient,
// HttpExchange, the requests): the fake must answer as the real API and as Qt's replies do, or the
// GUI tests that run on it prove nothing.
#include "FakeClock.h"
#include "FakeServer.h"
#include "api/Connection.h"
#include "api/FieldErrors.h"
#include "api/ListJobsRequest.h"
#include "api/SetJobResultRequest.h"

#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace jobdesk;

namespace {
Profile fakeProfile(const FakeServer &server) {
    Profile p;
    p.name = QStringLiteral("Fake");
    p.apiBaseUrl = server.apiBaseUrl();
    p.tokenUrl = server.tokenUrl();
    p.customerId = server.customerId();
    p.clientId = server.clientId();
    return p;
}

std::optional<ApiResponse> call(ApiCall *apiCall) {
    std::optional<ApiResponse> out;
    QObject::connect(apiCall, &ApiCall::finished, apiCall, [&out](const ApiResponse &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
        return std::nullopt;
    return out;
}
} // namespace

class TestFakeServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void answersFromTheEventLoopLikeQt();
    void defaultViewPagesThroughTheStartedJobs();
    void jobsNeedAnIdAReferenceOrAWindow();
    void wrongSecretIsRefused();
    void resultIsAppliedOnceFromTheOneShotBody();
    void resultTheTypeDoesNotOfferIs422();
    void scriptedRejectionCarriesItsFieldErrors();

private:
    FakeClock m_clock{QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<Connection> m_connection;
};

void TestFakeServer::init() {
    m_server = std::make_unique<FakeServer>(m_clock.nowUtc());
    m_connection = std::make_unique<Connection>(m_server.get(), fakeProfile(*m_server),
                                                m_server->clientSecret(), &m_clock);
}

void TestFakeServer::cleanup() {
    m_connection.reset();
    m_server.reset();
}

void TestFakeServer::answersFromTheEventLoopLikeQt() {
    QNetworkRequest request(m_server->apiBaseUrl().resolved(QUrl(QStringLiteral("/v1/jobs/5000000101"))));
    std::unique_ptr<QNetworkReply> reply(m_server->get(request)); // no token
    QStringList order;
    connect(reply.get(), &QNetworkReply::metaDataChanged, this, [&] { order << QStringLiteral("meta"); });
    connect(reply.get(), &QNetworkReply::readyRead, this, [&] { order << QStringLiteral("read"); });
    connect(reply.get(), &QNetworkReply::finished, this, [&] { order << QStringLiteral("finished"); });
    QVERIFY(!reply->isFinished()); // nothing before the event loop runs
    QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(order,
             (QStringList{QStringLiteral("meta"), QStringLiteral("read"), QStringLiteral("finished")}));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader)
                .toString()
                .startsWith(QStringLiteral("application/problem+json")));
    QCOMPARE(reply->error(), QNetworkReply::AuthenticationRequiredError);
    QVERIFY(reply->readAll().contains("\"status\":401"));
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/jobs/5000000101")), 1);
}

void TestFakeServer::defaultViewPagesThroughTheStartedJobs() {
    ListJobsRequest request(m_connection->client(), JobQuery::defaultView(m_clock.nowUtc()), 4);
    request.setAutoDelete(false);
    request.setCollect(true);
    QSignalSpy pages(&request, &ListJobsRequest::pageReady);
    QSignalSpy succeeded(&request, &ApiRequest::succeeded);
    request.start();
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(request.jobs().size(), FakeServer::kStartedRecently);
    QCOMPARE(pages.size(), 3); // 4 + 4 + 3
    QSet<qint64> ids;
    for (const Job &job : request.jobs()) {
        QCOMPARE(job.status, JobStatus::Started);
        QVERIFY(job.statusModifiedAt >= m_clock.nowUtc().addDays(-JobQuery::kDefaultDaysBack));
        ids.insert(job.id);
    }
    QCOMPARE(ids.size(), FakeServer::kStartedRecently);
    QCOMPARE(m_server->tokensIssued(), 1);
    const FakeServer::Request &first = m_server->requests().at(1); // after the token
    QCOMPARE(first.query.queryItemValue(QStringLiteral("status")), QStringLiteral("started"));
    QCOMPARE(first.request.rawHeader("Customer-Id"), QByteArray::number(FakeServer::kCustomerId));
}

void TestFakeServer::jobsNeedAnIdAReferenceOrAWindow() {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("started"));
    const auto r = call(m_connection->client()->get(QStringLiteral("/v1/jobs"), query));
    QVERIFY(r);
    QCOMPARE(r->httpStatus, 422);
    QCOMPARE(r->error.kind(), ApiError::Kind::Validation);
    QVERIFY(!r->error.fieldErrors().isEmpty());
}

void TestFakeServer::wrongSecretIsRefused() {
    Connection wrong(m_server.get(), fakeProfile(*m_server), QStringLiteral("fake-secret 1"), &m_clock);
    const auto r = call(wrong.client()->get(QStringLiteral("/v1/jobs/%1").arg(FakeServer::kFirstJobId)));
    QVERIFY(r);
    QCOMPARE(r->error.kind(), ApiError::Kind::Auth);
    QCOMPARE(m_server->tokensIssued(), 0);
    QCOMPARE(m_server->count("GET", QStringLiteral("/v1/jobs/%1").arg(FakeServer::kFirstJobId)), 0);
}

void TestFakeServer::resultIsAppliedOnceFromTheOneShotBody() {
    const qint64 id = FakeServer::kFirstJobId; // started, Annual service
    const QString path = QStringLiteral("/v1/jobs/%1/result").arg(id);
    SetJobResultRequest request(m_connection->client(), id, ResultKind::CompletedWithIssues,
                                QStringLiteral("Parts on order "));
    request.setAutoDelete(false);
    QSignalSpy succeeded(&request, &ApiRequest::succeeded);
    request.start();
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(m_server->count("PUT", path), 1);
    QCOMPARE(m_server->requests().constLast().body,
             SetJobResultRequest::body(ResultKind::CompletedWithIssues, QStringLiteral("Parts on order ")));
    const auto applied = m_server->appliedResult(id);
    QVERIFY(applied);
    QCOMPARE(applied->result, QStringLiteral("Parts on order ")); // exact, trailing space and all
    QCOMPARE(applied->status, QStringLiteral("completedWithIssues"));
    QCOMPARE(m_server->job(id).value(QStringLiteral("status")).toString(),
             QStringLiteral("completedWithIssues"));

    // The job is completed now: a second result is refused, as BigChange does.
    SetJobResultRequest again(m_connection->client(), id, ResultKind::CompletedOk,
                              QStringLiteral("Serviced - no faults"));
    again.setAutoDelete(false);
    QSignalSpy failed(&again, &ApiRequest::failed);
    again.start();
    QVERIFY(failed.wait(10000));
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.httpStatus(), 422);
    QVERIFY(!error.fieldErrors().messages(FieldErrors::Status).isEmpty());
    QCOMPARE(m_server->appliedResult(id)->count, 1);
}

void TestFakeServer::resultTheTypeDoesNotOfferIs422() {
    const qint64 id = FakeServer::kFirstJobId + 2; // started, Installation: negativeResults null
    SetJobResultRequest request(m_connection->client(), id, ResultKind::CompletedWithIssues,
                                QStringLiteral("No access"));
    request.setAutoDelete(false);
    QSignalSpy failed(&request, &ApiRequest::failed);
    request.start();
    QVERIFY(failed.wait(10000));
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Validation);
    const QStringList messages = error.fieldErrors().messages(FieldErrors::Result);
    QVERIFY2(messages.size() == 1 && messages[0].contains(QStringLiteral("Installation")),
             qPrintable(messages.join(QLatin1Char('|'))));
    QVERIFY(!m_server->appliedResult(id));
}

void TestFakeServer::scriptedRejectionCarriesItsFieldErrors() {
    const qint64 id = FakeServer::kFirstJobId + 1;
    m_server->rejectResult(id, {{QStringLiteral("result"), {QStringLiteral("Not today.")}}});
    SetJobResultRequest request(m_connection->client(), id, ResultKind::CompletedOk,
                                QStringLiteral("Serviced - no faults"));
    request.setAutoDelete(false);
    QSignalSpy failed(&request, &ApiRequest::failed);
    request.start();
    QVERIFY(failed.wait(10000));
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.httpStatus(), 422);
    QCOMPARE(error.fieldErrors().messages(FieldErrors::Result), QStringList{QStringLiteral("Not today.")});
    QVERIFY(!m_server->appliedResult(id));
}

QTEST_GUILESS_MAIN(TestFakeServer)
#include "tst_fakeserver.moc"
