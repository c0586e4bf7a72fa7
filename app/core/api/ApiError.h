#pragma once

#include "api/FieldErrors.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace jobdesk {

// RFC 7807 problem details (§5.4), as far as the server filled them in.
struct ProblemDetails {
    QString type;
    QString title;
    std::optional<int> status;
    QString detail;
    QString instance;
    QString traceId;
    bool present = false; // the body was a JSON object with at least one problem member
};

// Everything that can go wrong with one API call, in one type. `kind` drives behaviour (retry,
// re-authenticate, show inline); `userMessage()` is what a dispatcher reads.
class ApiError {
public:
    enum class Kind {
        None,
        Network,       // no connection, DNS, refused, reset, TLS failure
        Timeout,       // no answer within the transfer timeout
        Auth,          // 401, or the token endpoint refused our credentials
        Forbidden,     // 403
        NotFound,      // 404
        Validation,    // 400/422 from the server, or our own check before sending
        RateLimited,   // 429
        Server,        // 5xx
        Protocol,      // an answer we cannot use: bad JSON, wrong shape, unexpected status, too big
        Configuration, // refused before sending: bad URL, plain http to a remote host, no secret
        Cancelled,
    };

    ApiError() = default;
    ApiError(Kind kind, QString message);

    // Maps an HTTP answer that was not a success: status, problem details, field errors.
    static ApiError fromHttpResponse(int httpStatus, const QByteArray &reasonPhrase,
                                     const QByteArray &contentType, const QByteArray &body);
    static ProblemDetails parseProblem(const QByteArray &body, FieldErrors *fieldErrors);
    // Maps a transport failure (no HTTP answer). TLS failures are not transient: a certificate
    // does not become trusted by trying again.
    static ApiError fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString,
                                     const QString &context = QString());
    static Kind kindForStatus(int httpStatus);
    // An error as it was stored (the outbox keeps the last error of each item). `userMessage` is
    // the stored plain-language text; userMessage() returns it unchanged.
    static ApiError restore(Kind kind, int httpStatus, const ProblemDetails &problem,
                            const FieldErrors &fieldErrors, const QString &userMessage);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    const ProblemDetails &problem() const { return m_problem; }
    const FieldErrors &fieldErrors() const { return m_fieldErrors; }
    FieldErrors &fieldErrors() { return m_fieldErrors; }
    // A technical one-line summary (status line, problem title/detail or body excerpt).
    const QString &message() const { return m_message; }
    const QByteArray &bodyExcerpt() const { return m_bodyExcerpt; }
    std::optional<qint64> retryAfterMs() const { return m_retryAfterMs; }

    void setHttpStatus(int status) { m_httpStatus = status; }
    void setRetryAfterMs(std::optional<qint64> ms) { m_retryAfterMs = ms; }
    void setMessage(const QString &message) { m_message = message; }

    // What to do about an error, decided here once for every caller (retries of reads, the outbox
    // dispatcher, the CLI, online detection):
    enum class Disposition {
        None,        // not an error
        Unreachable, // no answer: network down, refused, timed out, TLS refused. Try again when the
                     // server can be reached; it may be offline
        Retry,       // the server answered but could not take it now (5xx, 429, an answer we could
                     // not use, cancelled on our side): try again later
        Reject,      // refused (400/401/403/404/422) or unusable as configured: sending it again
                     // unchanged will not help; a person must act
    };
    Disposition disposition() const;
    // Worth retrying a read at once (with backoff): not refused, and not a TLS failure, since a
    // certificate does not become trusted by trying again.
    bool isTransient() const;
    bool isTlsFailure() const { return m_tls; }
    // A plain-language sentence (or two) for the dispatcher, saying what happened and what to do.
    QString userMessage() const;
    static QString kindName(Kind kind); // stable, for logs and JSON ("network", "timeout", ...)
    static std::optional<Kind> kindFromName(const QString &name);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    ProblemDetails m_problem;
    FieldErrors m_fieldErrors;
    QString m_message;
    QByteArray m_bodyExcerpt;
    std::optional<qint64> m_retryAfterMs;
    bool m_tls = false;
    QString m_storedUserMessage;
};

} // namespace jobdesk

Q_DECLARE_METATYPE(jobdesk::ApiError)
