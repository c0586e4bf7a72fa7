#include "TestHttp.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkRequest>
#include <QTimer>

QByteArray TestHttp::Response::header(const QByteArray &name) const {
    const QByteArray wanted = name.toLower();
    for (const auto &h : headers) {
        if (h.first.toLower() == wanted)
            return h.second;
    }
    return {};
}

QJsonObject TestHttp::Response::json() const {
    return QJsonDocument::fromJson(body).object();
}

QJsonDocument TestHttp::Response::document() const {
    return QJsonDocument::fromJson(body);
}

TestHttp::TestHttp(int timeoutMs)
    : m_timeoutMs(timeoutMs) {
}

void TestHttp::reset() {
    m_manager.clearConnectionCache();
}

TestHttp::Response TestHttp::request(const QByteArray &method, const QUrl &url, const Headers &headers,
                                     const QByteArray &body) {
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_manager.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    Response r;
    r.elapsedMs = clock.elapsed();
    if (!reply->isFinished()) {
        r.timedOut = true;
        reply->abort();
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.errorString = reply->errorString();
    r.headers = reply->rawHeaderPairs();
    r.body = reply->readAll();
    reply->deleteLater();
    return r;
}

TestHttp::Response TestHttp::get(const QUrl &url, const Headers &headers) {
    return request("GET", url, headers);
}

TestHttp::Response TestHttp::put(const QUrl &url, const Headers &headers, const QByteArray &body) {
    return request("PUT", url, headers, body);
}

TestHttp::Response TestHttp::post(const QUrl &url, const Headers &headers, const QByteArray &body) {
    return request("POST", url, headers, body);
}
