// Contract: token endpoint, Bearer/Customer-Id checks, problem+json shape, unknown routes.
#include "ContractApi.h"

#include <QThread>

class SandboxAuthContract : public QObject {
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ContractApi> m_api;

    QList<QPair<QString, QString>> validFields() const {
        return {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                {QStringLiteral("client_id"), m_sandbox.clientId()},
                {QStringLiteral("client_secret"), m_sandbox.clientSecret()}};
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_api = std::make_unique<ContractApi>(m_sandbox);
        QCOMPARE(m_sandbox.customerId(), 12345);
        QVERIFY(m_sandbox.port() != 0);
        QCOMPARE(m_sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
    }

    void tokenSuccess() {
        const auto r = m_api->requestToken(ContractApi::form(validFields()));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject o = r.json();
        QVERIFY(!o.value(QStringLiteral("access_token")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 3600);
        QVERIFY(!m_api->token(true).isEmpty());
    }

    void tokenBasicOnlyIs400() {
        const QByteArray basic =
            "Basic " +
            (m_sandbox.clientId() + QLatin1Char(':') + m_sandbox.clientSecret()).toUtf8().toBase64();
        const auto r = m_api->requestToken(
            ContractApi::form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}}),
            "application/x-www-form-urlencoded", {{"Authorization", basic}});
        VERIFY_PROBLEM(r, 400);
        QCOMPARE(r.json().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("The client_id and client_secret fields are required"));
        const auto empty = m_api->requestToken(QByteArray(), QByteArray(), {{"Authorization", basic}});
        VERIFY_PROBLEM(empty, 400);
    }

    void tokenMissingFieldIs422() {
        auto fields = validFields();
        fields.removeAt(2); // client_secret
        const auto r = m_api->requestToken(ContractApi::form(fields));
        VERIFY_PROBLEM(r, 422);
        QCOMPARE(fieldErrors(r, QStringLiteral("client_secret")).size(), 1);
        fields.removeAt(0); // grant_type too
        const auto r2 = m_api->requestToken(ContractApi::form(fields));
        VERIFY_PROBLEM(r2, 422);
        QCOMPARE(fieldErrors(r2, QStringLiteral("grant_type")).size(), 1);
        QCOMPARE(fieldErrors(r2, QStringLiteral("client_secret")).size(), 1);
    }

    void tokenWrongGrantIs400() {
        auto fields = validFields();
        fields[0].second = QStringLiteral("password");
        VERIFY_PROBLEM(m_api->requestToken(ContractApi::form(fields)), 400);
    }

    void tokenBadCredentialsIs400() {
        auto fields = validFields();
        fields[2].second = QStringLiteral("wrong secret");
        const auto r = m_api->requestToken(ContractApi::form(fields));
        VERIFY_PROBLEM(r, 400);
        QCOMPARE(r.json().value(QStringLiteral("title")).toString(), QStringLiteral("invalid_client"));
    }

    void tokenJsonBodyIs415() {
        VERIFY_PROBLEM(m_api->requestToken(R"({"grant_type":"client_credentials"})", "application/json"),
                       415);
    }

    void apiWithoutTokenIs401() {
        const auto r = m_api->get(QStringLiteral("/v1/jobTypes"), QByteArray());
        VERIFY_PROBLEM(r, 401);
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
        VERIFY_PROBLEM(m_api->get(QStringLiteral("/v1/jobTypes"), "not-a-token"), 401);
    }

    void tokenExpiredByAdminIs401() {
        const QByteArray token = m_api->token();
        QCOMPARE(m_api->get(QStringLiteral("/v1/jobTypes"), token).status, 200);
        int status = 0;
        m_sandbox.admin("POST", QStringLiteral("/_admin/tokens/expire"), {}, &status);
        QCOMPARE(status, 204);
        const auto r = m_api->get(QStringLiteral("/v1/jobTypes"), token);
        VERIFY_PROBLEM(r, 401);
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
        QCOMPARE(m_api->get(QStringLiteral("/v1/jobTypes"), m_api->token()).status, 200);
    }

    void tokenExpiresAfterTtl() {
        SandboxProcess shortLived({QStringLiteral("--token-ttl"), QStringLiteral("1"),
                                   QStringLiteral("--jobs"), QStringLiteral("20")});
        QString error;
        QVERIFY2(shortLived.start(&error), qPrintable(error));
        ContractApi api(shortLived);
        const auto tokenReply = api.requestToken(
            ContractApi::form({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                               {QStringLiteral("client_id"), shortLived.clientId()},
                               {QStringLiteral("client_secret"), shortLived.clientSecret()}}));
        QCOMPARE(tokenReply.json().value(QStringLiteral("expires_in")).toInt(), 1);
        const QByteArray token =
            tokenReply.json().value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(api.get(QStringLiteral("/v1/jobTypes"), token).status, 200);
        QThread::msleep(1300);
        const auto r = api.get(QStringLiteral("/v1/jobTypes"), token);
        VERIFY_PROBLEM(r, 401);
        QVERIFY(r.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("expired")));
    }

    void customerIdRules() {
        const QByteArray token = m_api->token();
        const QUrl url = m_sandbox.url(QStringLiteral("/v1/jobTypes"));
        const TestHttp::Headers bearer{{"Authorization", "Bearer " + token}};
        VERIFY_PROBLEM(m_api->http().get(url, bearer), 400);
        auto nonNumeric = bearer;
        nonNumeric.append(qMakePair(QByteArray("Customer-Id"), QByteArray("abc")));
        VERIFY_PROBLEM(m_api->http().get(url, nonNumeric), 400);
        auto unapproved = bearer;
        unapproved.append(qMakePair(QByteArray("Customer-Id"), QByteArray("99999")));
        VERIFY_PROBLEM(m_api->http().get(url, unapproved), 403);
        auto lowerCase = bearer;
        lowerCase.append(
            qMakePair(QByteArray("customer-id"), QByteArray(QByteArray::number(m_sandbox.customerId()))));
        QCOMPARE(m_api->http().get(url, lowerCase).status, 200);
    }

    void problemShapeOnUnknownPathAndMethod() {
        const QByteArray token = m_api->token();
        const auto unknown = m_api->get(QStringLiteral("/v1/nothingHere"), token);
        VERIFY_PROBLEM(unknown, 404);
        QCOMPARE(unknown.json().value(QStringLiteral("instance")).toString(),
                 QStringLiteral("/v1/nothingHere"));
        VERIFY_PROBLEM(m_api->get(QStringLiteral("/elsewhere"), token), 404);
        const auto wrongMethod =
            m_api->http().request("DELETE", m_sandbox.url(QStringLiteral("/v1/jobs")), m_api->headers(token));
        VERIFY_PROBLEM(wrongMethod, 405);
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET"));
        VERIFY_PROBLEM(m_api->http().request("PATCH", m_sandbox.tokenUrl(), {}, "x"), 405);
        const auto a = m_api->get(QStringLiteral("/v1/jobTypes/1"), token);
        const auto b = m_api->get(QStringLiteral("/v1/jobTypes/1"), token);
        VERIFY_PROBLEM(a, 404);
        QVERIFY(a.json().value(QStringLiteral("traceId")) != b.json().value(QStringLiteral("traceId")));
    }

    void hugeBodyIsRejected() {
        const QByteArray huge(2 * 1024 * 1024, 'x');
        VERIFY_PROBLEM(m_api->putJson(QStringLiteral("/v1/jobs/1/result"), m_api->token(), huge), 413);
    }

    void statsCountTokenRequests() {
        int status = 0;
        m_sandbox.admin("DELETE", QStringLiteral("/_admin/stats"), {}, &status);
        QCOMPARE(status, 200);
        m_api->token();
        m_api->token(true);
        const QJsonObject stats = m_sandbox.admin("GET", QStringLiteral("/_admin/stats")).object();
        QCOMPARE(stats.value(QStringLiteral("routes"))
                     .toObject()
                     .value(QStringLiteral("POST /auth/tokens"))
                     .toInt(),
                 2);
    }
};

QTEST_GUILESS_MAIN(SandboxAuthContract)
#include "tst_sandbox_contract_auth.moc"
