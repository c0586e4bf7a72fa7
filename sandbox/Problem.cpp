#include "Problem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace sandbox {

namespace {

QString typeFor(int status) {
    switch (status) {
    case 400:
        return QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.5.1");
    case 401:
        return QStringLiteral("https://tools.ietf.org/html/rfc7235#section-3.1");
    case 403:
        return QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.5.3");
    case 404:
        return QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.5.4");
    case 405:
        return QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.5.5");
    case 413:
        return QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.5.11");
    case 415:
        return QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.5.13");
    case 422:
        return QStringLiteral("https://tools.ietf.org/html/rfc4918#section-11.2");
    case 429:
        return QStringLiteral("https://tools.ietf.org/html/rfc6585#section-4");
    default:
        return QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.6.1");
    }
}

QJsonObject baseBody(int status, const QString &title, const QString &detail, const QString &instance) {
    QJsonObject body;
    body.insert(QStringLiteral("type"), typeFor(status));
    body.insert(QStringLiteral("title"), title);
    body.insert(QStringLiteral("status"), status);
    body.insert(QStringLiteral("detail"), detail);
    body.insert(QStringLiteral("instance"), instance);
    body.insert(QStringLiteral("traceId"), Problem::randomTraceId());
    return body;
}

SandboxReply reply(int status, const QJsonObject &body) {
    SandboxReply r;
    r.status = status;
    r.headers.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/problem+json; charset=utf-8")));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

} // namespace

namespace Problem {

QString randomTraceId() {
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    QString out;
    for (quint32 w : words)
        out += QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
    return out;
}

SandboxReply make(int status, const QString &title, const QString &detail, const QString &instance) {
    return reply(status, baseBody(status, title, detail, instance));
}

SandboxReply validation(const FieldErrors &errors, const QString &instance, const QString &detail) {
    QJsonObject body = baseBody(
        422, QStringLiteral("One or more validation errors occurred."),
        detail.isEmpty() ? QStringLiteral("See the errors property for details.") : detail, instance);
    QJsonObject errs;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        errs.insert(it.key(), QJsonArray::fromStringList(it.value()));
    body.insert(QStringLiteral("errors"), errs);
    return reply(422, body);
}

SandboxReply badRequest(const QString &detail, const QString &instance) {
    return make(400, QStringLiteral("Bad Request"), detail, instance);
}

SandboxReply unauthorized(const QString &detail, const QString &instance) {
    SandboxReply r = make(401, QStringLiteral("Unauthorized"), detail, instance);
    r.withHeader("WWW-Authenticate", "Bearer");
    return r;
}

SandboxReply forbidden(const QString &detail, const QString &instance) {
    return make(403, QStringLiteral("Forbidden"), detail, instance);
}

SandboxReply notFound(const QString &detail, const QString &instance) {
    return make(404, QStringLiteral("Not Found"), detail, instance);
}

SandboxReply methodNotAllowed(const QByteArray &allow, const QString &instance) {
    SandboxReply r = make(405, QStringLiteral("Method Not Allowed"),
                          QStringLiteral("Allowed methods: ") + QString::fromLatin1(allow), instance);
    r.withHeader("Allow", allow);
    return r;
}

SandboxReply unsupportedMediaType(const QString &detail, const QString &instance) {
    return make(415, QStringLiteral("Unsupported Media Type"), detail, instance);
}

SandboxReply payloadTooLarge(const QString &instance) {
    return make(413, QStringLiteral("Payload Too Large"),
                QStringLiteral("The request body exceeds the sandbox limit of 1 MiB."), instance);
}

SandboxReply internalError(const QString &detail, const QString &instance) {
    return make(500, QStringLiteral("Internal Server Error"), detail, instance);
}

SandboxReply tooManyRequests(int retryAfterSeconds, const QString &instance) {
    SandboxReply r =
        make(429, QStringLiteral("Too Many Requests"),
             QStringLiteral("Rate limit exceeded (injected fault). Retry after %1 s.").arg(retryAfterSeconds),
             instance);
    r.withHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

} // namespace Problem

} // namespace sandbox
