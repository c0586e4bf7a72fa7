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
        startAttempt(call);
    }
}

void ApiClient::release() {
    --m_active;
    // Not re-entrant: a finished() handler may start new calls.
    QMetaObject::invokeMethod(this, &ApiClient::pump, Qt::QueuedConnection);
}

void ApiClient::startAttempt(ApiCall *call) {
    ++call->m_attempts;
    if (call->m_aborted) {
        finishAttempt(call,
                      ApiResponse{0, {}, {}, ApiError(ApiError::Kind::Cancelled, tr("cancelled")), 0, false});
        return;
    }
    if (!m_configError.isEmpty()) {
        finishAttempt(
            call, ApiResponse{0, {}, {}, ApiError(ApiError::Kind::Configuration, m_configError), 0, false});
        return;
    }
    QPointer<ApiCall> guard(call);
    m_tokens->withToken(call, [this, guard](const QString &token, const ApiError &error) {
        if (!guard)
            return;
        if (error.isError() || guard->m_aborted) {
            ApiResponse r;
            r.error = guard->m_aborted ? ApiError(ApiError::Kind::Cancelled, tr("cancelled")) : error;
            finishAttempt(guard, r);
            return;
        }
        sendWithToken(guard, token);
    });
}

void ApiClient::sendWithToken(ApiCall *call, const QString &token) {
    QNetworkRequest request(call->m_url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Customer-Id", QByteArray::number(m_profile.customerId));
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setRawHeader("User-Agent", "Jobdesk/" JOBDESK_VERSION);
    request.setSslConfiguration(m_ssl);
    if (call->m_verb == HttpVerb::Put)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    call->m_tokenUsed = token;
    const HttpLimits limits{m_options.transferTimeoutMs, m_options.deadlineMs, m_options.maxResponseBytes};
    HttpExchange *exchange = HttpExchange::start(m_nam, call->m_verb, request, call->m_body, limits, call);
    call->m_exchange = exchange;
    call->m_sent = true;
    connect(exchange, &HttpExchange::finished, call,
            [this, call](const HttpResult &result) { onExchangeFinished(call, result); });
}

void ApiClient::onExchangeFinished(ApiCall *call, const HttpResult &result) {
    ApiResponse r;
    r.httpStatus = result.status; // 0 when no HTTP answer arrived
    r.error = result.error;
    r.mayHaveReachedServer = result.mayHaveReachedServer;
    if (call->m_aborted && r.error.kind() != ApiError::Kind::Cancelled) {
        r.error = ApiError(ApiError::Kind::Cancelled, tr("cancelled"));
        r.httpStatus = 0;
    } else if (!result.error.isError()) {
        r.body = result.body;
        r.contentType = result.contentType;
        const int status = result.status;
        if (status == 401 && !call->m_replayedAfter401) {
            // The token expired or was revoked: renew once (single flight) and replay once.
            qCInfo(lcApi) << "401 from" << call->m_url.path() << "- renewing the token and replaying";
            m_tokens->invalidate(call->m_tokenUsed);
            call->m_replayedAfter401 = true;
            --call->m_attempts;
            --m_active;
            m_waiting.prepend(QPointer<ApiCall>(call));
            QMetaObject::invokeMethod(this, &ApiClient::pump, Qt::QueuedConnection);
            return;
        }
        if (status < 200 || status >= 300) {
            r.error = ApiError::fromHttpResponse(status, result.reasonPhrase, r.contentType, r.body);
            r.error.setRetryAfterMs(RetryPolicy::parseRetryAfter(result.retryAfter, m_clock->nowUtc()));
        }
    }
    finishAttempt(call, r);
}

void ApiClient::finishAttempt(ApiCall *call, ApiResponse response) {
    response.attempts = call->m_attempts;
    if (response.httpStatus > 0)
        Q_EMIT reachabilityObserved(true);
    else if (response.error.disposition() == ApiError::Disposition::Unreachable)
        Q_EMIT reachabilityObserved(false);
    response.mayHaveReachedServer = response.mayHaveReachedServer && call->m_sent;
    call->m_exchange.clear();
    release();
    if (response.error.isError() && !call->m_aborted) {
        if (const auto delay =
                m_retry.delayBeforeRetry(verbName(call->m_verb), call->m_attempts, response.error)) {
            qCInfo(lcApi).noquote() << verbName(call->m_verb) << call->m_url.path()
                                    << "failed:" << response.error.message() << "- retry" << call->m_attempts
                                    << "in" << *delay << "ms";
            Q_EMIT call->retryScheduled(call->m_attempts, *delay, response.error);
            QTimer::singleShot(*delay, call, [this, call] { enqueue(call); });
            return;
        }
    }
    Q_EMIT call->finished(response);
    call->deleteLater();
}

} // namespace jobdesk
