#include "api/ApiError.h"

#include <QtTest>

using namespace jobdesk;

class TestApiError : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kinds_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400 << int(ApiError::Kind::Validation);
        QTest::newRow("401") << 401 << int(ApiError::Kind::Auth);
        QTest::newRow("403") << 403 << int(ApiError::Kind::Forbidden);
        QTest::newRow("404") << 404 << int(ApiError::Kind::NotFound);
        QTest::newRow("415") << 415 << int(ApiError::Kind::Protocol);
        QTest::newRow("422") << 422 << int(ApiError::Kind::Validation);
        QTest::newRow("429") << 429 << int(ApiError::Kind::RateLimited);
        QTest::newRow("500") << 500 << int(ApiError::Kind::Server);
        QTest::newRow("503") << 503 << int(ApiError::Kind::Server);
    }
    void kinds() {
        QFETCH(int, status);
        QFETCH(int, kind);
        QCOMPARE(int(ApiError::kindForStatus(status)), kind);
    }

    void validationProblem() {
        const QByteArray body = R"({"type":"urn:jobdesk:test:validation",
            "title":"One or more validation errors occurred.","status":422,
            "detail":"The result is not allowed.","instance":"/v1/jobs/5/result","traceId":"00-abc-01",
            "errors":{"result":["'x' is not an allowed result for job type 'Annual service'."]}})";
        const ApiError e =
            ApiError::fromHttpResponse(422, "Unprocessable Entity", "application/problem+json", body);
        QCOMPARE(e.kind(), ApiError::Kind::Validation);
        QCOMPARE(e.httpStatus(), 422);
        QVERIFY(e.problem().present);
        QCOMPARE(e.problem().status, 422);
        QCOMPARE(e.problem().traceId, QStringLiteral("00-abc-01"));
        QCOMPARE(e.problem().instance, QStringLiteral("/v1/jobs/5/result"));
        QCOMPARE(e.fieldErrors().messages(QStringLiteral("result")).size(), 1);
        QVERIFY(e.bodyExcerpt().isEmpty());
        QVERIFY(e.userMessage().contains(QStringLiteral("not an allowed result")));
        QVERIFY(!e.userMessage().contains(QLatin1Char('{'))); // never a raw JSON dump
        QVERIFY(!e.isTransient());
    }

    void notAProblem() {
        const QByteArray html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
        const ApiError e = ApiError::fromHttpResponse(502, "Bad Gateway", "text/html", html);
        QCOMPARE(e.kind(), ApiError::Kind::Server);
        QVERIFY(!e.problem().present);
        QVERIFY(e.message().startsWith(QStringLiteral("HTTP 502 Bad Gateway")));
        QVERIFY(e.message().contains(QStringLiteral("nginx")));
        QVERIFY(e.isTransient());
    }

    void problemWithoutFields() {
        const ApiError e = ApiError::fromHttpResponse(400, "Bad Request", "application/problem+json", "{}");
        QCOMPARE(e.kind(), ApiError::Kind::Validation);
        QVERIFY(e.fieldErrors().isEmpty());
        QVERIFY(!e.userMessage().isEmpty());
    }

    void longBodyIsTrimmed() {
        const QByteArray body(100000, 'x');
        const ApiError e = ApiError::fromHttpResponse(500, "", "text/plain", body);
        QVERIFY(e.bodyExcerpt().size() < 400);
        QVERIFY(e.message().size() < 500);
    }

    void kindNamesRoundTrip() {
        for (int k = int(ApiError::Kind::None); k <= int(ApiError::Kind::Cancelled); ++k) {
            const auto kind = ApiError::Kind(k);
            QCOMPARE(ApiError::kindFromName(ApiError::kindName(kind)), std::optional<ApiError::Kind>(kind));
            if (kind != ApiError::Kind::None)
                QVERIFY(!ApiError(kind, QStringLiteral("m")).userMessage().isEmpty());
        }
    }

    // One decision for every caller: which errors wait for the network, which are tried again
    // later, which need a person.
    void dispositionOfEveryKind() {
        using K = ApiError::Kind;
        using D = ApiError::Disposition;
        const QList<QPair<K, D>> table = {
            {K::None, D::None},       {K::Network, D::Unreachable}, {K::Timeout, D::Unreachable},
            {K::Server, D::Retry},    {K::RateLimited, D::Retry},   {K::Protocol, D::Retry},
            {K::Cancelled, D::Retry}, {K::Auth, D::Reject},         {K::Forbidden, D::Reject},
            {K::NotFound, D::Reject}, {K::Validation, D::Reject},   {K::Configuration, D::Reject},
        };
        for (const auto &row : table)
            QCOMPARE(int(ApiError(row.first, QStringLiteral("m")).disposition()), int(row.second));
        QCOMPARE(int(ApiError::fromHttpResponse(503, "x", "text/plain", "").disposition()), int(D::Retry));
        QCOMPARE(int(ApiError::fromHttpResponse(422, "x", "text/plain", "").disposition()), int(D::Reject));
        // Reads are retried at once only when it can help.
        QVERIFY(ApiError(K::Timeout, QString()).isTransient());
        QVERIFY(!ApiError(K::Protocol, QString()).isTransient());
        QVERIFY(!ApiError::fromNetworkError(QNetworkReply::SslHandshakeFailedError, QStringLiteral("x"))
                     .isTransient());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
