#include "api/TokenSource.h"

#include "api/ApiError.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <algorithm>

namespace jobdesk {

namespace {
constexpr int kDefaultExpiresInSec = 3600;
constexpr int kRenewMarginSec = 60;
} // namespace

TokenSource::TokenSource(QNetworkAccessManager *nam, QUrl tokenUrl, QString clientId, QString clientSecret,
                         const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_tokenUrl(std::move(tokenUrl))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_clock(clock)
    , m_ssl(QSslConfiguration::defaultConfiguration()) {
}

TokenSource::~TokenSource() {
    if (m_inflight)
        m_inflight->abort();
}

void TokenSource::setLimits(const HttpLimits &limits) {
    m_limits = limits;
}

bool TokenSource::hasValidToken() const {
    return !m_token.isEmpty() && m_clock->monotonicMs() < m_renewAtMs;
}

void TokenSource::withToken(QObject *context, Callback callback) {
    if (hasValidToken()) {
        const QString token = m_token;
        QMetaObject::invokeMethod(
            context, [callback, token] { callback(token, ApiError()); }, Qt::QueuedConnection);
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(callback)});
    if (!m_inflight)
        startRenewal();
}

void TokenSource::invalidate(const QString &token) {
    if (!token.isEmpty() && token == m_token) {
        m_token.clear();
        m_renewAtMs = 0;
    }
}

void TokenSource::startRenewal() {
    QNetworkRequest request(m_tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Jobdesk/" JOBDESK_VERSION);
    request.setSslConfiguration(m_ssl);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_clientSecret);
    // Percent-encode fully: '+' and '&' in a secret must survive form decoding.
    QByteArray body;
    const auto items = form.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    ++m_renewals;
    // The same exchange as every API call: transfer timeout, overall deadline, size cap, no
    // redirects. A token endpoint that drips its answer or sends a web page ends in a typed error.
    HttpExchange *exchange = HttpExchange::start(m_nam, HttpVerb::Post, request, body, m_limits, this);
    m_inflight = exchange;
    connect(exchange, &HttpExchange::finished, this, &TokenSource::onExchangeFinished);
}

std::optional<QString> TokenSource::parseTokenResponse(const QByteArray &body, int *expiresInSec,
                                                       QString *error) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The token endpoint's answer is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const QString token = o.value(QLatin1String("access_token")).toString();
    if (token.isEmpty()) {
        *error = tr("The token endpoint's answer has no access_token.");
        return std::nullopt;
    }
    const qint64 expiresIn = o.value(QLatin1String("expires_in")).toInteger(kDefaultExpiresInSec);
    *expiresInSec = int(std::clamp<qint64>(expiresIn, 1, 7 * 24 * 3600));
    return token;
}

void TokenSource::onExchangeFinished(const HttpResult &result) {
    m_inflight.clear();
    const QString context = tr("token request to %1").arg(m_tokenUrl.host());
    if (result.error.isError()) {
        ApiError error = result.error;
        error.setMessage(context + QLatin1String(": ") + error.message());
        finishWaiters({}, error);
        return;
    }
    const int status = result.status;
    const QByteArray &body = result.body;
    if (status != 200) {
        ApiError error = ApiError::fromHttpResponse(status, result.reasonPhrase, result.contentType, body);
        // The token endpoint answers 400/401/422 when it rejects our credentials: that is an
        // authentication failure to the user, whatever the status code.
        if (status == 400 || status == 401 || status == 403 || status == 422) {
            ApiError auth(ApiError::Kind::Auth, error.message());
            auth.setHttpStatus(status);
            auth.fieldErrors() = error.fieldErrors();
            error = auth;
        }
        finishWaiters({}, error);
        return;
    }
    int expiresIn = kDefaultExpiresInSec;
    QString parseError;
    const auto token = parseTokenResponse(body, &expiresIn, &parseError);
    if (!token) {
        finishWaiters({}, ApiError(ApiError::Kind::Protocol, context + QLatin1String(": ") + parseError));
        return;
    }
    m_token = *token;
    const int margin = std::min(kRenewMarginSec, expiresIn / 2);
    m_renewAtMs = m_clock->monotonicMs() + qint64(expiresIn - margin) * 1000;
    Q_EMIT renewed();
    finishWaiters(m_token, ApiError());
}

void TokenSource::finishWaiters(const QString &token, const ApiError &error) {
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.callback(token, error);
    }
}

} // namespace jobdesk
