#include "api/HttpExchange.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstring>

namespace jobdesk {

namespace {

// A request body that can be read once and never rewound. QNetworkAccessManager silently resends
// a request whose connection closed before any answer arrived, whatever the method; for a PUT
// that may already have been applied that is a second, unrequested write. With an unbuffered,
// non-rewindable body Qt cannot resend and fails with ContentReSendError instead, which is
// reported as an unknown outcome.
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

QByteArray verbName(HttpVerb verb) {
    switch (verb) {
    case HttpVerb::Get:
        return QByteArrayLiteral("GET");
    case HttpVerb::Post:
        return QByteArrayLiteral("POST");
    case HttpVerb::Put:
        return QByteArrayLiteral("PUT");
    }
    return {};
}

HttpExchange::HttpExchange(HttpVerb verb, const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_verb(verb)
    , m_limits(limits) {
}

HttpExchange *HttpExchange::start(QNetworkAccessManager *nam, HttpVerb verb, QNetworkRequest request,
                                  const QByteArray &body, const HttpLimits &limits, QObject *parent) {
    auto *exchange = new HttpExchange(verb, limits, parent);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(limits.transferTimeoutMs);
    QNetworkReply *reply = nullptr;
    switch (verb) {
    case HttpVerb::Get:
        reply = nam->get(request);
        break;
    case HttpVerb::Post:
        reply = nam->post(request, body);
        break;
    case HttpVerb::Put: {
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *stream = new OneShotBody(body, nullptr);
        reply = nam->put(request, stream);
        stream->setParent(reply);
        break;
    }
    }
    exchange->m_reply = reply;
    reply->setParent(exchange);

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, exchange, [exchange] {
        exchange->m_reason = AbortReason::Deadline;
        if (exchange->m_reply)
            exchange->m_reply->abort();
    });
    deadline->start(limits.deadlineMs);
    connect(reply, &QNetworkReply::downloadProgress, exchange, [exchange](qint64 received, qint64 total) {
        const qint64 max = exchange->m_limits.maxResponseBytes;
        if ((received > max || total > max) && exchange->m_reason == AbortReason::None) {
            exchange->m_reason = AbortReason::TooLarge;
            exchange->m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, exchange, &HttpExchange::onFinished);
    return exchange;
}

void HttpExchange::abort() {
    if (m_reason == AbortReason::None)
        m_reason = AbortReason::Cancelled;
    if (m_reply)
        m_reply->abort();
}

void HttpExchange::onFinished() {
    const HttpResult result = mapReply();
    Q_EMIT finished(result);
    deleteLater();
}

HttpResult HttpExchange::mapReply() const {
    HttpResult r;
    QNetworkReply *reply = m_reply;
    const bool isWrite = m_verb != HttpVerb::Get;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (m_reason) {
    case AbortReason::Cancelled:
        r.error = ApiError(ApiError::Kind::Cancelled, tr("cancelled"));
        r.mayHaveReachedServer = isWrite;
        return r;
    case AbortReason::Deadline:
        r.error = ApiError(ApiError::Kind::Timeout,
                           tr("no complete answer within %1 seconds").arg(m_limits.deadlineMs / 1000));
        r.mayHaveReachedServer = true;
        return r;
    case AbortReason::TooLarge:
        r.error =
            ApiError(ApiError::Kind::Protocol, tr("the answer is larger than %1 MB; refusing to read it")
                                                   .arg(m_limits.maxResponseBytes / (1024 * 1024)));
        r.mayHaveReachedServer = true;
        return r;
    case AbortReason::None:
        break;
    }
    if (status == 0) {
        r.error = ApiError::fromNetworkError(reply->error(), reply->errorString());
        r.mayHaveReachedServer = !certainlyNotSent(reply->error());
        return r;
    }
    if (reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied) {
        // Headers arrived, then the connection failed (closed mid-body, reset, timed out): a
        // network failure, not an answer. Codes below ContentAccessDenied are the connection-level ones.
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        r.error = ApiError(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network,
                           timedOut ? tr("the answer stopped arriving before it was complete")
                                    : tr("the connection failed before the whole answer arrived"));
        r.error.setHttpStatus(status);
        r.mayHaveReachedServer = true;
        return r;
    }
    r.status = status;
    if (reply->isOpen())
        r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    r.retryAfter = reply->rawHeader("Retry-After");
    // Any 5xx may have been applied before the server failed; a 4xx was refused.
    r.mayHaveReachedServer = status >= 500 || (status >= 200 && status < 300);
    if (status >= 200 && status < 300 && !r.body.isEmpty() && r.contentType.toLower().contains("html")) {
        r.error =
            ApiError(ApiError::Kind::Protocol,
                     tr("the server answered with a web page instead of data (HTTP %1); a proxy or login "
                        "page may be in the way")
                         .arg(status));
    } else if (status >= 300 && status < 400) {
        r.error =
            ApiError(ApiError::Kind::Protocol,
                     tr("the server redirected to %1; redirects are not followed so that credentials never "
                        "go to another address")
                         .arg(QString::fromUtf8(reply->rawHeader("Location")).left(200)));
        r.error.setHttpStatus(status);
    }
    return r;
}

} // namespace jobdesk
