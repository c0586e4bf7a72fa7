#include "api/ApiError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace jobdesk {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("jobdesk::ApiError", text);
}

constexpr int kExcerptBytes = 300;

// A short, readable piece of a body that was not problem details. Markup (an HTML error page
// from a proxy) is reduced to its text so that no tags reach the dispatcher.
QByteArray excerpt(const QByteArray &body, const QByteArray &contentType) {
    QByteArray text = body.left(64 * 1024);
    if (contentType.toLower().contains("html") || text.trimmed().startsWith('<')) {
        static const QRegularExpression dropBlocks(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                                   QRegularExpression::CaseInsensitiveOption |
                                                       QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        QString plain = QString::fromUtf8(text);
        plain.remove(dropBlocks);
        plain.replace(tags, QStringLiteral(" "));
        text = plain.toUtf8();
    }
    text = text.simplified();
    const bool cut = text.size() > kExcerptBytes;
    text = text.left(kExcerptBytes);
    if (cut)
        text += "...";
    return text;
}

QString stringMember(const QJsonObject &o, QLatin1String key) {
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

} // namespace

ApiError::ApiError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message)) {
}

ApiError::Kind ApiError::kindForStatus(int s) {
    if (s == 401)
        return Kind::Auth;
    if (s == 403)
        return Kind::Forbidden;
    if (s == 404 || s == 410)
        return Kind::NotFound;
    if (s == 400 || s == 409 || s == 422) // 409: the job's state does not allow it (e.g. a start)
        return Kind::Validation;
    if (s == 408)
        return Kind::Timeout;
    if (s == 429)
        return Kind::RateLimited;
    if (s >= 500 && s <= 599)
        return Kind::Server;
    return Kind::Protocol;
}

ProblemDetails ApiError::parseProblem(const QByteArray &body, FieldErrors *fieldErrors) {
    ProblemDetails p;
    if (body.isEmpty() || body.size() > 1024 * 1024)
        return p;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return p;
    const QJsonObject o = doc.object();
    p.type = stringMember(o, QLatin1String("type"));
    p.title = stringMember(o, QLatin1String("title"));
    p.detail = stringMember(o, QLatin1String("detail"));
    p.instance = stringMember(o, QLatin1String("instance"));
    p.traceId = stringMember(o, QLatin1String("traceId"));
    if (o.value(QLatin1String("status")).isDouble())
        p.status = int(o.value(QLatin1String("status")).toInteger(0));
    const QJsonValue errors = o.value(QLatin1String("errors"));
    if (fieldErrors && (errors.isObject() || errors.isArray()))
        *fieldErrors = FieldErrors::fromJson(errors);
    p.present = !p.type.isEmpty() || !p.title.isEmpty() || !p.detail.isEmpty() || p.status.has_value() ||
                errors.isObject();
    return p;
}

ApiError ApiError::fromHttpResponse(int httpStatus, const QByteArray &reasonPhrase,
                                    const QByteArray &contentType, const QByteArray &body) {
    ApiError e(kindForStatus(httpStatus), QString());
    e.m_httpStatus = httpStatus;
    // problem+json and plain json are both parsed; anything else fails to parse and is excerpted.
    e.m_problem = parseProblem(body, &e.m_fieldErrors);
    if (!e.m_problem.present)
        e.m_bodyExcerpt = excerpt(body, contentType);

    QString statusLine = QStringLiteral("HTTP %1").arg(httpStatus);
    if (!reasonPhrase.isEmpty())
        statusLine += QLatin1Char(' ') + QString::fromLatin1(reasonPhrase);
    QStringList parts{statusLine};
    if (!e.m_problem.title.isEmpty())
        parts << e.m_problem.title;
    if (!e.m_problem.detail.isEmpty() && e.m_problem.detail != e.m_problem.title)
        parts << e.m_problem.detail;
    if (!e.m_problem.present && !e.m_bodyExcerpt.isEmpty())
        parts << QString::fromUtf8(e.m_bodyExcerpt);
    e.m_message = parts.join(QLatin1String(": "));
    return e;
}

ApiError ApiError::fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString,
                                    const QString &context) {
    const bool timedOut =
        error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
    const bool tls = error == QNetworkReply::SslHandshakeFailedError;
    QString text;
    switch (error) { // Qt's own texts are sometimes just "Unknown error"
    case QNetworkReply::ConnectionRefusedError:
        text = tr("the server refused the connection");
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        text = tr("the connection closed before an answer arrived");
        break;
    case QNetworkReply::HostNotFoundError:
        text = tr("the server's name could not be found");
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        text = tr("the network is not available");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        text = tr("the server's TLS certificate is not trusted (%1)").arg(errorString);
        break;
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout: "Operation canceled"
    case QNetworkReply::TimeoutError:
        text = tr("no answer in time");
        break;
    default:
        text = errorString.isEmpty() ? tr("network error %1").arg(int(error)) : errorString;
        break;
    }
    if (!context.isEmpty())
        text = context + QLatin1String(": ") + text;
    ApiError e(timedOut ? Kind::Timeout : Kind::Network, text);
    e.m_tls = tls;
    return e;
}

ApiError ApiError::restore(Kind kind, int httpStatus, const ProblemDetails &problem,
                           const FieldErrors &fieldErrors, const QString &userMessage) {
    ApiError e(kind, problem.title.isEmpty() ? userMessage : problem.title);
    e.m_httpStatus = httpStatus;
    e.m_problem = problem;
    e.m_fieldErrors = fieldErrors;
    e.m_storedUserMessage = userMessage;
    return e;
}

ApiError::Disposition ApiError::disposition() const {
    switch (m_kind) {
    case Kind::None:
        return Disposition::None;
    case Kind::Network:
    case Kind::Timeout:
        return Disposition::Unreachable;
    case Kind::Server:
    case Kind::RateLimited:
    case Kind::Protocol:
    case Kind::Cancelled:
        return Disposition::Retry;
    case Kind::Auth:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::Validation:
    case Kind::Configuration:
        return Disposition::Reject;
    }
    return Disposition::Reject;
}

bool ApiError::isTransient() const {
    if (m_tls)
        return false;
    // A read answered with something unusable (a proxy's page) is not retried at once either.
    return disposition() == Disposition::Unreachable ||
           (disposition() == Disposition::Retry && m_kind != Kind::Protocol && m_kind != Kind::Cancelled);
}

QString ApiError::userMessage() const {
    if (!m_storedUserMessage.isEmpty())
        return m_storedUserMessage;
    const QString detail = !m_problem.detail.isEmpty() ? m_problem.detail : m_problem.title;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        if (m_tls)
            return tr("The secure connection to the server was refused: %1. If your company uses its own "
                      "certificate authority, add its certificate (CA file) in the connection settings.")
                .arg(m_message);
        return tr("Could not reach the BigChange server. Check your network or VPN connection.");
    case Kind::Timeout:
        return tr("The BigChange server did not answer in time. It may be busy; try again in a moment.");
    case Kind::Auth:
        return tr("BigChange did not accept the connection's credentials. Check the client id and secret in "
                  "the connection settings.") +
               (detail.isEmpty() ? QString() : QLatin1Char(' ') + tr("Server said: %1").arg(detail));
    case Kind::Forbidden:
        return tr("BigChange refused this action: the application is not allowed to do it for this "
                  "customer.") +
               (detail.isEmpty() ? QString() : QLatin1Char(' ') + tr("Server said: %1").arg(detail));
    case Kind::NotFound:
        return tr("BigChange could not find it; it may have been deleted.") +
               (detail.isEmpty() ? QString() : QLatin1Char(' ') + tr("Server said: %1").arg(detail));
    case Kind::Validation: {
        QStringList lines;
        if (!detail.isEmpty())
            lines << detail;
        lines << m_fieldErrors.allMessages();
        if (lines.isEmpty())
            lines << m_message;
        return tr("BigChange rejected the request: %1").arg(lines.join(QLatin1String("; ")));
    }
    case Kind::RateLimited:
        return tr(
            "BigChange is busy and asked Jobdesk to wait before sending more requests; it will be tried "
            "again shortly.");
    case Kind::Server:
        return m_httpStatus > 0
                   ? tr("The BigChange server had a problem on its side (error %1). Try again later.")
                         .arg(m_httpStatus)
                   : tr("The BigChange server had a problem on its side. Try again later.");
    case Kind::Protocol:
        return tr("The BigChange server sent an answer this app cannot use: %1").arg(m_message);
    case Kind::Configuration:
        return m_message;
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return m_message;
}

QString ApiError::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("notFound");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::RateLimited:
        return QStringLiteral("rateLimited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

std::optional<ApiError::Kind> ApiError::kindFromName(const QString &name) {
    for (int k = int(Kind::None); k <= int(Kind::Cancelled); ++k)
        if (kindName(Kind(k)) == name)
            return Kind(k);
    return std::nullopt;
}

} // namespace jobdesk
