#include "api/ApiClient.h"

#include "api/TlsConfig.h"
#include "api/TokenSource.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cstring>
#include <memory>

Q_LOGGING_CATEGORY(lcApi, "jobdesk.api", QtInfoMsg)

namespace {

enum class AbortReason { None, Deadline, TooLarge };

// A request body that can be read once and never rewound. QNetworkAccessManager silently resends
// a request whose connection closed before any answer arrived, whatever the method; for a PUT
// that may already have been applied that is a second, unrequested write. With an unbuffered,
// non-rewindable body Qt cannot resend and fails with ContentReSendError instead, which we report
// as an unknown outcome.
class OneShotBody final : public QIODevice {
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data)) {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return (m_data.size() - m_pos) + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// Errors after which the request certainly did not reach the server's application logic.
bool certainlyNotSent(QNetworkReply::NetworkError e) {
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

} // namespace

ApiCall::ApiCall(ApiClient *client, QByteArray method, QUrl url, QByteArray body)
    : QObject(client)
    , m_client(client)
    , m_method(std::move(method))
    , m_url(std::move(url))
    , m_body(std::move(body)) {
}

void ApiCall::abort() {
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
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
    return makeCall(QByteArrayLiteral("GET"), urlFor(path, query), QByteArray());
}

ApiCall *ApiClient::put(const QString &path, const QByteArray &jsonBody) {
    return makeCall(QByteArrayLiteral("PUT"), urlFor(path), jsonBody);
}

ApiCall *ApiClient::makeCall(const QByteArray &method, const QUrl &url, const QByteArray &body) {
    auto *call = new ApiCall(this, method, url, body);
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
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    request.setSslConfiguration(m_ssl);
    call->m_tokenUsed = token;

    QNetworkReply *reply = nullptr;
    if (call->m_method == "PUT") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->m_body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(call->m_body, nullptr);
        reply = m_nam->put(request, body);
        body->setParent(reply);
    } else {
        reply = m_nam->get(request);
    }
    call->m_reply = reply;
    call->m_sent = true;

    auto reason = std::make_shared<AbortReason>(AbortReason::None);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, reason] {
        *reason = AbortReason::Deadline;
        reply->abort();
    });
    deadline->start(m_options.deadlineMs);
    const qint64 maxBytes = m_options.maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, reason, maxBytes](qint64 received, qint64 total) {
                if ((received > maxBytes || total > maxBytes) && *reason == AbortReason::None) {
                    *reason = AbortReason::TooLarge;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, call = QPointer<ApiCall>(call), reply, reason] {
        reply->deleteLater();
        if (!call)
            return;
        QString why;
        if (*reason == AbortReason::Deadline)
            why = QStringLiteral("deadline");
        else if (*reason == AbortReason::TooLarge)
            why = QStringLiteral("size");
        onReplyFinished(call, reply, why);
    });
}

void ApiClient::onReplyFinished(ApiCall *call, QNetworkReply *reply, const QString &abortReason) {
    ApiResponse r;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool isWrite = call->m_method != "GET";

    if (call->m_aborted) {
        r.error = ApiError(ApiError::Kind::Cancelled, tr("cancelled"));
        r.mayHaveReachedServer = isWrite;
    } else if (abortReason == QLatin1String("deadline")) {
        r.error = ApiError(ApiError::Kind::Timeout,
                           tr("no complete answer within %1 seconds").arg(m_options.deadlineMs / 1000));
        r.mayHaveReachedServer = true;
    } else if (abortReason == QLatin1String("size")) {
        r.error =
            ApiError(ApiError::Kind::Protocol, tr("the answer is larger than %1 MB; refusing to read it")
                                                   .arg(m_options.maxResponseBytes / (1024 * 1024)));
        r.mayHaveReachedServer = true;
    } else if (status == 0) {
        r.error = ApiError::fromNetworkError(reply->error(), reply->errorString());
        r.mayHaveReachedServer = !certainlyNotSent(reply->error());
    } else if (reply->error() != QNetworkReply::NoError &&
               reply->error() < QNetworkReply::ContentAccessDenied) {
        // Headers arrived, then the connection failed (closed mid-body, reset): a network failure,
        // not an answer. Codes below ContentAccessDenied are the connection-level ones.
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        r.error = ApiError(
            timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network,
            tr("the connection failed before the whole answer arrived (%1)").arg(reply->errorString()));
        r.error.setHttpStatus(status);
        r.mayHaveReachedServer = true;
    } else {
        r.httpStatus = status;
        r.body = reply->readAll();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        const QByteArray reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        if (status >= 200 && status < 300) {
            if (!r.body.isEmpty() && r.contentType.toLower().contains("html")) {
                r.error =
                    ApiError(ApiError::Kind::Protocol,
                             tr("the server answered with a web page instead of data (HTTP %1); a proxy or "
                                "login page may be in the way")
                                 .arg(status));
            }
        } else if (status >= 300 && status < 400) {
            r.error =
                ApiError(ApiError::Kind::Protocol,
                         tr("the server redirected to %1; redirects are not followed so that credentials "
                            "never go to another address")
                             .arg(QString::fromUtf8(reply->rawHeader("Location")).left(200)));
            r.error.setHttpStatus(status);
        } else if (status == 401 && !call->m_replayedAfter401) {
            // The token expired or was revoked: renew once (single flight) and replay once.
            qCInfo(lcApi) << "401 from" << call->m_url.path() << "- renewing the token and replaying";
            m_tokens->invalidate(call->m_tokenUsed);
            call->m_replayedAfter401 = true;
            --call->m_attempts;
            --m_active;
            m_waiting.prepend(QPointer<ApiCall>(call));
            QMetaObject::invokeMethod(this, &ApiClient::pump, Qt::QueuedConnection);
            return;
        } else {
            r.error = ApiError::fromHttpResponse(status, reason, r.contentType, r.body);
            r.error.setRetryAfterMs(
                RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"), m_clock->nowUtc()));
        }
        // Any 5xx may have been applied before the server failed; a 4xx was refused.
        r.mayHaveReachedServer = status >= 500 || (status >= 200 && status < 300);
    }
    finishAttempt(call, r);
}

void ApiClient::finishAttempt(ApiCall *call, ApiResponse response) {
    response.attempts = call->m_attempts;
    if (response.httpStatus > 0)
        Q_EMIT reachabilityObserved(true);
    else if (response.error.kind() == ApiError::Kind::Network ||
             response.error.kind() == ApiError::Kind::Timeout)
        Q_EMIT reachabilityObserved(false);
    response.mayHaveReachedServer = response.mayHaveReachedServer && call->m_sent;
    call->m_reply.clear();
    release();
    if (response.error.isError() && !call->m_aborted) {
        if (const auto delay = m_retry.delayBeforeRetry(call->m_method, call->m_attempts, response.error)) {
            qCInfo(lcApi).noquote() << call->m_method << call->m_url.path()
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
