#pragma once

#include "api/ApiError.h"
#include "api/HttpExchange.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace jobdesk {

class Clock;

// Access tokens from POST /auth/tokens (OAuth client credentials, form-encoded — §2.2). The token
// is kept in memory only and renewed shortly before it expires. Single flight: however many
// requests ask at once, one token request runs and all of them get its answer. After a 401 the
// caller invalidates the token it used; only the first such call forgets the current token, so
// concurrent 401s cause exactly one renewal.
class TokenSource : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const QString &token, const ApiError &error)>;

    TokenSource(QNetworkAccessManager *nam, QUrl tokenUrl, QString clientId, QString clientSecret,
                const Clock *clock, QObject *parent = nullptr);
    ~TokenSource() override;

    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; }
    void setTransferTimeoutMs(int ms) { m_limits.transferTimeoutMs = ms; }
    void setLimits(const HttpLimits &limits);

    // Calls back (on the context's thread, never synchronously) with a valid token or an error.
    void withToken(QObject *context, Callback callback);
    // Forget `token` if it is still the current one (after a 401 with it).
    void invalidate(const QString &token);

    int renewalCount() const { return m_renewals; }
    bool hasValidToken() const;

    // Parses a token response body; exposed for tests. `expiresInSec` defaults to 3600 if absent.
    static std::optional<QString> parseTokenResponse(const QByteArray &body, int *expiresInSec,
                                                     QString *error);

Q_SIGNALS:
    void renewed();

private:
    void startRenewal();
    void onExchangeFinished(const HttpResult &result);
    void finishWaiters(const QString &token, const ApiError &error);

    QNetworkAccessManager *m_nam;
    QUrl m_tokenUrl;
    QString m_clientId;
    QString m_clientSecret;
    const Clock *m_clock;
    QSslConfiguration m_ssl;
    HttpLimits m_limits;

    QString m_token;
    qint64 m_renewAtMs = 0; // monotonic time after which the token is renewed before use
    QPointer<HttpExchange> m_inflight;
    struct Waiter {
        QPointer<QObject> context;
        Callback callback;
    };
    QList<Waiter> m_waiters;
    int m_renewals = 0;
};

} // namespace jobdesk
