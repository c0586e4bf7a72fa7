#include "outbox/ResultSubmission.h"

#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxStore.h"

namespace jobdesk {

ResultSubmission::ResultSubmission(OutboxStore *store, OutboxDispatcher *dispatcher, QObject *parent)
    : QObject(parent)
    , m_store(store) {
    if (!dispatcher)
        return;
    connect(dispatcher, &OutboxDispatcher::itemDelivered, this, [this](qint64 itemId, qint64 jobId) {
        if (m_watched.remove(itemId))
            Q_EMIT delivered(itemId, jobId);
    });
    connect(dispatcher, &OutboxDispatcher::itemNeedsAttention, this, [this](qint64 itemId, qint64 jobId) {
        if (!m_watched.remove(itemId))
            return;
        const auto item = m_store ? m_store->item(itemId) : std::nullopt;
        Q_EMIT needsAttention(itemId, jobId,
                              item ? item->toApiError() : ApiError(ApiError::Kind::Configuration, QString()));
    });
    connect(dispatcher, &OutboxDispatcher::itemRetryScheduled, this,
            [this](qint64 itemId, const QDateTime &, const ApiError &error) {
                const auto it = m_watched.constFind(itemId);
                if (it != m_watched.constEnd())
                    Q_EMIT queuedForLater(itemId, *it, error);
            });
}

QString ResultSubmission::statusAtSubmit(const Job &job) {
    return job.statusWire.isEmpty() ? JobStatuses::toWire(job.status) : job.statusWire;
}

OutboxItem ResultSubmission::uncheckedItemFor(const Profile &profile, qint64 jobId, ResultKind kind,
                                              const QString &resultText) {
    OutboxItem item;
    item.connection = profile.connectionKey();
    item.profile = profile.name;
    item.customerId = profile.customerId;
    item.jobId = jobId;
    item.kind = kind;
    item.resultText = resultText; // exact: never trimmed
    return item;
}

OutboxItem ResultSubmission::itemFor(const Profile &profile, const Job &job, ResultKind kind,
                                     const QString &resultText) {
    OutboxItem item = uncheckedItemFor(profile, job.id, kind, resultText);
    item.jobReference = job.reference;
    item.jobStatusAtSubmit = statusAtSubmit(job);
    item.jobStatusModifiedAt = job.statusModifiedAt;
    item.jobTypeId = job.typeId;
    return item;
}

OutboxItem ResultSubmission::uncheckedStartItemFor(const Profile &profile, qint64 jobId) {
    OutboxItem item = uncheckedItemFor(profile, jobId, ResultKind::CompletedOk, QString());
    item.action = OutboxItem::Action::StartJob;
    return item;
}

OutboxItem ResultSubmission::startItemFor(const Profile &profile, const Job &job) {
    OutboxItem item = itemFor(profile, job, ResultKind::CompletedOk, QString());
    item.action = OutboxItem::Action::StartJob;
    return item;
}

std::optional<ResultSubmission::Enqueued> ResultSubmission::refusal(const QString &connection, qint64 jobId,
                                                                    bool replace,
                                                                    OutboxItem::Action action) const {
    if (!m_store || !m_store->isOpen()) {
        Enqueued e;
        e.storeError = m_store ? m_store->lastError() : QString();
        return e;
    }
    Enqueued e;
    if (action == OutboxItem::Action::SetResult && (e.existing = m_store->deliveredFor(connection, jobId))) {
        e.outcome = Outcome::AlreadyDelivered;
        return e;
    }
    e.existing = m_store->activeFor(connection, jobId, action);
    if (!e.existing)
        return std::nullopt;
    if (e.existing->state == OutboxItem::State::Sending) {
        e.outcome = Outcome::BeingSent;
        return e;
    }
    if (replace)
        return std::nullopt;
    e.outcome = Outcome::ActiveExists;
    return e;
}

ResultSubmission::Enqueued ResultSubmission::submit(const OutboxItem &item, bool replace) {
    if (const auto refused = refusal(item.connection, item.jobId, replace, item.action))
        return *refused;
    Enqueued e;
    // Committed to disk here, before the dispatcher sends a byte.
    switch (m_store->enqueue(item, replace, &e.itemId)) {
    case OutboxStore::EnqueueOutcome::Added:
        e.outcome = Outcome::Added;
        break;
    case OutboxStore::EnqueueOutcome::Replaced:
        e.outcome = Outcome::Replaced;
        break;
    case OutboxStore::EnqueueOutcome::ActiveExists:
    case OutboxStore::EnqueueOutcome::AlreadyDelivered:
        // Another process got there between the check and the write: report what is there now.
        if (const auto refused = refusal(item.connection, item.jobId, replace, item.action))
            return *refused;
        e.outcome = Outcome::StoreFailed;
        e.storeError = tr("the outbox changed while the submission was being saved; try again");
        return e;
    case OutboxStore::EnqueueOutcome::Failed:
        e.outcome = Outcome::StoreFailed;
        e.storeError = m_store->lastError();
        return e;
    }
    watch(e.itemId, item.jobId);
    return e;
}

void ResultSubmission::watch(qint64 itemId, qint64 jobId) {
    m_watched.insert(itemId, jobId);
}

ResultSubmission::Settlement ResultSubmission::settlement(qint64 itemId) const {
    const auto item = m_store ? m_store->item(itemId) : std::nullopt;
    return item ? settlementOf(*item) : Settlement::Gone;
}

ResultSubmission::Settlement ResultSubmission::settlementOf(const OutboxItem &item) {
    switch (item.state) {
    case OutboxItem::State::Delivered:
        return Settlement::Delivered;
    case OutboxItem::State::NeedsAttention:
        return Settlement::NeedsAttention;
    case OutboxItem::State::Queued:
    case OutboxItem::State::Sending:
        return Settlement::QueuedForLater;
    case OutboxItem::State::Discarded:
        break;
    }
    return Settlement::Gone;
}

} // namespace jobdesk
