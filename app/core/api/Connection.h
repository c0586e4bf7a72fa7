#pragma once

#include "account/Profile.h"
#include "api/ApiClient.h"
#include "api/RetryPolicy.h"

#include <QObject>

class QNetworkAccessManager;

namespace jobdesk {

class Clock;
class TokenSource;

// Everything needed to talk to one profile's API, wired together: a TokenSource for the profile's
// credentials and an ApiClient using it. The network manager and clock are injected (tests pass
// their own); the secret is handed in already resolved (CredentialStore::resolve) and is kept only
// in the TokenSource's memory.
class Connection : public QObject {
    Q_OBJECT
public:
    Connection(QNetworkAccessManager *nam, const Profile &profile, const QString &clientSecret,
               const Clock *clock, ApiClientOptions options = ApiClientOptions(),
               RetryPolicy retryPolicy = RetryPolicy(), QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }
    TokenSource *tokens() const { return m_tokens; }
    const Profile &profile() const { return m_client->profile(); }

private:
    TokenSource *m_tokens;
    ApiClient *m_client;
};

} // namespace jobdesk
