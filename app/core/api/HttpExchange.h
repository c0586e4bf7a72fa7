#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace jobdesk {

enum class HttpVerb { Get, Post, Put };
QByteArray verbName(HttpVerb verb); // "GET", "POST", "PUT"

// Limits every HTTP exchange of ours keeps, API call or token request alike.
struct HttpLimits {
    int transferTimeoutMs = 30000;              // no bytes for this long: timeout
    int deadlineMs = 120000;                    // the whole exchange, however slowly bytes drip in
    qint64 maxResponseBytes = 64 * 1024 * 1024; // a larger answer is refused unread
};

// What one exchange produced. `error` is set when no usable HTTP answer arrived (network failure,
// timeout, deadline, size cap, a redirect, a web page where data was expected, cancelled); a
// server's answer with any status leaves it unset for the caller to read.
struct HttpResult {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray reasonPhrase;
    QByteArray retryAfter;
    ApiError error;
    // For writes: false when the request certainly never reached the server; true when it may
    // have been applied even though no answer was seen.
    bool mayHaveReachedServer = false;
};

// One HTTP request and its answer: the only place where a QNetworkReply is made and read. It
// carries the TLS set-up and headers it is given, never follows redirects (they could carry
// credentials to another host), holds the transfer timeout, an overall deadline and a size cap,
// and maps the reply to an HttpResult in plain terms, with no Qt warning on the way (a reply is
// read only while it is open). A PUT body is sent from a one-shot stream, so Qt cannot silently
// send a write twice. Deletes itself after finished().
class HttpExchange : public QObject {
    Q_OBJECT
public:
    enum class AbortReason { None, Deadline, TooLarge, Cancelled };

    static HttpExchange *start(QNetworkAccessManager *nam, HttpVerb verb, QNetworkRequest request,
                               const QByteArray &body, const HttpLimits &limits, QObject *parent = nullptr);
    void abort(); // finished() follows with a Cancelled error

Q_SIGNALS:
    void finished(const HttpResult &result);

private:
    HttpExchange(HttpVerb verb, const HttpLimits &limits, QObject *parent);
    void onFinished();
    HttpResult mapReply() const;

    HttpVerb m_verb;
    HttpLimits m_limits;
    QPointer<QNetworkReply> m_reply;
    AbortReason m_reason = AbortReason::None;
};

} // namespace jobdesk
