#include "SandboxServer.h"

#include "AdminRoutes.h"
#include "ApiRoutes.h"
#include "AuthRoutes.h"
#include "Problem.h"
#include "SandboxServices.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace sandbox {

namespace {

constexpr qint64 kMaxBodyBytes = 1024 * 1024;

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

SandboxServer::SandboxServer(SandboxServices &services, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_services(services) {
}

quint16 SandboxServer::listenLoopback(quint16 port) {
    return listen(QHostAddress::LocalHost, port);
}

QString SandboxServer::routeKey(const QByteArray &method, const QString &path) {
    QStringList seg = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool idSlot = seg.size() >= 3 &&
                        (seg[0] == QLatin1String("v1") || seg[0] == QLatin1String("_admin")) &&
                        (seg[1] == QLatin1String("jobs") || seg[1] == QLatin1String("jobTypes") ||
                         seg[1] == QLatin1String("results"));
    if (idSlot)
        seg[2] = QStringLiteral("{id}");
    return QString::fromLatin1(method) + QStringLiteral(" /") + seg.join(QLatin1Char('/'));
}

QString SandboxServer::faultGroup(const QString &path) {
    if (path == QLatin1String("/auth/tokens"))
        return QStringLiteral("auth");
    if (!path.startsWith(QLatin1String("/v1/")))
        return QString();
    const QStringList seg = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (seg.value(1) == QLatin1String("jobTypes"))
        return QStringLiteral("jobTypes");
    if (seg.value(1) == QLatin1String("jobs")) {
        if (seg.value(3) == QLatin1String("start"))
            return QStringLiteral("start");
        if (seg.value(3) == QLatin1String("result"))
            return QStringLiteral("result");
        return QStringLiteral("jobs");
    }
    return QStringLiteral("v1");
}

SandboxReply SandboxServer::dispatch(const SandboxRequest &request) {
    const QString &path = request.path;
    if (request.body.size() > kMaxBodyBytes)
        return Problem::payloadTooLarge(path);
    if (path == QLatin1String("/auth/tokens"))
        return AuthRoutes::handle(request, m_services);
    if (path.startsWith(QLatin1String("/v1/")))
        return ApiRoutes::handle(request, m_services);
    if (path.startsWith(QLatin1String("/_admin/")))
        return AdminRoutes::handle(request, m_services);
    return Problem::notFound(QStringLiteral("No route matches %1.").arg(path), path);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    SandboxRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path(QUrl::FullyDecoded);
    req.query = request.query();
    req.headers = request.headers();
    req.body = request.body();
    m_services.requestCounts[routeKey(req.method, req.path)] += 1;

    const QString group = faultGroup(req.path);
    const Faults::Kind fault = group.isEmpty() ? Faults::Kind::None : m_services.faults.decide(group);
    const int latency = group.isEmpty() ? 0 : m_services.latencyMs; // never on admin routes
    switch (fault) {
    case Faults::Kind::Drop:
        socket->abort(); // before applying anything
        return true;
    case Faults::Kind::Error500:
        respond(request, socket,
                Problem::internalError(QStringLiteral("Injected fault: internal server error."), req.path),
                latency);
        return true;
    case Faults::Kind::RateLimit429:
        respond(request, socket, Problem::tooManyRequests(m_services.faults.retryAfterSeconds(), req.path),
                latency);
        return true;
    default:
        break;
    }

    SandboxReply reply = dispatch(req);
    if (req.method == "HEAD")
        reply.body.clear(); // a HEAD reply must not carry a body
    if (fault == Faults::Kind::ApplyThenDrop) {
        socket->abort(); // applied, but the client never hears about it
        return true;
    }
    respond(request, socket, reply,
            latency + (fault == Faults::Kind::Stall ? m_services.faults.stallMs() : 0));
    return true;
}

void SandboxServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxReply &reply,
                            int delayMs) {
    if (delayMs <= 0) {
        auto responder = makeResponder(request, socket);
        write(responder, reply);
        return;
    }
    // Handled at once (a write is applied now); only the answer is late. The server stays free
    // for other requests meanwhile.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, Qt::PreciseTimer, this, [responder, guard, reply]() {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            write(*responder, reply);
    });
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    const QString path = request.url().path(QUrl::FullyDecoded);
    auto responder = makeResponder(request, socket);
    write(responder, Problem::notFound(QStringLiteral("No route matches %1.").arg(path), path));
}

void SandboxServer::write(QHttpServerResponder &responder, const SandboxReply &reply) {
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    for (const auto &h : reply.headers)
        responder.writeHeader(h.first, h.second);
    if (reply.status != 204)
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

} // namespace sandbox
