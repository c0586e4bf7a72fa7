#include "session/OutboxResultSubmitter.h"

#include "outbox/OnlineMonitor.h"
#include "outbox/OutboxDispatcher.h"
#include "outbox/OutboxStore.h"

#include <QTimer>

namespace jobdesk {

OutboxResultSubmitter::OutboxResultSubmitter(OutboxStore *store, OutboxDispatcher *dispatcher,
                                             OnlineMonitor *online, const Profile &profile, QObject *parent)
    : ResultSubmitter(parent)
    , m_store(store)
    , m_dispatcher(dispatcher)
    , m_online(online)
    , m_profile(profile)
    , m_submission(new ResultSubmission(store, dispatcher, this)) {
    connect(m_submission, &ResultSubmission::delivered, this, [this](qint64 itemId, qint64 jobId) {
        m_toldQueued.remove(itemId);
        Q_EMIT submitted(jobId);
    });
    connect(m_submission, &ResultSubmission::needsAttention, this,
            [this](qint64 itemId, qint64 jobId, const ApiError &error) {
                m_toldQueued.remove(itemId);
                Q_EMIT rejected(jobId, error);
            });
    connect(m_submission, &ResultSubmission::queuedForLater, this,
            [this](qint64 itemId, qint64, const ApiError &error) {
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
    ResultSubmission::Enqueued enqueued;
    if (m_dispatcher)
        enqueued = m_submission->submit(ResultSubmission::itemFor(m_profile, job, kind, resultText), replace);
    if (!enqueued.accepted())
        return failLater(job.id, refusalText(enqueued, replace));
    const qint64 itemId = enqueued.itemId;
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

QString OutboxResultSubmitter::refusalText(const ResultSubmission::Enqueued &refused, bool replace) const {
    using Outcome = ResultSubmission::Outcome;
    switch (refused.outcome) {
    case Outcome::Added:
    case Outcome::Replaced:
        break;
    case Outcome::BeingSent:
        if (replace)
            return tr("The earlier result for this job is being sent right now, so it cannot be replaced. "
                      "Wait a moment and look at the Outbox.");
        [[fallthrough]];
    case Outcome::ActiveExists:
        return tr("A result for this job is already waiting in the Outbox.");
    case Outcome::AlreadyDelivered:
        return tr("A result for this job was already delivered to BigChange, so it cannot be set again "
                  "from Jobdesk.");
    case Outcome::StoreFailed:
        return tr("The result could not be saved in the outbox, so it was not sent: %1")
            .arg(refused.storeError);
    case Outcome::Unavailable:
        break;
    }
    return tr("The outbox is not available, so the result cannot be kept safely and was not sent. %1")
        .arg(refused.storeError);
}

void OutboxResultSubmitter::tellQueued(qint64 itemId, QueueReason reason, const ApiError &error) {
    const qint64 jobId = m_submission->watchedJob(itemId);
    if (jobId == 0 || m_toldQueued.contains(itemId))
        return;
    m_toldQueued.insert(itemId); // keep waiting: a later delivery or rejection is still reported
    Q_EMIT queued(jobId, reason, error);
}

void OutboxResultSubmitter::failLater(qint64 jobId, const QString &message) {
    const ApiError error(ApiError::Kind::Configuration, message);
    QMetaObject::invokeMethod(
        this, [this, jobId, error] { Q_EMIT failed(jobId, error, false); }, Qt::QueuedConnection);
}

} // namespace jobdesk
