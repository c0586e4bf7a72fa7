#include "session/OutboxResultSubmitter.h"

#include "outbox/OnlineMonitor.h"
#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxStore.h"
#include "session/OutboxText.h"

#include <QTimer>

namespace jobdesk {

OutboxResultSubmitter::OutboxResultSubmitter(OutboxStore *store, OutboxDispatcher *dispatcher,
                                             OnlineMonitor *online, const Profile &profile, QObject *parent)
    : ResultSubmitter(parent)
    , m_store(store)
    , m_dispatcher(dispatcher)
    , m_online(online)
    , m_profile(profile) {
    connect(dispatcher, &OutboxDispatcher::itemDelivered, this, [this](qint64 itemId, qint64 jobId) {
        if (m_waiting.remove(itemId))
            Q_EMIT submitted(jobId);
    });
    connect(dispatcher, &OutboxDispatcher::itemNeedsAttention, this, [this](qint64 itemId, qint64 jobId) {
        if (!m_waiting.remove(itemId))
            return;
        const auto item = m_store->item(itemId);
        Q_EMIT rejected(jobId,
                        item ? item->toApiError() : ApiError(ApiError::Kind::Configuration, QString()));
    });
    connect(dispatcher, &OutboxDispatcher::itemRetryScheduled, this,
            [this](qint64 itemId, const QDateTime &, const ApiError &error) {
                const bool offline = m_online && !m_online->isOnline();
                tellQueued(itemId, offline ? QueueReason::Offline : QueueReason::NotReached, error);
            });
}

ResultSubmitter::Existing OutboxResultSubmitter::existing(qint64 jobId) const {
    Existing e;
    if (!m_store)
        return e;
    std::optional<OutboxItem> item = m_store->activeFor(m_profile.connectionKey(), jobId);
    if (!item)
        item = m_store->deliveredFor(m_profile.connectionKey(), jobId);
    if (!item)
        return e;
    switch (item->state) {
    case OutboxItem::State::Queued:
        e.state = Pending::Queued;
        break;
    case OutboxItem::State::Sending:
        e.state = Pending::Sending;
        break;
    case OutboxItem::State::NeedsAttention:
        e.state = Pending::NeedsAttention;
        break;
    case OutboxItem::State::Delivered:
        e.state = Pending::Delivered;
        break;
    case OutboxItem::State::Discarded:
        return e;
    }
    e.kind = item->kind;
    e.resultText = item->resultText;
    return e;
}

void OutboxResultSubmitter::submit(const Job &job, ResultKind kind, const QString &resultText, bool replace) {
    if (!m_store || !m_store->isOpen() || !m_dispatcher)
        return failLater(job.id,
                         tr("The outbox is not available, so the result cannot be kept safely and was not "
                            "sent. %1")
                             .arg(m_store ? m_store->lastError() : QString()));
    OutboxItem item;
    item.connection = m_profile.connectionKey();
    item.profile = m_profile.name;
    item.customerId = m_profile.customerId;
    item.jobId = job.id;
    item.jobReference = job.reference;
    item.kind = kind;
    item.resultText = resultText; // exact: never trimmed
    item.jobStatusAtSubmit = job.statusWire.isEmpty() ? JobStatuses::toWire(job.status) : job.statusWire;
    item.jobStatusModifiedAt = job.statusModifiedAt;
    item.jobTypeId = job.typeId;
    qint64 itemId = 0;
    // Committed to disk here, before the dispatcher sends a byte.
    switch (m_store->enqueue(item, replace, &itemId)) {
    case OutboxStore::EnqueueOutcome::Added:
    case OutboxStore::EnqueueOutcome::Replaced:
        break;
    case OutboxStore::EnqueueOutcome::ActiveExists:
        return failLater(job.id,
                         replace ? tr("The earlier result for this job is being sent right now, so it cannot "
                                      "be replaced. Wait a moment and look at the Outbox.")
                                 : tr("A result for this job is already waiting in the Outbox."));
    case OutboxStore::EnqueueOutcome::AlreadyDelivered:
        return failLater(job.id,
                         tr("A result for this job was already delivered to BigChange, so it cannot be "
                            "set again from Jobdesk."));
    case OutboxStore::EnqueueOutcome::Failed:
        return failLater(job.id, tr("The result could not be saved in the outbox, so it was not sent: %1")
                                     .arg(m_store->lastError()));
    }
    m_waiting.insert(itemId, Waiting{job.id, false});
    if (m_online && !m_online->isOnline()) {
        QMetaObject::invokeMethod(
            this, [this, itemId] { tellQueued(itemId, QueueReason::Offline); }, Qt::QueuedConnection);
    } else if (!m_dispatcher->isSender()) {
        QMetaObject::invokeMethod(
            this, [this, itemId] { tellQueued(itemId, QueueReason::OtherSender); }, Qt::QueuedConnection);
    }
    QTimer::singleShot(m_slowAnswerMs, this, [this, itemId] { tellQueued(itemId, QueueReason::SlowAnswer); });
    m_dispatcher->sendDueNow(); // the new item is due now; others keep their backoff
}

void OutboxResultSubmitter::tellQueued(qint64 itemId, QueueReason reason, const ApiError &error) {
    const auto it = m_waiting.find(itemId);
    if (it == m_waiting.end() || it->toldQueued)
        return;
    it->toldQueued = true; // keep waiting: a later delivery or rejection is still reported
    Q_EMIT queued(it->jobId, reason, error);
}

void OutboxResultSubmitter::failLater(qint64 jobId, const QString &message) {
    const ApiError error(ApiError::Kind::Configuration, message);
    QMetaObject::invokeMethod(
        this, [this, jobId, error] { Q_EMIT failed(jobId, error, false); }, Qt::QueuedConnection);
}

} // namespace jobdesk
