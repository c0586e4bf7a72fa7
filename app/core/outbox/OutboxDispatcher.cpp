#include "outbox/OutboxDispatcher.h"

#include "api/ApiClient.h"
#include "api/GetJobRequest.h"
#include "api/SetJobResultRequest.h"
#include "model/JobText.h"
#include "outbox/OnlineMonitor.h"
#include "outbox/OutboxStore.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QLockFile>
#include <QLoggingCategory>
#include <QTimer>

namespace jobdesk {

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace {
RetryConfig defaultBackoff() {
    RetryConfig c;
    c.baseDelayMs = 2000;
    c.maxDelayMs = 5 * 60 * 1000;
    c.maxAttempts = std::numeric_limits<int>::max(); // the outbox never gives up by itself
    c.maxRetryAfterMs = 30 * 60 * 1000;
    return c;
}

} // namespace

OutboxDispatcher::OutboxDispatcher(OutboxStore *store, ApiClient *client, OnlineMonitor *online,
                                   const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_online(online)
    , m_clock(clock)
    , m_backoff(defaultBackoff())
    , m_tick(new QTimer(this)) {
    m_tick->setSingleShot(true);
    connect(m_tick, &QTimer::timeout, this, &OutboxDispatcher::pump);
    connect(m_store, &OutboxStore::changed, this, [this] {
        if (m_running && !m_tick->isActive())
            scheduleNextTick();
    });
    if (m_online)
        connect(m_online, &OnlineMonitor::becameOnline, this, &OutboxDispatcher::drainNow);
}

OutboxDispatcher::~OutboxDispatcher() = default;

void OutboxDispatcher::setTickInterval(int ms) {
    m_tickMs = std::max(10, ms);
}

QString OutboxDispatcher::lockPath() const {
    // One sender per connection, however the window and jobdesk-cli name it.
    const QByteArray connectionHash =
        QCryptographicHash::hash(m_client->profile().connectionKey().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return m_store->path() + QLatin1Char('.') + QString::fromLatin1(connectionHash) +
           QStringLiteral(".sender.lock");
}

bool OutboxDispatcher::isSender() const {
    return m_lock && m_lock->isLocked();
}

bool OutboxDispatcher::tryBecomeSender() {
    if (isSender())
        return true;
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(lockPath());
        m_lock->setStaleLockTime(0); // stale only when its process is gone, however long it runs
    }
    if (!m_lock->tryLock(0))
        return false;
    const int orphans = m_store->recoverOrphans(m_client->profile().connectionKey());
    if (orphans > 0)
        qCInfo(lcOutbox) << orphans
                         << "item(s) were being sent when their sender stopped; reading them back first";
    Q_EMIT senderChanged(true);
    return true;
}

void OutboxDispatcher::start() {
    m_running = true;
    pump();
}

void OutboxDispatcher::stop() {
    m_running = false;
    m_tick->stop();
    if (m_lock && m_lock->isLocked() && m_inFlight.isEmpty()) {
        m_lock->unlock();
        Q_EMIT senderChanged(false);
    }
}

void OutboxDispatcher::drainNow() {
    if (!m_running)
        return;
    const QString connection = m_client->profile().connectionKey();
    for (const OutboxItem &item : m_store->items(connection, false))
        if (item.state == OutboxItem::State::Queued && item.nextAttemptAt > m_clock->nowUtc())
            m_store->retryNow(item.id);
    pump();
}

void OutboxDispatcher::sendDueNow() {
    if (m_running)
        pump();
}

void OutboxDispatcher::pump() {
    if (!m_running)
        return;
    if (!tryBecomeSender()) {
        scheduleNextTick();
        return;
    }
    const QString connection = m_client->profile().connectionKey();
    const int room = m_maxInFlight - int(m_inFlight.size());
    if (room > 0) {
        const QList<OutboxItem> due = m_store->claimDue(connection, room);
        for (const OutboxItem &item : due)
            process(item);
    }
    if (m_inFlight.isEmpty()) {
        const auto next = m_store->nextDueAt(connection);
        if (!next || *next > m_clock->nowUtc())
            Q_EMIT idle();
        const OutboxStore::Counts c = m_store->counts(connection);
        if (c.queued == 0 && c.sending == 0)
            Q_EMIT drained();
    }
    scheduleNextTick();
}

void OutboxDispatcher::scheduleNextTick() {
    if (!m_running)
        return;
    qint64 wait = m_tickMs;
    if (isSender()) {
        if (const auto next = m_store->nextDueAt(m_client->profile().connectionKey()))
            wait = std::clamp<qint64>(m_clock->nowUtc().msecsTo(*next), 0, m_tickMs);
    }
    m_tick->start(int(wait));
}

void OutboxDispatcher::process(const OutboxItem &item) {
    m_inFlight.insert(item.id);
    if (item.needsReconcile)
        reconcile(item);
    else
        send(item);
}

void OutboxDispatcher::send(const OutboxItem &item) {
    auto *request = new SetJobResultRequest(m_client, item.jobId, item.kind, item.resultText, this);
    connect(request, &SetJobResultRequest::finished, this, [this, item] {
        m_store->markDelivered(item.id);
        Q_EMIT itemDelivered(item.id, item.jobId);
        finish(item.id);
    });
    connect(request, &SetJobResultRequest::failed, this, [this, item, request](const ApiError &error) {
        onSendFailed(item, error, request->outcomeUnknown());
    });
    request->start();
}

void OutboxDispatcher::onSendFailed(const OutboxItem &item, const ApiError &error, bool outcomeUnknown) {
    if (error.kind() == ApiError::Kind::Validation && error.httpStatus() == 422) {
        // Qt resends an idempotent request once, silently, when a connection closes without an
        // answer: our first PUT may have been applied and the resend refused because the job is
        // no longer started. Read the job back before calling this a rejection.
        confirmRejection(item, error);
        return;
    }
    if (error.disposition() == ApiError::Disposition::Reject) {
        m_store->markNeedsAttention(item.id, error);
        Q_EMIT itemNeedsAttention(item.id, item.jobId, error.userMessage());
        finish(item.id);
        return;
    }
    // A protocol error on a write (e.g. a 200 web page from a proxy) leaves the outcome unknown too.
    retryLater(item, error, outcomeUnknown || error.kind() == ApiError::Kind::Protocol);
}

void OutboxDispatcher::confirmRejection(const OutboxItem &item, const ApiError &rejection) {
    auto *request = new GetJobRequest(m_client, item.jobId, this);
    connect(request, &GetJobRequest::finished, this, [this, item, rejection](const Job &job) {
        Q_EMIT jobRead(job);
        if (job.status == ResultKinds::resultingStatus(item.kind) && job.result == item.resultText) {
            qCInfo(lcOutbox) << "job" << item.jobId
                             << "was refused a resend but carries our result: delivered";
            m_store->markDelivered(item.id);
            Q_EMIT itemDelivered(item.id, item.jobId);
        } else {
            const ApiError reported = inOurWords(item, rejection, job);
            m_store->markNeedsAttention(item.id, reported);
            Q_EMIT itemNeedsAttention(item.id, item.jobId, reported.userMessage());
        }
        finish(item.id);
    });
    connect(request, &GetJobRequest::failed, this, [this, item](const ApiError &error) {
        // Could not check now: read it back later before deciding (or resending).
        retryLater(item, error, true);
    });
    request->start();
}

ApiError OutboxDispatcher::inOurWords(const OutboxItem &item, const ApiError &rejection, const Job &job) {
    if (job.status == JobStatus::Started)
        return rejection; // the status was not the problem: the server's messages stand
    // The server's sentence names statuses in API words ('suspended'). Say it as the window does;
    // the server's own sentence stays with the problem's detail, which support sees under Details.
    const QString words =
        tr("%1 is now \"%2\" in BigChange; a result can only be set while a job is Started.")
            .arg(JobText::label(item.jobId, item.jobReference), job.statusDisplayName());
    FieldErrors fields = rejection.fieldErrors();
    ProblemDetails problem = rejection.problem();
    const QStringList serverSaid = fields.messages(FieldErrors::Status);
    if (!serverSaid.isEmpty()) {
        QStringList parts;
        if (!problem.detail.isEmpty())
            parts << problem.detail;
        parts << serverSaid;
        problem.detail = parts.join(QLatin1Char(' '));
        problem.present = true;
    }
    fields.replace(FieldErrors::Status, {words});
    ApiError reported = ApiError::restore(rejection.kind(), rejection.httpStatus(), problem, fields,
                                          tr("BigChange did not accept this result: %1").arg(words));
    return reported;
}

void OutboxDispatcher::reconcile(const OutboxItem &item) {
    auto *request = new GetJobRequest(m_client, item.jobId, this);
    connect(request, &GetJobRequest::finished, this, [this, item](const Job &job) {
        Q_EMIT jobRead(job);
        const JobStatus ours = ResultKinds::resultingStatus(item.kind);
        if (job.status == ours && job.result == item.resultText) {
            qCInfo(lcOutbox) << "job" << item.jobId
                             << "already carries our result: delivered without resending";
            m_store->markDelivered(item.id);
            Q_EMIT itemDelivered(item.id, item.jobId);
            finish(item.id);
        } else if (job.status == JobStatus::Started) {
            send(item); // the earlier attempt did not reach BigChange
        } else {
            const QString message =
                tr("%1 is now \"%2\" on the server, so this result was not applied. Check the job and "
                   "submit again or discard this item.")
                    .arg(JobText::label(item.jobId, item.jobReference), job.statusDisplayName());
            m_store->markNeedsAttention(item.id, message);
            Q_EMIT itemNeedsAttention(item.id, item.jobId, message);
            finish(item.id);
        }
    });
    connect(request, &GetJobRequest::failed, this, [this, item](const ApiError &error) {
        if (error.disposition() == ApiError::Disposition::Reject) { // gone, forbidden, refused
            m_store->markNeedsAttention(item.id, error);
            Q_EMIT itemNeedsAttention(item.id, item.jobId, error.userMessage());
            finish(item.id);
            return;
        }
        retryLater(item, error, true);
    });
    request->start();
}

void OutboxDispatcher::retryLater(const OutboxItem &item, const ApiError &error, bool needsReconcile) {
    qint64 delay = m_backoff.backoffMs(item.attempts);
    if (const auto ra = error.retryAfterMs())
        delay = std::clamp<qint64>(*ra, 0, m_backoff.config().maxRetryAfterMs);
    const QDateTime at = m_clock->nowUtc().addMSecs(delay);
    m_store->markRetry(item.id, at, error, needsReconcile);
    Q_EMIT itemRetryScheduled(item.id, at, error);
    finish(item.id);
}

void OutboxDispatcher::finish(qint64 itemId) {
    m_inFlight.remove(itemId);
    // Next turn of the event loop: never re-enter pump() from inside a request's signal.
    QMetaObject::invokeMethod(this, &OutboxDispatcher::pump, Qt::QueuedConnection);
}

} // namespace jobdesk
