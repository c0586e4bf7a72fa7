#pragma once

#include "HttpTypes.h"

#include <QAbstractHttpServer>

class QHttpServerResponder;

namespace sandbox {

struct SandboxServices;

// The HTTP front: turns each request into a SandboxRequest, counts it, applies injected faults
// (to /auth and /v1 only) and dispatches to AuthRoutes, ApiRoutes or AdminRoutes.
class SandboxServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit SandboxServer(SandboxServices &services, QObject *parent = nullptr);

    // Binds 127.0.0.1 only. Returns the bound port, 0 on failure.
    quint16 listenLoopback(quint16 port);

    // "GET /v1/jobs/{id}" style key used by /_admin/stats.
    static QString routeKey(const QByteArray &method, const QString &path);
    // Fault route group of a path ("auth", "jobs", "jobTypes", "start", "result"), empty when
    // faults never apply (e.g. /_admin).
    static QString faultGroup(const QString &path);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxReply dispatch(const SandboxRequest &request);
    static void write(QHttpServerResponder &responder, const SandboxReply &reply);
    // Writes `reply` now, or after `delayMs` (latency, stalls) if the client is still there.
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxReply &reply,
                 int delayMs);

    SandboxServices &m_services;
};

} // namespace sandbox
