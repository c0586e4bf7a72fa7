#pragma once

#include "api/ApiError.h"
#include "api/RetryPolicy.h"
#include "model/Job.h"
#include "outbox/OutboxItem.h"
#include "outbox/OutboxStore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class QLockFile;
class QTimer;

namespace jobdesk {

class ApiClient;
class Clock;
class OnlineMonitor;

// Sends a connection's queued items (results, PUT .../result, and starts, PUT .../start), oldest
// first, at most one in flight per job and `maxInFlight` overall; a job's result waits for its
// start (OutboxStore::claimDue()). 204 -> delivered. 400/403/404/409/422 -> needs attention with
// the server's messages. Network errors, timeouts, 5xx and 429 -> queued again with backoff
// (Retry-After honoured), never dropped. When an attempt may have reached the server without our
// seeing the answer, the job is read back before anything is re-sent. A result: completed with
// our status and text -> delivered without a second PUT; still started -> send again; anything
// else -> needs attention. A start: started or later (completed) -> delivered without a second
// PUT; anything else -> send again (the server refuses it if the job cannot start).
// Only one process sends a connection's outbox at a time (a lock file beside the database); the
// others keep trying to take over, so a crashed sender's items are picked up.
// Items are claimed a few at a time, in one transaction (each is durably "sending", its attempt
// counted, before its PUT leaves); those not sent yet when the dispatcher stops go back to
// "queued", and after a crash they are read back like any item that was being sent. Claims and
// outcomes are written on the store's own thread (OutboxStore::claimLater() and recordLater(),
// outcomes several to a transaction), so this object's thread (the window's) never waits for
// SQLite while it sends; the signals about an item follow once its outcome is on disk.
class OutboxDispatcher : public QObject {
    Q_OBJECT
public:
    OutboxDispatcher(OutboxStore *store, ApiClient *client, OnlineMonitor *online, const Clock *clock,
                     QObject *parent = nullptr);
    ~OutboxDispatcher() override;

    void setMaxInFlight(int n) { m_maxInFlight = std::max(1, n); }
    void setBackoff(const RetryConfig &config) { m_backoff = RetryPolicy(config); }
    // How often to look for due items and to try to become the sender (ms).
    void setTickInterval(int ms);

    // Tries to become the sender and starts draining; harmless to call again.
    void start();
    void stop();
    // Sends whatever is queued now, ignoring backoff times ("retry now" for everything).
    void drainNow();
    // Sends what is due now (a new submission, one item retried by hand) without cutting short
    // the backoff or Retry-After of the others.
    void sendDueNow();
    bool isSender() const;
    // Items being sent, or whose outcome is not on disk (nor announced) yet.
    int inFlight() const { return int(m_inFlight.size() + m_recording.size()); }
    QString lockPath() const;

Q_SIGNALS:
    void itemDelivered(qint64 itemId, qint64 jobId);
    void itemNeedsAttention(qint64 itemId, qint64 jobId, const QString &message);
    void itemRetryScheduled(qint64 itemId, const QDateTime &at, const ApiError &error);
    // A job was read back from the server (to check an unknown outcome or a rejection): its
    // current state, for whoever shows it.
    void jobRead(const Job &job);
    // Nothing due now and nothing in flight (the CLI's `outbox send` exits on it).
    void idle();
    // Nothing queued or being sent for this connection any more (delivered, or needing attention).
    void drained();
    void senderChanged(bool isSender);

private:
    bool tryBecomeSender();
    void pump();
    void dueMayHaveChanged(); // something may have become due: claim again even after a short claim
    void onClaimed(quint64 ticket, const QList<OutboxItem> &items);
    void releaseClaimed(); // the claimed items not sent yet go back to "queued"
    // Each step carries `done`: the exchanges so far in this attempt, for the item's ledger,
    // recorded with its outcome (OutboxStore::Outcome::attempts).
    using Exchanges = QList<OutboxAttempt>;
    void process(const OutboxItem &item);
    void send(const OutboxItem &item, const Exchanges &done);
    void reconcile(const OutboxItem &item);
    // Whether the job read back already shows what the item asked for.
    static bool carriesOurChange(const OutboxItem &item, const Job &job);
    // The read-back row's words when the job already shows it.
    static QString confirmedText(const OutboxItem &item);
    void confirmRejection(const OutboxItem &item, const ApiError &rejection, const Exchanges &done);
    // A 422 about the job's status, said with the status as the window names it.
    static ApiError inOurWords(const OutboxItem &item, const ApiError &rejection, const Job &job);
    void onSendFailed(const OutboxItem &item, const ApiError &error, bool outcomeUnknown, Exchanges done);
    void retryLater(const OutboxItem &item, const ApiError &error, bool needsReconcile,
                    const Exchanges &done);
    void delivered(const OutboxItem &item, const Exchanges &done);
    void needsAttention(const OutboxItem &item, const ApiError &error, const QString &message,
                        const Exchanges &done);
    // A read-back that got the job: status `httpStatus`, `message` saying what it showed.
    OutboxAttempt readBack(const QDateTime &startedAt, int httpStatus, const QString &message) const;
    // Hands the outcome to the store to record in the background; `announce` (the signal) runs
    // once it is on disk.
    void record(OutboxStore::Outcome outcome, std::function<void()> announce);
    void onOutcomesRecorded(const QList<OutboxStore::Outcome> &outcomes);
    void finish(qint64 itemId);
    void scheduleNextTick();

    QPointer<OutboxStore> m_store;
    ApiClient *m_client;
    OnlineMonitor *m_online;
    const Clock *m_clock;
    RetryPolicy m_backoff;
    int m_maxInFlight = 4;
    bool m_running = false;
    std::unique_ptr<QLockFile> m_lock;
    QSet<qint64> m_inFlight;     // item ids
    QList<OutboxItem> m_claimed; // claimed ("sending" on disk), not sent yet; oldest first
    quint64 m_claim = 0;         // the ticket of the claim being made, if any
    int m_claimWanted = 0;
    bool m_mayHaveDue = true; // false after a claim got fewer than it asked for, until something changes
    quint64 m_dueChanges = 0; // dueMayHaveChanged() calls
    quint64 m_dueChangesAtClaim = 0;
    QHash<qint64, std::function<void()>> m_recording; // answered; outcome not on disk yet
    QTimer *m_tick;
    int m_tickMs = 5000;
};

} // namespace jobdesk
