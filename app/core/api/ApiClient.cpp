#include "api/ApiClient.h"

#include "api/HttpExchange.h"
#include "api/TlsConfig.h"
#include "api/TokenSource.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace jobdesk {

Q_LOGGING_CATEGORY(lcApi, "jobdesk.api", QtInfoMsg)

ApiCall::ApiCall(ApiClient *client, HttpVerb verb, QUrl url, QByteArray body)
    : QObject(client)
    , m_client(client)
    , m_verb(verb)
    , m_url(std::move(url))
    , m_body(std::move(body)) {
}

void ApiCall::abort() {
    m_aborted = true;
    if (m_exchange)
        m_exchange->abort();
}

ApiClient::ApiClient(QNetworkAccessManager *nam, Profile profile, TokenSource *tokens, const Clock *clock,
                     RetryPolicy retryPolicy, Options options, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_profile(std::move(profile))
    , m_tokens(tokens)
    , m_clock(clock)
    , m_retry(std::move(retryPolicy))
    , m_options(options) {
    if (const QString e = Profile::checkUrl(m_profile.apiBaseUrl, tr("API address")); !e.isEmpty())
        m_configError = e;
    else if (const QString t = Profile::checkUrl(m_profile.tokenUrl, tr("token address")); !t.isEmpty())
        m_configError = t;
    else if (m_profile.customerId <= 0)
        m_configError = tr("The Customer-Id is missing.");
    QString tlsError;
    if (const auto ssl = TlsConfig::forCaFile(m_profile.caFile, &tlsError))
        m_ssl = *ssl;
    else if (m_configError.isEmpty())
        m_configError = tlsError;
    if (m_tokens)
        m_tokens->setSslConfiguration(m_ssl);
}

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const {
    QUrl url = m_profile.apiBaseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    // Encode every reserved character ourselves: QUrlQuery leaves '+' alone, which servers read
    // as a space ("+01:00" offsets, references with '+').
    QByteArray encoded;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    return url;
}

ApiCall *ApiClient::get(const QString &path, const QUrlQuery &query) {
    return makeCall(HttpVerb::Get, urlFor(path, query), QByteArray());
}

ApiCall *ApiClient::put(const QString &path, const QByteArray &jsonBody) {
    return makeCall(HttpVerb::Put, urlFor(path), jsonBody);
}

ApiCall *ApiClient::makeCall(HttpVerb verb, const QUrl &url, const QByteArray &body) {
    auto *call = new ApiCall(this, verb, url, body);
    // Start on the next event-loop turn so the caller can connect to finished() first.
    QMetaObject::invokeMethod(
        this,
        [this, call = QPointer<ApiCall>(call)] {
            if (call)
                enqueue(call);
        },
        Qt::QueuedConnection);
    return call;
}

void ApiClient::enqueue(ApiCall *call) {
    m_waiting.enqueue(QPointer<ApiCall>(call));
    pump();
}

void ApiClient::pump() {
    while (m_active < m_options.maxConcurrent && !m_waiting.isEmpty()) {
        QPointer<ApiCall> call = m_waiting.dequeue();
        if (!call)
            continue;
        ++m_active;
        call->startAttempt();
    }
}

void ApiClient::release() {
    --m_active;
    // Not re-entrant: a finished() handler may start new calls.
    QMetaObject::invokeMethod(this, &ApiClient::pump, Qt::QueuedConnection);
}

void ApiClient::replayFirst(ApiCall *call) {
    m_waiting.prepend(QPointer<ApiCall>(call));
    release();
}

// ---- ApiCall: one call's attempts ------------------------------------------------------------

void ApiCall::startAttempt() {
    ++m_attempts;
    if (m_aborted) {
        finishAttempt(ApiResponse{
            0, {}, {}, ApiError(ApiError::Kind::Cancelled, ApiClient::tr("cancelled")), 0, false});
        return;
    }
    if (!m_client->m_configError.isEmpty()) {
        finishAttempt(ApiResponse{
            0, {}, {}, ApiError(ApiError::Kind::Configuration, m_client->m_configError), 0, false});
        return;
    }
    m_client->m_tokens->withToken(this, [this](const QString &token, const ApiError &error) {
        if (error.isError() || m_aborted) {
            ApiResponse r;
            r.error = m_aborted ? ApiError(ApiError::Kind::Cancelled, ApiClient::tr("cancelled")) : error;
            finishAttempt(r);
            return;
        }
        send(token);
    });
}

void ApiCall::send(const QString &token) {
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Customer-Id", QByteArray::number(m_client->m_profile.customerId));
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setRawHeader("User-Agent", "Jobdesk/" JOBDESK_VERSION);
    request.setSslConfiguration(m_client->m_ssl);
    if (m_verb == HttpVerb::Put)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    m_tokenUsed = token;
    const ApiClient::Options &o = m_client->m_options;
    const HttpLimits limits{o.transferTimeoutMs, o.deadlineMs, o.maxResponseBytes};
    m_exchange = HttpExchange::start(m_client->m_nam, m_verb, request, m_body, limits, this);
    m_sent = true;
    connect(m_exchange, &HttpExchange::finished, this, &ApiCall::onExchangeFinished);
}

void ApiCall::onExchangeFinished(const HttpResult &result) {
    ApiResponse r;
    r.httpStatus = result.status; // 0 when no HTTP answer arrived
    r.error = result.error;
    r.mayHaveReachedServer = result.mayHaveReachedServer;
    if (m_aborted && r.error.kind() != ApiError::Kind::Cancelled) {
        r.error = ApiError(ApiError::Kind::Cancelled, ApiClient::tr("cancelled"));
        r.httpStatus = 0;
    } else if (!result.error.isError()) {
        r.body = result.body;
        r.contentType = result.contentType;
        const int status = result.status;
        if (status == 401 && !m_replayedAfter401) {
            // The token expired or was revoked: renew once (single flight) and replay once.
            qCInfo(lcApi) << "401 from" << m_url.path() << "- renewing the token and replaying";
            m_client->m_tokens->invalidate(m_tokenUsed);
            m_replayedAfter401 = true;
            --m_attempts;
            m_exchange.clear();
            m_client->replayFirst(this);
            return;
        }
        if (status < 200 || status >= 300) {
            r.error = ApiError::fromHttpResponse(status, result.reasonPhrase, r.contentType, r.body);
            r.error.setRetryAfterMs(
                RetryPolicy::parseRetryAfter(result.retryAfter, m_client->m_clock->nowUtc()));
        }
    }
    finishAttempt(r);
}

void ApiCall::finishAttempt(ApiResponse response) {
    response.attempts = m_attempts;
    if (response.httpStatus > 0)
        Q_EMIT m_client->reachabilityObserved(true);
    else if (response.error.disposition() == ApiError::Disposition::Unreachable)
        Q_EMIT m_client->reachabilityObserved(false);
    response.mayHaveReachedServer = response.mayHaveReachedServer && m_sent;
    m_exchange.clear();
    m_client->release();
    if (response.error.isError() && !m_aborted) {
        if (const auto delay =
                m_client->m_retry.delayBeforeRetry(verbName(m_verb), m_attempts, response.error)) {
            qCInfo(lcApi).noquote() << verbName(m_verb) << m_url.path()
                                    << "failed:" << response.error.message() << "- retry" << m_attempts
                                    << "in" << *delay << "ms";
            Q_EMIT retryScheduled(m_attempts, *delay, response.error);
            QTimer::singleShot(*delay, this, [this] { m_client->enqueue(this); });
            return;
        }
    }
    Q_EMIT finished(response);
    deleteLater();
}

} // namespace jobdesk
