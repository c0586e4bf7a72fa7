#pragma once

// Shared helpers of the sandbox contract tests (header-only, test code).
#include "SandboxProcess.h"
#include "TestHttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

class ContractApi {
public:
    explicit ContractApi(SandboxProcess &sandbox)
        : m_sandbox(sandbox) {}

    SandboxProcess &sandbox() { return m_sandbox; }
    TestHttp &http() { return m_http; }

    static QByteArray form(const QList<QPair<QString, QString>> &fields) {
        QUrlQuery q;
        for (const auto &f : fields)
            q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(f.first)),
                           QString::fromLatin1(QUrl::toPercentEncoding(f.second)));
        return q.query(QUrl::FullyEncoded).toLatin1();
    }

    TestHttp::Response requestToken(const QByteArray &body,
                                    const QByteArray &contentType = "application/x-www-form-urlencoded",
                                    const TestHttp::Headers &extra = {}) {
        TestHttp::Headers headers = extra;
        if (!contentType.isEmpty())
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray(contentType)));
        return m_http.post(m_sandbox.tokenUrl(), headers, body);
    }

    // A fresh token for the full (or read-only) client; empty on failure.
    QByteArray token(bool readonly = false) {
        const auto r = requestToken(form(
            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
             {QStringLiteral("client_id"), readonly ? m_sandbox.readonlyClientId() : m_sandbox.clientId()},
             {QStringLiteral("client_secret"),
              readonly ? m_sandbox.readonlyClientSecret() : m_sandbox.clientSecret()}}));
        return r.json().value(QStringLiteral("access_token")).toString().toLatin1();
    }

    TestHttp::Headers headers(const QByteArray &token, const QByteArray &customer = QByteArray()) {
        TestHttp::Headers h{{"Accept", "application/json"}};
        if (!token.isEmpty())
            h.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer " + token)));
        h.append(qMakePair(
            QByteArray("Customer-Id"),
            QByteArray(customer.isEmpty() ? QByteArray::number(m_sandbox.customerId()) : customer)));
        return h;
    }

    TestHttp::Response get(const QString &pathAndQuery, const QByteArray &token) {
        return m_http.get(m_sandbox.url(pathAndQuery), headers(token));
    }

    TestHttp::Response putJson(const QString &path, const QByteArray &token, const QByteArray &body,
                               const QByteArray &contentType = "application/json") {
        TestHttp::Headers h = headers(token);
        if (!contentType.isEmpty())
            h.append(qMakePair(QByteArray("Content-Type"), QByteArray(contentType)));
        return m_http.put(m_sandbox.url(path), h, body);
    }

    TestHttp::Response setResult(qint64 jobId, const QByteArray &token, const QString &status,
                                 const QString &result) {
        const QJsonObject body{{QStringLiteral("status"), status}, {QStringLiteral("result"), result}};
        return putJson(QStringLiteral("/v1/jobs/%1/result").arg(jobId), token,
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // Query string that satisfies the mandatory-filter rule for every seed job.
    static QString everything() {
        return QStringLiteral(
            "statusModifiedAtFrom=2000-01-01T00:00:00Z&statusModifiedAtTo=2100-01-01T00:00:00Z");
    }

    // All jobs (across pages) matching the extra query, e.g. "status=started&typeId=...".
    QJsonArray jobs(const QByteArray &token, const QString &extraQuery = QString()) {
        QJsonArray all;
        for (int page = 1; page < 1000; ++page) {
            const auto r =
                get(QStringLiteral("/v1/jobs?") + everything() +
                        QStringLiteral("&pageSize=1000&pageNumber=") + QString::number(page) +
                        (extraQuery.isEmpty() ? QString() : QString(QLatin1Char('&') + extraQuery)),
                    token);
            if (r.status != 200)
                return all;
            const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
            for (const QJsonValue &v : items)
                all.append(v);
            if (items.size() < 1000)
                break;
        }
        return all;
    }

    // First job matching the query; id 0 when none.
    qint64 firstJobId(const QByteArray &token, const QString &query) {
        const QJsonArray list = jobs(token, query);
        return list.isEmpty() ? 0 : list.first().toObject().value(QStringLiteral("id")).toInteger();
    }

private:
    SandboxProcess &m_sandbox;
    TestHttp m_http;
};

// Checks the RFC 7807 shape of a problem reply.
#define VERIFY_PROBLEM(response, code)                                                                       \
    do {                                                                                                     \
        const TestHttp::Response problemReply_ = (response);                                                 \
        QCOMPARE(problemReply_.status, (code));                                                              \
        QVERIFY2(problemReply_.header("Content-Type").startsWith("application/problem+json"),                \
                 problemReply_.header("Content-Type").constData());                                          \
        const QJsonObject problem_ = problemReply_.json();                                                   \
        QCOMPARE(problem_.value(QStringLiteral("status")).toInt(), (code));                                  \
        QVERIFY(problem_.value(QStringLiteral("type")).isString());                                          \
        QVERIFY(problem_.value(QStringLiteral("title")).isString());                                         \
        QVERIFY(problem_.value(QStringLiteral("detail")).isString());                                        \
        QVERIFY(problem_.value(QStringLiteral("instance")).toString().startsWith(QLatin1Char('/')));         \
        QVERIFY(!problem_.value(QStringLiteral("traceId")).toString().isEmpty());                            \
    } while (false)

inline QStringList fieldErrors(const TestHttp::Response &r, const QString &field) {
    QStringList out;
    for (const QJsonValue &v : r.json().value(QStringLiteral("errors")).toObject().value(field).toArray())
        out << v.toString();
    return out;
}
