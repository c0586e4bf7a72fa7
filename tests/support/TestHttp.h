#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

// A small synchronous HTTP client for tests (local event loop with a timeout). Not for
// production code: it blocks the caller.
class TestHttp {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Response {
        int status = 0; // 0 when no HTTP response arrived
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        bool timedOut = false;
        Headers headers;
        QByteArray body;
        qint64 elapsedMs = 0;

        QByteArray header(const QByteArray &name) const; // case-insensitive
        QJsonObject json() const;
        QJsonDocument document() const;
    };

    explicit TestHttp(int timeoutMs = 15000);

    Response request(const QByteArray &method, const QUrl &url, const Headers &headers = {},
                     const QByteArray &body = QByteArray());
    Response get(const QUrl &url, const Headers &headers = {});
    Response put(const QUrl &url, const Headers &headers, const QByteArray &body);
    Response post(const QUrl &url, const Headers &headers, const QByteArray &body);

    void setTimeout(int timeoutMs) { m_timeoutMs = timeoutMs; }
    // Drops pooled connections (e.g. after the server restarted).
    void reset();

private:
    QNetworkAccessManager m_manager;
    int m_timeoutMs;
};
