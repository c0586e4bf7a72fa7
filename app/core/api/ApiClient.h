#pragma once

#include "account/Profile.h"
#include "api/ApiError.h"
#include "api/HttpExchange.h"
#include "api/RetryPolicy.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslConfiguration>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace jobdesk {

class Clock;
class TokenSource;

// What one API call produced, after any retries.
struct ApiResponse {
    int httpStatus = 0;
    QByteArray body;
    QByteArray contentType;
    ApiError error; // kind None on a 2xx
    int attempts = 0;
    // For writes: false when the request certainly never reached the server (refused connection,
    // no token, bad configuration); true when it may have been applied even though we saw no answer.
    bool mayHaveReachedServer = false;

    bool ok() const { return !error.isError(); }
};

} // namespace jobdesk

Q_DECLARE_METATYPE(jobdesk::ApiResponse)

namespace jobdesk {

class ApiClient;

// One logical call. It owns its attempts: the token, the exchange, its retries (RetryPolicy) and
// one replay after a token renewal, the way each of libQuotient's jobs does; ApiClient only
// queues calls and limits how many are on the wire. Deletes itself after emitting finished().
class ApiCall : public QObject {
    Q_OBJECT
public:
    void abort();

Q_SIGNALS:
    void finished(const ApiResponse &response);
    void retryScheduled(int attempt, int delayMs, const ApiError &error);

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, HttpVerb verb, QUrl url, QByteArray body);

    void startAttempt(); // ApiClient gave it a slot on the wire
    void send(const QString &token);
    void onExchangeFinished(const HttpResult &result);
    void finishAttempt(ApiResponse response);

    ApiClient *m_client;
    HttpVerb m_verb;
    QUrl m_url;
    QByteArray m_body;
    int m_attempts = 0;
    bool m_replayedAfter401 = false;
    bool m_aborted = false;
    bool m_sent = false;
    QString m_tokenUsed;
    QPointer<HttpExchange> m_exchange;
};

// The limits of every exchange (HttpLimits) plus how many calls may be on the wire at once.
struct ApiClientOptions {
    int transferTimeoutMs = 30000; // no bytes for this long: timeout
    int deadlineMs = 120000;       // the whole attempt, however slowly bytes drip in
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    int maxConcurrent = 4;
};

// Sends authenticated requests to one profile's API: bearer token, Customer-Id, JSON headers,
// transfer timeout and an overall deadline, a size cap on answers, redirects never followed
// (they could carry the token to another host), TLS errors never ignored. Each ApiCall runs its
// own attempts (a 401 renewed and replayed once, GETs retried per RetryPolicy); the client holds
// what they share and queues them, at most `maxConcurrent` on the wire.
class ApiClient : public QObject {
    Q_OBJECT
public:
    using Options = ApiClientOptions;

    ApiClient(QNetworkAccessManager *nam, Profile profile, TokenSource *tokens, const Clock *clock,
              RetryPolicy retryPolicy = RetryPolicy(), Options options = Options(),
              QObject *parent = nullptr);

    const Profile &profile() const { return m_profile; }
    const Options &options() const { return m_options; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    const Clock *clock() const { return m_clock; }
    // Non-empty when the profile cannot be used; every call then fails with Configuration.
    const QString &configurationError() const { return m_configError; }

    ApiCall *get(const QString &path, const QUrlQuery &query = QUrlQuery());
    ApiCall *put(const QString &path, const QByteArray &jsonBody);

    QUrl urlFor(const QString &path, const QUrlQuery &query = QUrlQuery()) const;

Q_SIGNALS:
    // After every attempt that says something about the network: true when the server answered
    // (any HTTP status), false on a network failure or timeout. OnlineMonitor listens.
    void reachabilityObserved(bool reachedServer);

private:
    friend class ApiCall;
    ApiCall *makeCall(HttpVerb verb, const QUrl &url, const QByteArray &body);
    void enqueue(ApiCall *call);     // at the back: a new call, or a retry after its delay
    void replayFirst(ApiCall *call); // gives up its slot and goes first in the queue (after a 401)
    void pump();
    void release(); // a call's attempt is over: its slot is free

    QNetworkAccessManager *m_nam;
    Profile m_profile;
    TokenSource *m_tokens;
    const Clock *m_clock;
    RetryPolicy m_retry;
    Options m_options;
    QSslConfiguration m_ssl;
    QString m_configError;
    QQueue<QPointer<ApiCall>> m_waiting;
    int m_active = 0;
};

} // namespace jobdesk
