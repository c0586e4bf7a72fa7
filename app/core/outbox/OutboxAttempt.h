#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace jobdesk {

// One exchange with BigChange about an outbox item, as its ledger ("receipts") keeps it: a PUT of
// the result, or a read-back of the job (GET) when an earlier answer was not seen or not clear.
// Rows are written in the same transaction as the item's outcome (OutboxStore::Outcome::attempts)
// and never changed afterwards.
struct OutboxAttempt {
    enum class Outcome {
        Delivered,      // BigChange applied the result (a 2xx to the PUT)
        Retry,          // no usable answer, or a server error: the item is queued again
        NeedsAttention, // refused: the dispatcher decides
        ReadBack,       // the job was read back (a GET); `message` says what it showed (applied: confirmed,
                        // not applied: sent again, changed: needs attention, unreadable: read again later).
                        // On a PUT's row: its answer (a 422 to a resend) did not settle it, so the job was
                        // read back next.
    };

    qint64 itemId = 0;
    int number = 0;       // 1, 2, ... within the item, in the order recorded (set by the store)
    QDateTime startedAt;  // when the request left (UTC)
    QDateTime finishedAt; // when its answer (or failure) was known (UTC)
    Outcome outcome = Outcome::Delivered;
    int httpStatus = 0; // 0: no answer (network failure, timeout, dropped connection)
    ApiError::Kind errorKind = ApiError::Kind::None;
    QString message; // plain words for the dispatcher
    QString traceId; // the server's traceId, or its problem instance; empty if it gave none

    static QString outcomeName(Outcome outcome); // stable: "delivered", "retry", ...
    static std::optional<Outcome> outcomeFromName(const QString &name);
    static QString outcomeDisplayName(Outcome outcome); // translated
    // An attempt answered by `error` (its status, kind, words and trace id).
    static OutboxAttempt failed(const QDateTime &startedAt, const QDateTime &finishedAt, Outcome outcome,
                                const ApiError &error);
    // The server's trace id of an error: its traceId, else its problem instance.
    static QString traceIdOf(const ApiError &error);
};

} // namespace jobdesk

Q_DECLARE_METATYPE(jobdesk::OutboxAttempt)
