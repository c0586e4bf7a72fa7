#pragma once

#include "outbox/OutboxStore.h"

#include <QHash>

namespace jobdesk {

// A fixed sequence of outbox operations, and the state it leaves after each step, shared by the
// crashing process and the test that checks what survived.
namespace OutboxScript {

inline QString profile() {
    return QStringLiteral("Crash");
}

inline OutboxItem submission(qint64 jobId, const QString &text) {
    OutboxItem i;
    i.connection = profile();
    i.profile = profile();
    i.customerId = 12345;
    i.jobId = jobId;
    i.kind = ResultKind::CompletedOk;
    i.resultText = text;
    i.jobStatusAtSubmit = QStringLiteral("started");
    return i;
}

inline int stepCount() {
    return 9;
}

// Ids are 1, 2, 3... in insertion order (AUTOINCREMENT on a fresh file).
inline bool run(OutboxStore &s, int step) {
    switch (step) {
    case 1:
        return s.enqueue(submission(101, QStringLiteral("Done ")), false) ==
               OutboxStore::EnqueueOutcome::Added;
    case 2:
        return s.enqueue(submission(102, QStringLiteral("No  access")), false) ==
               OutboxStore::EnqueueOutcome::Added;
    case 3:
        return s.claimDue(profile(), 1).size() == 1; // item 1 -> sending
    case 4:
        return s.markRetry(1, QDateTime::currentDateTimeUtc(),
                           ApiError(ApiError::Kind::Network, QStringLiteral("x")), true);
    case 5:
        return s.enqueue(submission(103, QStringLiteral("Проверено")), false) ==
               OutboxStore::EnqueueOutcome::Added;
    case 6:
        return s.claimDue(profile(), 3).size() == 3; // 1, 2, 3 -> sending
    case 7:
        return s.markDelivered(2);
    case 8:
        return s.markNeedsAttention(3, QStringLiteral("The job is now cancelled on the server."));
    case 9:
        return s.enqueue(submission(103, QStringLiteral("已完成")), true) ==
               OutboxStore::EnqueueOutcome::Replaced;
    }
    return false;
}

// The state of every item after `steps` steps: id -> state name.
inline QHash<qint64, QString> expectedStates(int steps) {
    QHash<qint64, QString> e;
    if (steps >= 1)
        e[1] = QStringLiteral("queued");
    if (steps >= 2)
        e[2] = QStringLiteral("queued");
    if (steps >= 3)
        e[1] = QStringLiteral("sending");
    if (steps >= 4)
        e[1] = QStringLiteral("queued");
    if (steps >= 5)
        e[3] = QStringLiteral("queued");
    if (steps >= 6)
        e[1] = e[2] = e[3] = QStringLiteral("sending");
    if (steps >= 7)
        e[2] = QStringLiteral("delivered");
    if (steps >= 8)
        e[3] = QStringLiteral("needsAttention");
    if (steps >= 9) {
        e[3] = QStringLiteral("discarded");
        e[4] = QStringLiteral("queued");
    }
    return e;
}

} // namespace OutboxScript

} // namespace jobdesk
