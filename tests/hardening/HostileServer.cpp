#include "HostileServer.h"

#include <QHostAddress>
#include <QTcpSocket>

HostileServer::HostileServer(QObject *parent)
    : QTcpServer(parent) {
}

bool HostileServer::listenLoopback() {
    return listen(QHostAddress::LocalHost, 0);
}

QByteArray HostileServer::baseUrl(const QByteArray &scheme) const {
    return scheme + "://127.0.0.1:" + QByteArray::number(serverPort());
}

void HostileServer::reply(QTcpSocket *socket, int status, const QByteArray &contentType,
                          const QByteArray &body, const QByteArray &extraHeaders) {
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Whatever\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += extraHeaders;
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    socket->write(body);
    socket->disconnectFromHost();
}

QTcpSocket *HostileServer::makeSocket(qintptr descriptor) {
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(descriptor);
    return socket;
}

void HostileServer::incomingConnection(qintptr descriptor) {
    QTcpSocket *socket = makeSocket(descriptor);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void HostileServer::onReadyRead(QTcpSocket *socket) {
    QByteArray buffered = socket->property("buffered").toByteArray() + socket->readAll();
    const int headEnd = buffered.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        socket->setProperty("buffered", buffered);
        return;
    }
    const QByteArray head = buffered.left(headEnd);
    // Read the body too (its length from Content-Length) before answering.
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n'))
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    if (buffered.size() < headEnd + 4 + length) {
        socket->setProperty("buffered", buffered);
        return;
    }
    socket->setProperty("buffered", QByteArray());
    ++requestCount;
    if (head.contains("/auth/tokens")) {
        if (tokenResponder)
            tokenResponder(socket, head);
        else
            reply(socket, 200, "application/json", R"({"access_token":"hostile-token","expires_in":3600})");
        return;
    }
    if (responder)
        responder(socket, head);
}
