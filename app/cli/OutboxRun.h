#pragma once

#include "api/ApiError.h"
#include "outbox/OutboxItem.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace jobdesk {
class ApiClient;
class Clock;
class OutboxDispatcher;
class OutboxStore;
} // namespace jobdesk

namespace jobdesk::cli {

// Runs an OutboxDispatcher for one jobdesk-cli command and says when it is done: either for a
// few items (set-result, outbox retry: until each has left "sending" and is not due now), or for
// everything due including items waiting for a later attempt (outbox send, drainNow semantics:
// until the dispatcher is idle). An attempt whose outcome was unknown gets one immediate read-back
// in the run (the dispatcher's reconciliation) before the item is left queued for later.
// Ends with finished() or, when another process is the profile's sender, notSender().
class OutboxRun : public QObject {
    Q_OBJECT
public:
    OutboxRun(OutboxStore *store, ApiClient *client, const Clock *clock, QObject *parent = nullptr);

    void runFor(const QSet<qint64> &itemIds);
    void runAll();
    // The run's dispatcher (created with the run, started by runFor()/runAll()), e.g. for a
    // ResultSubmission to watch.
    OutboxDispatcher *dispatcher() const { return m_dispatcher; }

    // Item ids by what happened to them in this run.
    QList<qint64> delivered() const { return m_delivered; }
    QList<qint64> neededAttention() const { return m_neededAttention; }
    QList<qint64> queuedAgain() const { return m_queuedAgain; } // an attempt failed; queued for later

Q_SIGNALS:
    // An attempt got no usable answer; the job is now read back before anything is re-sent.
    void readingBack(const OutboxItem &item, const ApiError &error);
    void otherItemDelivered(const OutboxItem &item);      // runFor(): an item outside the run
    void otherItemNeedsAttention(const OutboxItem &item); // runFor(): an item outside the run
    void notSender();
    void finished();

private:
    bool begin();
    void onRetryScheduled(qint64 itemId, const ApiError &error);
    void note(QList<qint64> &list, qint64 itemId);
    void checkLater();
    void check();
    bool watchedItemsSettled() const;
    void end();

    OutboxStore *m_store;
    const Clock *m_clock;
    OutboxDispatcher *m_dispatcher;
    QSet<qint64> m_watched; // empty: everything (runAll)
    bool m_all = false;
    bool m_draining = false;
    bool m_idle = false;
    bool m_settled = false;
    bool m_ended = false;
    QSet<qint64> m_readBack;
    QList<qint64> m_delivered;
    QList<qint64> m_neededAttention;
    QList<qint64> m_queuedAgain;
};

} // namespace jobdesk::cli
