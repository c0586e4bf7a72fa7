#include "ConnectionTester.h"

#include "api/Connection.h"
#include "api/JobQuery.h"
#include "api/TokenSource.h"
#include "model/JsonMapping.h"
#include "util/Clock.h"

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
            finish(false,
                   tr("Could not get an access token from %1. %2")
                       .arg(connection->profile().tokenUrl.toDisplayString(), tokenError.userMessage()));
            return;
        }
        QUrlQuery query = JobQuery::startedWithin(m_clock->nowUtc()).toUrlQuery();
        query.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("10"));
        ApiCall *call = connection->client()->get(QStringLiteral("/v1/jobs"), query);
        connect(call, &ApiCall::finished, this, [this, connection](const ApiResponse &response) {
            if (m_connection != connection)
                return;
            const qint64 customer = connection->profile().customerId;
            if (!response.ok()) {
                finish(false, tr("The token was issued, but reading jobs for customer %1 failed. %2")
                                  .arg(customer)
                                  .arg(response.error.userMessage()));
                return;
            }
            QString error;
            const auto page = JsonMapping::parseJobsPage(response.body, &error);
            if (!page) {
                finish(false, tr("The server answered, but not like a BigChange API: %1").arg(error));
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

void ConnectionTester::finish(bool ok, const QString &message) {
    if (m_connection)
        m_connection->deleteLater();
    m_connection.clear();
    Q_EMIT finished(ok, message);
}
