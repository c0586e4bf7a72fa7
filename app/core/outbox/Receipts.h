#pragma once

#include "outbox/OutboxAttempt.h"
#include "outbox/OutboxItem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace jobdesk {

class OutboxStore;

// The receipts of results sent from this computer: what a dispatcher pastes into an email to
// prove when a result was recorded. For each submission (outbox item): the job, what was submitted,
// when it was queued, every exchange with BigChange (OutboxAttempt: time, HTTP status, the
// server's trace id, what it meant), when delivery was confirmed, and the item's state now. Items
// sent before the outbox kept a ledger (schema 5) show their attempt count and last error instead;
// no rows are made up for them. Widget-free: jobdesk-cli (`job ID --receipts`, `outbox ledger`)
// and the window use it alike.
//
// Times are shown in `zone` with their offset ("2026-11-30 14:03:12 +01:00"); the zone is given,
// not read from TZ, which Windows ignores for IANA names.
class Receipts {
    Q_DECLARE_TR_FUNCTIONS(jobdesk::Receipts)
public:
    // One submission and its ledger.
    struct Submission {
        OutboxItem item;
        QList<OutboxAttempt> attempts; // oldest first
    };

    explicit Receipts(QTimeZone zone = QTimeZone::systemTimeZone());

    // Every submission of one job on one connection (Profile::connectionKey()), newest first.
    static QList<Submission> forJob(const OutboxStore &store, const QString &connection, qint64 jobId);
    // Every submission of a connection (empty: of every connection), newest first.
    static QList<Submission> all(const OutboxStore &store, const QString &connection);

    // Plain text, one block per submission, for an email or a terminal. `jobId` names the job
    // when there is no submission ("No result for job … was submitted from this computer").
    QString receiptText(qint64 jobId, const QList<Submission> &submissions) const;
    // RFC 4180 CSV (CsvWriter, fields kept as they are), a header line then one row per attempt:
    // item id, job id, job reference, submitted kind, result text, queued at, attempt no,
    // started, finished, outcome, HTTP status, trace id, message, confirmed at. A submission
    // without attempts (not sent yet, or sent before the ledger) has one row with those empty.
    // Times are ISO 8601 in the zone, with offset; kinds and outcomes are their stable names.
    QString ledgerCsv(const QList<Submission> &submissions) const;

    // "2026-11-30 14:03:12 +01:00" in the zone; empty for an invalid time.
    QString localTime(const QDateTime &time) const;
    // "2026-11-30T14:03:12+01:00" in the zone; empty for an invalid time.
    QString localIsoTime(const QDateTime &time) const;
    // One attempt as a line: "2026-11-30 14:03:12 +01:00 · HTTP 500 · trace abc · Will retry · words".
    QString attemptLine(const OutboxAttempt &attempt) const;
    // When BigChange's having the result was confirmed: a delivered item's last change.
    static QDateTime confirmedAt(const OutboxItem &item);

private:
    QString offset(const QDateTime &local) const;

    QTimeZone m_zone;
};

} // namespace jobdesk
