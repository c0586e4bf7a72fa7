// The bad-input table: malformed or hostile answers from a server, each of which must end in a
// specific ApiError — no crash, no hang past the configured timeouts — and leave the outbox as
// it was (nothing delivered, nothing lost).
#include "HostileServer.h"

#include "api/Connection.h"
#include "api/GetJobRequest.h"
#include "api/ListJobTypesRequest.h"
#include "api/ListJobsRequest.h"
#include "api/SetJobResultRequest.h"
#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxStore.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace jobdesk;

namespace {

using Kind = ApiError::Kind;
using Responder = HostileServer::Responder;

Responder json(int status, const QByteArray &body, const QByteArray &type = "application/json") {
    return [=](QTcpSocket *s, const QByteArray &) {
        HostileServer::reply(s, status, type, body);
    };
}

QByteArray nested(int depth) {
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

struct Row {
    const char *name;
    const char *target; // job | jobs | types | token | result
    Responder respond;
    Kind expected;
    const char *fragment; // in ApiError::message(), optional
};

QList<Row> rows() {
    const QByteArray page1 =
        R"({"items":[{"id":5000000001,"status":"started"}],"pageNumber":1,"pageSize":1000,"pageItemCount":1})";
    return {
        {"invalid json", "job", json(200, R"({"id": 5000000001, "status": )"), Kind::Protocol,
         "not valid JSON"},
        {"NaN literal", "job", json(200, R"({"id": NaN})"), Kind::Protocol, "not valid JSON"},
        {"empty 200", "job", json(200, ""), Kind::Protocol, "not valid JSON"},
        {"top-level array", "job", json(200, "[]"), Kind::Protocol, "not a JSON object"},
        {"null document", "job", json(200, "null"), Kind::Protocol, ""},
        {"id as string", "job", json(200, R"({"id":"5000000001"})"), Kind::Protocol, "id"},
        {"id too large", "job", json(200, R"({"id":1e30})"), Kind::Protocol, "id"},
        {"id fraction", "job", json(200, R"({"id":5000000001.5})"), Kind::Protocol, "id"},
        {"other job's id", "job", json(200, R"({"id":42})"), Kind::Protocol, "42"},
        {"deeply nested", "job", json(200, R"({"id":5000000001,"x":)" + nested(5000) + "}"), Kind::Protocol,
         "nested"},
        {"html page with 200", "job", json(200, "<html><body>Please log in</body></html>", "text/html"),
         Kind::Protocol, "web page"},
        {"204 with a body on a GET", "job",
         [](QTcpSocket *s, const QByteArray &) {
             s->write(
                 "HTTP/1.1 204 No Content\r\nContent-Length: 10\r\nConnection: close\r\n\r\n{\"id\":1}  ");
             s->disconnectFromHost();
         },
         Kind::Protocol, ""},
        {"items not an array", "jobs", json(200, R"({"items":{"id":1},"pageNumber":1})"), Kind::Protocol,
         "items"},
        {"items missing", "jobs", json(200, R"({"data":[]})"), Kind::Protocol, "items"},
        {"item not an object", "jobs", json(200, R"({"items":[7]})"), Kind::Protocol, "not an object"},
        {"count mismatch", "jobs", json(200, R"({"items":[{"id":5000000001}],"pageItemCount":3})"),
         Kind::Protocol, "holds 3"},
        {"wrong page echoed", "jobs",
         json(200, QByteArray(page1).replace("\"pageNumber\":1", "\"pageNumber\":7")), Kind::Protocol,
         "page 7"},
        {"job types not a page", "types", json(200, R"([{"id":1}])"), Kind::Protocol, "not a page"},
        {"50 MB body", "job",
         [](QTcpSocket *s, const QByteArray &) {
             HostileServer::reply(s, 200, "application/json", QByteArray(50 * 1024 * 1024, ' '));
         },
         Kind::Protocol, "larger than"},
        {"slow drip", "job",
         [](QTcpSocket *s, const QByteArray &) {
             s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
             auto *drip = new QTimer(s);
             QObject::connect(drip, &QTimer::timeout, s, [s] { s->write(" "); });
             drip->start(100);
         },
         Kind::Timeout, ""},
        {"silence", "job", [](QTcpSocket *, const QByteArray &) {}, Kind::Timeout, ""},
        {"closed without answer", "job", [](QTcpSocket *s, const QByteArray &) { s->abort(); }, Kind::Network,
         ""},
        {"garbage status line", "job",
         [](QTcpSocket *s, const QByteArray &) {
             s->write("HELLO THERE\r\n\r\n");
             s->disconnectFromHost();
         },
         Kind::Network, ""},
        {"truncated body", "job",
         [](QTcpSocket *s, const QByteArray &) {
             s->write(
                 "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"id\":");
             s->disconnectFromHost();
         },
         Kind::Network, ""},
        {"redirect to another host", "job",
         [](QTcpSocket *s, const QByteArray &) {
             HostileServer::reply(s, 302, "text/plain", "", "Location: https://evil.example/steal\r\n");
         },
         Kind::Protocol, "redirected"},
        {"problem without fields", "job", json(422, "{}", "application/problem+json"), Kind::Validation, ""},
        {"errors with non-array values", "result",
         json(422, R"({"title":"Invalid","errors":{"result":"just a string","x":{"a":1},"status":null}})",
              "application/problem+json"),
         Kind::Validation, ""},
        {"problem as plain text", "job", json(400, "Bad things happened", "text/plain"), Kind::Validation,
         "Bad things happened"},
        {"html 502", "job", json(502, "<html><h1>502 Bad Gateway</h1></html>", "text/html"), Kind::Server,
         "502"},
        {"401 forever", "job", json(401, R"({"title":"Unauthorized"})", "application/problem+json"),
         Kind::Auth, ""},
        {"403", "job", json(403, R"({"title":"Forbidden","detail":"jobs:read missing"})"), Kind::Forbidden,
         ""},
        {"404", "job", json(404, R"({"title":"Not Found"})"), Kind::NotFound, ""},
        {"429 every time", "job", json(429, "{}", "application/problem+json"), Kind::RateLimited, ""},
        {"token without access_token", "token", json(200, R"({"expires_in":3600})"), Kind::Protocol,
         "access_token"},
        {"token endpoint html", "token", json(200, "<html></html>", "text/html"), Kind::Protocol, "web page"},
        // The token request is one of our exchanges like any other: same deadline, same size cap.
        {"token slow drip", "token",
         [](QTcpSocket *s, const QByteArray &) {
             s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
             auto *drip = new QTimer(s);
             QObject::connect(drip, &QTimer::timeout, s, [s] { s->write(" "); });
             drip->start(100);
         },
         Kind::Timeout, "token request"},
        {"token silence", "token", [](QTcpSocket *, const QByteArray &) {}, Kind::Timeout, "token request"},
        {"token 50 MB body", "token",
         [](QTcpSocket *s, const QByteArray &) {
             HostileServer::reply(s, 200, "application/json", QByteArray(50 * 1024 * 1024, ' '));
         },
         Kind::Protocol, "larger than"},
        // A token without expires_in is used (for the default hour): the call goes on to the API.
        {"token without expires_in", "token", json(200, R"({"access_token":"t"})"), Kind::NotFound, ""},
        {"token refused", "token", json(400, R"({"title":"invalid_client"})"), Kind::Auth, "invalid_client"},
        {"500 on the result", "result", json(500, "oops", "text/plain"), Kind::Server, ""},
        {"result answer dropped", "result", [](QTcpSocket *s, const QByteArray &) { s->abort(); },
         Kind::Network, ""},
    };
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

    SystemClock m_clock;

    static Profile profileFor(const HostileServer &server) {
        Profile p;
        p.name = QStringLiteral("Hostile");
        p.apiBaseUrl = QUrl(QString::fromLatin1(server.baseUrl()));
        p.tokenUrl = QUrl(QString::fromLatin1(server.baseUrl() + "/auth/tokens"));
        p.customerId = 12345;
        p.clientId = QStringLiteral("client");
        return p;
    }

    static ApiClientOptions options() {
        ApiClientOptions o;
        o.transferTimeoutMs = 1000;
        o.deadlineMs = 2500;
        o.maxResponseBytes = 8 * 1024 * 1024;
        return o;
    }

    static RetryPolicy quickRetries() {
        RetryConfig c;
        c.maxAttempts = 2;
        c.baseDelayMs = 10;
        c.maxDelayMs = 20;
        return RetryPolicy(c);
    }

private Q_SLOTS:
    void answers_data() {
        QTest::addColumn<int>("index");
        const QList<Row> all = rows();
        QVERIFY(all.size() >= 30);
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all.at(i).name) << i;
    }

    void answers() {
        QFETCH(int, index);
        const Row row = rows().at(index);
        HostileServer server;
        QVERIFY(server.listenLoopback());
        const QByteArray target(row.target);
        if (target == "token") {
            server.tokenResponder = row.respond;
            server.responder = json(404, R"({"title":"Not Found"})"); // reached only with a token
        } else {
            server.responder = row.respond;
        }

        QNetworkAccessManager nam;
        Connection connection(&nam, profileFor(server), QStringLiteral("secret"), &m_clock, options(),
                              quickRetries());
        ApiRequest *request = nullptr;
        if (target == "jobs") {
            JobQuery q;
            q.ids = {5000000001};
            request = new ListJobsRequest(connection.client(), q);
        } else if (target == "types") {
            request = new ListJobTypesRequest(connection.client());
        } else if (target == "result") {
            request = new SetJobResultRequest(connection.client(), 5000000001, ResultKind::CompletedOk,
                                              QStringLiteral("Done"));
        } else {
            request = new GetJobRequest(connection.client(), 5000000001);
        }
        QSignalSpy failed(request, &ApiRequest::failed);
        request->start();
        // Two attempts of at most the 2.5 s deadline each, plus slack: a hang fails here.
        QVERIFY2(failed.wait(15000), "no error within the bound: the client hung or accepted the answer");
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(ApiError::kindName(error.kind()), ApiError::kindName(row.expected));
        QVERIFY2(error.message().contains(QLatin1String(row.fragment)), qPrintable(error.message()));
        QVERIFY(!error.userMessage().isEmpty());
        QVERIFY2(!error.userMessage().contains(QLatin1String("<html")), "raw HTML reached the user");
        QVERIFY2(!error.userMessage().contains(QLatin1String("Operation canceled")),
                 qPrintable(error.userMessage()));
    }

    // The command line against a token endpoint that answers 200 and then one byte at a time, or
    // not at all: --timeout bounds the whole run, the error is typed, and neither a Qt warning nor
    // Qt's own error text reaches the user.
    void cliTimeoutBoundsAHostileTokenEndpoint_data() {
        QTest::addColumn<bool>("drip");
        QTest::newRow("slow drip") << true;
        QTest::newRow("silence") << false;
    }

    void cliTimeoutBoundsAHostileTokenEndpoint() {
        QFETCH(bool, drip);
        HostileServer server;
        QVERIFY(server.listenLoopback());
        server.tokenResponder = [drip](QTcpSocket *s, const QByteArray &) {
            if (!drip)
                return;
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
            auto *timer = new QTimer(s);
            QObject::connect(timer, &QTimer::timeout, s, [s] { s->write(" "); });
            timer->start(500);
        };
        QTemporaryDir data;
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("JOBDESK_DATA_DIR"), data.path());
        env.insert(QStringLiteral("JOBDESK_CLIENT_SECRET"), QStringLiteral("secret"));
        cli.setProcessEnvironment(env);
        const QString base = QString::fromLatin1(server.baseUrl());
        QElapsedTimer clock;
        clock.start();
        cli.start(QStringLiteral(JOBDESK_CLI_BIN),
                  {QStringLiteral("--api-url"), base, QStringLiteral("--token-url"),
                   base + QStringLiteral("/auth/tokens"), QStringLiteral("--customer-id"),
                   QStringLiteral("12345"), QStringLiteral("--client-id"), QStringLiteral("client"),
                   QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("jobs"),
                   QStringLiteral("--status"), QStringLiteral("started"), QStringLiteral("--since"),
                   QDateTime::currentDateTimeUtc().addDays(-30).toString(Qt::ISODate)});
        // The test's own loop serves the hostile server while the CLI runs.
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 60000);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() != 0, qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("did not answer in time")), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("QIODevice")) &&
                     !err.contains(QLatin1String("Operation canceled")),
                 qPrintable(err));
        qInfo("jobdesk-cli --timeout 3 ended after %lld ms (exit %d)", clock.elapsed(), cli.exitCode());
    }

    void outboxKeepsItemsThroughBadAnswers_data() {
        QTest::addColumn<int>("index");
        const QList<Row> all = rows();
        for (int i = 0; i < all.size(); ++i)
            if (QByteArray(all.at(i).target) == "result")
                QTest::newRow(all.at(i).name) << i;
    }

    void outboxKeepsItemsThroughBadAnswers() {
        QFETCH(int, index);
        const Row row = rows().at(index);
        HostileServer server;
        QVERIFY(server.listenLoopback());
        server.responder = [&row](QTcpSocket *s, const QByteArray &head) {
            if (head.startsWith("GET")) // read-backs see a job that is still started
                HostileServer::reply(s, 200, "application/json", R"({"id":5000000001,"status":"started"})");
            else
                row.respond(s, head);
        };
        QNetworkAccessManager nam;
        Connection connection(&nam, profileFor(server), QStringLiteral("secret"), &m_clock, options(),
                              quickRetries());
        QTemporaryDir dir;
        OutboxStore store(&m_clock);
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("outbox.sqlite")), &error));
        OutboxItem item;
        item.connection = profileFor(server).connectionKey();
        item.customerId = 12345;
        item.jobId = 5000000001;
        item.resultText = QStringLiteral("Done");
        qint64 id = 0;
        QCOMPARE(store.enqueue(item, false, &id), OutboxStore::EnqueueOutcome::Added);
        OutboxDispatcher dispatcher(&store, connection.client(), nullptr, &m_clock);
        QSignalSpy retry(&dispatcher, &OutboxDispatcher::itemRetryScheduled);
        QSignalSpy attention(&dispatcher, &OutboxDispatcher::itemNeedsAttention);
        dispatcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(retry.count() + attention.count() > 0, 15000);
        dispatcher.stop();
        const OutboxItem after = *store.item(id);
        QVERIFY(after.state == OutboxItem::State::Queued || after.state == OutboxItem::State::NeedsAttention);
        QCOMPARE(after.resultText, QStringLiteral("Done"));
        QVERIFY(!after.errorMessage.isEmpty());
        QCOMPARE(store.counts().delivered, 0);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
