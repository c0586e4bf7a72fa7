#include "api/Connection.h"

#include "api/TokenSource.h"

namespace jobdesk {

Connection::Connection(QNetworkAccessManager *nam, const Profile &profile, const QString &clientSecret,
                       const Clock *clock, ApiClientOptions options, RetryPolicy retryPolicy, QObject *parent)
    : QObject(parent)
    , m_tokens(new TokenSource(nam, profile.tokenUrl, profile.clientId, clientSecret, clock, this))
    , m_client(new ApiClient(nam, profile, m_tokens, clock, std::move(retryPolicy), options, this)) {
    m_tokens->setLimits({options.transferTimeoutMs, options.deadlineMs, options.maxResponseBytes});
}

} // namespace jobdesk
