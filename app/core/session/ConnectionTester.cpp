#include "session/ConnectionTester.h"

#include "api/ApiError.h"
#include "api/Connection.h"
#include "api/JobQuery.h"
#include "api/TokenSource.h"
#include "model/JsonMapping.h"
#include "util/Clock.h"

namespace jobdesk {

ConnectionTester::ConnectionTester(QNetworkAccessManager *nam, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock) {
}

void ConnectionTester::test(const Profile &profile, const QString &clientSecret) {
    if (m_connection)
        m_connection->deleteLater();
    QStringList problems = profile.validate();
    if (clientSecret.isEmpty())
        problems << tr("Enter the client secret.");
    if (!problems.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, problems] { finish(false, problems.join(QLatin1Char('\n'))); },
            Qt::QueuedConnection);
        return;
    }
    auto *connection =
        new Connection(m_nam, profile, clientSecret, m_clock, ApiClientOptions(), RetryPolicy(), this);
    m_connection = connection;
    connection->tokens()->withToken(this, [this, connection](const QString &, const ApiError &tokenError) {
        if (m_connection != connection)
            return;
        if (tokenError.isError()) {
            Field field = Field::None;
            const QString message = tokenFailure(connection->profile(), tokenError, &field);
            finish(false, message, field);
            return;
        }
        QUrlQuery query = JobQuery::defaultView(m_clock->nowUtc()).toUrlQuery();
        query.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("10"));
        ApiCall *call = connection->client()->get(QStringLiteral("/v1/jobs"), query);
        connect(call, &ApiCall::finished, this, [this, connection](const ApiResponse &response) {
            if (m_connection != connection)
                return;
            const qint64 customer = connection->profile().customerId;
            if (!response.ok()) {
                Field field = Field::None;
                const QString message = jobsFailure(connection->profile(), response.error, &field);
                finish(false, message, field);
                return;
            }
            QString error;
            const auto page = JsonMapping::parseJobsPage(response.body, &error);
            if (!page) {
                finish(false,
                       tr("The API URL answered, but not like a BigChange API: %1 Check the API URL.")
                           .arg(error),
                       Field::ApiUrl);
                return;
            }
            finish(true, page->items.isEmpty()
                             ? tr("Connected. The token was issued and jobs of customer %1 can be read (no "
                                  "started jobs in the last 30 days).")
                                   .arg(customer)
                             : tr("Connected. The token was issued and jobs of customer %1 can be read.")
                                   .arg(customer));
        });
    });
}

QString ConnectionTester::tokenFailure(const Profile &profile, const ApiError &error, Field *field) {
    const QString detail = !error.problem().detail.isEmpty() ? error.problem().detail : error.message();
    switch (error.kind()) {
    case ApiError::Kind::Auth:
        *field = Field::ClientSecret;
        return tr("BigChange did not accept the client id and secret. Check the Client id and Client secret "
                  "fields (the secret is case-sensitive) and test again.") +
               (detail.isEmpty() ? QString() : QLatin1Char(' ') + tr("Server said: %1").arg(detail));
    default: // not reached, not found, or not a token endpoint
        *field = Field::TokenUrl;
        return tr("Could not get an access token from %1. %2 Check the Token URL.")
            .arg(profile.tokenUrl.toDisplayString(), error.userMessage());
    }
}

QString ConnectionTester::jobsFailure(const Profile &profile, const ApiError &error, Field *field) {
    const QString detail = !error.problem().detail.isEmpty() ? error.problem().detail : error.message();
    switch (error.kind()) {
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::Validation:
        *field = Field::CustomerId;
        return tr("The token was issued, but BigChange does not let this client read the jobs of customer "
                  "%1. "
                  "Check the Customer-Id field.")
                   .arg(profile.customerId) +
               (detail.isEmpty() ? QString() : QLatin1Char(' ') + tr("Server said: %1").arg(detail));
    case ApiError::Kind::Auth:
        *field = Field::ClientId;
        return tr("The token was issued, but the API URL did not accept it. Check the Client id and the "
                  "API URL.") +
               (detail.isEmpty() ? QString() : QLatin1Char(' ') + tr("Server said: %1").arg(detail));
    default:
        *field = Field::ApiUrl;
        return tr("The token was issued, but reading jobs for customer %1 from %2 failed. %3 Check the API "
                  "URL.")
            .arg(profile.customerId)
            .arg(profile.apiBaseUrl.toDisplayString(), error.userMessage());
    }
}

void ConnectionTester::finish(bool ok, const QString &message, Field field) {
    if (m_connection)
        m_connection->deleteLater();
    m_connection.clear();
    Q_EMIT finished(ok, message, field);
}

} // namespace jobdesk
