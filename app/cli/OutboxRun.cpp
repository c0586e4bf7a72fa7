#include "OutboxRun.h"

#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxStore.h"
#include "util/Clock.h"

namespace jobdesk::cli {

namespace {
constexpr int kTickMs = 200; // a command-line run should notice due items quickly
} // namespace

OutboxRun::OutboxRun(OutboxStore *store, ApiClient *client, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    // No OnlineMonitor: its "became online" would drain everything again in the middle of a run.
    , m_dispatcher(new OutboxDispatcher(store, client, nullptr, clock, this)) {
    m_dispatcher->setTickInterval(kTickMs);
    connect(m_dispatcher, &OutboxDispatcher::itemDelivered, this, [this](qint64 itemId) {
        note(m_delivered, itemId);
        if (!m_all && !m_watched.contains(itemId))
            if (const auto item = m_store->item(itemId))
                Q_EMIT otherItemDelivered(*item);
    });
    connect(m_dispatcher, &OutboxDispatcher::itemNeedsAttention, this, [this](qint64 itemId) {
        note(m_neededAttention, itemId);
        if (!m_all && !m_watched.contains(itemId))
            if (const auto item = m_store->item(itemId))
                Q_EMIT otherItemNeedsAttention(*item);
    });
    connect(
        m_dispatcher, &OutboxDispatcher::itemRetryScheduled, this,
        [this](qint64 itemId, const QDateTime &, const ApiError &error) { onRetryScheduled(itemId, error); });
    connect(m_dispatcher, &OutboxDispatcher::idle, this, [this] {
        if (!m_all || !m_draining)
            return; // start() may report idle before drainNow() has made the waiting items due
        m_idle = true;
        checkLater();
    });
}

void OutboxRun::runFor(const QSet<qint64> &itemIds) {
    m_watched = itemIds;
    if (begin())
        checkLater(); // the items may not be due at all (e.g. already delivered)
}

void OutboxRun::runAll() {
    m_all = true;
    if (!begin())
        return;
    m_draining = true;
    m_dispatcher->drainNow(); // waiting items too; idle() follows once nothing is due or in flight
}

bool OutboxRun::begin() {
    m_dispatcher->start();
    if (m_dispatcher->isSender())
        return true;
    m_dispatcher->stop();
    QMetaObject::invokeMethod(this, &OutboxRun::notSender, Qt::QueuedConnection);
    return false;
}

void OutboxRun::onRetryScheduled(qint64 itemId, const ApiError &error) {
    const auto item = m_store->item(itemId);
    if (item && item->needsReconcile && !m_readBack.contains(itemId) && !m_settled) {
        // As the CLI always did: read the job back at once rather than leaving the outcome open.
        m_readBack.insert(itemId);
        Q_EMIT readingBack(*item, error);
        m_store->retryNow(itemId); // the dispatcher's next pump reconciles it
        return;
    }
    note(m_queuedAgain, itemId);
}

void OutboxRun::note(QList<qint64> &list, qint64 itemId) {
    m_delivered.removeAll(itemId);
    m_neededAttention.removeAll(itemId);
    m_queuedAgain.removeAll(itemId);
    list << itemId;
    checkLater();
}

void OutboxRun::checkLater() {
    // After the dispatcher has finished with the item that signalled (its in-flight count).
    QMetaObject::invokeMethod(this, &OutboxRun::check, Qt::QueuedConnection);
}

bool OutboxRun::watchedItemsSettled() const {
    const QDateTime now = m_clock->nowUtc();
    for (qint64 id : m_watched) {
        const auto item = m_store->item(id);
        if (!item)
            continue;
        if (item->state == OutboxItem::State::Sending)
            return false;
        if (item->state == OutboxItem::State::Queued && item->nextAttemptAt <= now)
            return false;
    }
    return true;
}

void OutboxRun::check() {
    if (m_ended)
        return;
    if (!m_settled) {
        m_settled = m_all ? m_idle : watchedItemsSettled();
        if (!m_settled)
            return;
        m_dispatcher->stop(); // claims nothing more; what is in flight still finishes
    }
    if (m_dispatcher->inFlight() == 0)
        end();
}

void OutboxRun::end() {
    m_ended = true;
    m_dispatcher->stop(); // releases the sender lock now that nothing is in flight
    Q_EMIT finished();
}

} // namespace jobdesk::cli
