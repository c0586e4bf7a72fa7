#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QSslConfiguration;
class QTcpSocket;

// A deliberately misbehaving HTTP server on loopback for the bad-input tests. Token requests get
// a valid token unless `tokenResponder` is set; every other request goes to `responder`, which
// writes whatever it likes to the raw socket (or nothing at all).
class HostileServer : public QTcpServer {
    Q_OBJECT
public:
    using Responder = std::function<void(QTcpSocket *socket, const QByteArray &requestHead)>;

    explicit HostileServer(QObject *parent = nullptr);
    bool listenLoopback();
    QByteArray baseUrl(const QByteArray &scheme = "http") const;

    Responder responder;
    Responder tokenResponder;
    int requestCount = 0;

    // Writes a complete HTTP/1.1 response and closes the connection after it.
    static void reply(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                      const QByteArray &extraHeaders = QByteArray());

protected:
    void incomingConnection(qintptr descriptor) override;
    // Hook for a TLS subclass: wraps the accepted socket.
    virtual QTcpSocket *makeSocket(qintptr descriptor);

private:
    void onReadyRead(QTcpSocket *socket);
};
