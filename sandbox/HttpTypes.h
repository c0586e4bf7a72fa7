#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace sandbox {

// A transport-independent view of one HTTP request, so route handlers need no socket.
struct SandboxRequest {
    QByteArray method; // upper case, e.g. "GET"
    QString path;      // decoded path, e.g. "/v1/jobs/5000000001"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Case-insensitive header lookup (HTTP header names are case-insensitive).
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    // Media type of Content-Type, lower case, without parameters ("application/json").
    QByteArray mediaType() const;
    // All decoded values of a repeatable query parameter (exact, case-sensitive name).
    QStringList queryValues(const QString &name) const;
};

// A complete reply; written to the socket by SandboxServer.
struct SandboxReply {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static SandboxReply json(int status, const QJsonDocument &doc);
    static SandboxReply noContent();
    SandboxReply &withHeader(const QByteArray &name, const QByteArray &value);
};

} // namespace sandbox
