#include "outbox/OutboxDispatcher.h"

#include "api/ApiClient.h"
#include "api/GetJobRequest.h"
#include "api/SetJobResultRequest.h"
#include "api/StartJobRequest.h"
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
// How many items may be claimed ahead of the slots: the next PUT leaves as a slot frees, without
// a transaction in between, and one transaction claims several items.
constexpr int kClaimAheadPerSlot = 3;
constexpr qint64 kMinTickMs = 10;

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
    connect(m_tick, &QTimer::timeout, this, [this] {
        dueMayHaveChanged();
        pump();
    });
    connect(m_store, &OutboxStore::outcomesRecorded, this, &OutboxDispatcher::onOutcomesRecorded);
    connect(m_store, &OutboxStore::claimedLater, this, &OutboxDispatcher::onClaimed);
    connect(m_store, &OutboxStore::changed, this, [this] {
        dueMayHaveChanged();
        if (m_running && !m_tick->isActive())
            scheduleNextTick();
    });
    if (m_online)
        connect(m_online, &OnlineMonitor::becameOnline, this, &OutboxDispatcher::drainNow);
}

OutboxDispatcher::~OutboxDispatcher() {
    if (m_claim && m_store)
        m_claimed += m_store->takeClaim(std::exchange(m_claim, 0));
    releaseClaimed();
    if (m_store && !m_recording.isEmpty())
        m_store->waitForRecords(); // on disk before the lock goes with this object
}

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
    m_store->waitForRecords(); // this process's own answered items are not orphans
    const int orphans = m_store->recoverOrphans(m_client->profile().connectionKey());
    if (orphans > 0)
        qCInfo(lcOutbox) << orphans
                         << "item(s) were being sent when their sender stopped; reading them back first";
    Q_EMIT senderChanged(true);
    return true;
}

void OutboxDispatcher::start() {
    m_running = true;
    dueMayHaveChanged();
    pump();
}

void OutboxDispatcher::stop() {
    m_running = false;
    m_tick->stop();
    if (m_claim) // waits for it: its items go back too
        m_claimed += m_store->takeClaim(std::exchange(m_claim, 0));
    releaseClaimed(); // while this process still holds the sender lock
    if (m_lock && m_lock->isLocked() && m_inFlight.isEmpty()) {
        if (!m_recording.isEmpty())
            m_store->waitForRecords(); // what was answered is on disk before another sender may start
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
    dueMayHaveChanged();
    pump();
}

void OutboxDispatcher::sendDueNow() {
    if (!m_running)
        return;
    dueMayHaveChanged();
    pump();
}

void OutboxDispatcher::dueMayHaveChanged() {
    m_mayHaveDue = true;
    ++m_dueChanges;
}

void OutboxDispatcher::onClaimed(quint64 ticket, const QList<OutboxItem> &items) {
    if (ticket != m_claim)
        return; // another dispatcher's, on the same store
    m_claim = 0;
    // Fewer than asked for: nothing more is due, unless something changed since the claim began.
    if (items.size() < m_claimWanted && m_dueChanges == m_dueChangesAtClaim)
        m_mayHaveDue = false;
    m_claimed += items;
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
    // Claim when fewer are waiting than there are slots: up to kClaimAheadPerSlot per slot in all.
    if (!m_claim && m_mayHaveDue && m_claimed.size() < m_maxInFlight) {
        const int want = m_maxInFlight * (1 + kClaimAheadPerSlot) - int(m_inFlight.size() + m_claimed.size());
        if (want > 0) {
            m_claimWanted = want;
            m_dueChangesAtClaim = m_dueChanges;
            m_claim = m_store->claimLater(connection, want);
        }
    }
    while (int(m_inFlight.size()) < m_maxInFlight && !m_claimed.isEmpty())
        process(m_claimed.takeFirst());
    if (m_inFlight.isEmpty() && m_recording.isEmpty() && !m_claim) {
        const auto next = m_store->nextDueAt(connection);
        if (!next || *next > m_clock->nowUtc())
            Q_EMIT idle();
        const OutboxStore::Counts c = m_store->counts(connection);
        if (c.queued == 0 && c.sending == 0)
            Q_EMIT drained();
    }
    scheduleNextTick();
}

void OutboxDispatcher::releaseClaimed() {
    if (m_claimed.isEmpty())
        return;
    QList<qint64> ids;
    for (const OutboxItem &item : std::as_const(m_claimed))
        ids << item.id;
    m_claimed.clear();
    if (m_store)
        m_store->releaseClaims(ids);
}

void OutboxDispatcher::scheduleNextTick() {
    if (!m_running)
        return;
    qint64 wait = m_tickMs;
    // With every slot taken, or a claim being made, the next answer pumps and the tick is only a
    // safety net: ticking at once for an item that is due but has no slot would spin on the event
    // loop. Not sooner than kMinTickMs either: an item due but not claimable (an error) must not.
    if (isSender() && int(m_inFlight.size()) < m_maxInFlight && !m_claim) {
        if (const auto next = m_store->nextDueAt(m_client->profile().connectionKey()))
            wait = std::clamp<qint64>(m_clock->nowUtc().msecsTo(*next), kMinTickMs, m_tickMs);
    }
    m_tick->start(int(wait));
}

void OutboxDispatcher::process(const OutboxItem &item) {
    m_inFlight.insert(item.id);
    if (item.needsReconcile)
        reconcile(item);
    else
        send(item, {});
}

OutboxAttempt OutboxDispatcher::readBack(const QDateTime &startedAt, int httpStatus,
                                         const QString &message) const {
    OutboxAttempt a;
    a.startedAt = startedAt;
    a.finishedAt = m_clock->nowUtc();
    a.outcome = OutboxAttempt::Outcome::ReadBack;
    a.httpStatus = httpStatus;
    a.message = message;
    return a;
}

QString OutboxDispatcher::confirmedText(const OutboxItem &item) {
    return item.isStart() ? tr("The job is already started: confirmed without starting it again.")
                          : tr("The job already carries this result: confirmed delivered without "
                               "sending it again.");
}

void OutboxDispatcher::send(const OutboxItem &item, const Exchanges &done) {
    // The two actions differ only in their request; what follows an answer is the same.
    ApiRequest *request = nullptr;
    std::function<bool()> outcomeUnknown;
    if (item.isStart()) {
        auto *start = new StartJobRequest(m_client, item.jobId, this);
        outcomeUnknown = [start] {
            return start->outcomeUnknown();
        };
        request = start;
    } else {
        auto *result = new SetJobResultRequest(m_client, item.jobId, item.kind, item.resultText, this);
        outcomeUnknown = [result] {
            return result->outcomeUnknown();
        };
        request = result;
    }
    const QDateTime started = m_clock->nowUtc();
    connect(request, &ApiRequest::succeeded, this, [this, item, done, started, request] {
        OutboxAttempt a;
        a.startedAt = started;
        a.finishedAt = m_clock->nowUtc();
        a.outcome = OutboxAttempt::Outcome::Delivered;
        // BigChange's 204 has no body and no trace header (BIGCHANGE-API.md): only the status.
        a.httpStatus = request->httpStatus();
        a.message = item.isStart() ? tr("BigChange started the job.") : tr("BigChange applied the result.");
        delivered(item, done + Exchanges{a});
        finish(item.id);
    });
    // failed() comes before finished(), while the request (and outcomeUnknown) is still there.
    connect(request, &ApiRequest::failed, this,
            [this, item, request, done, started, outcomeUnknown](const ApiError &error) {
                OutboxAttempt a =
                    OutboxAttempt::failed(started, m_clock->nowUtc(), OutboxAttempt::Outcome::Retry, error);
                if (a.httpStatus == 0)
                    a.httpStatus = request->httpStatus();
                onSendFailed(item, error, outcomeUnknown(), done + Exchanges{a});
            });
    request->start();
}

bool OutboxDispatcher::carriesOurChange(const OutboxItem &item, const Job &job) {
    if (item.isStart()) // started, or even finished since: the start has nothing left to do
        return JobStatuses::isStartedOrLater(job.status);
    return job.status == ResultKinds::resultingStatus(item.kind) && job.result == item.resultText;
}

void OutboxDispatcher::onSendFailed(const OutboxItem &item, const ApiError &error, bool outcomeUnknown,
                                    Exchanges done) {
    OutboxAttempt &put = done.last(); // this send's row: its outcome follows from the answer
    if (error.kind() == ApiError::Kind::Validation &&
        (error.httpStatus() == 422 || error.httpStatus() == 409)) {
        // Qt resends an idempotent request once, silently, when a connection closes without an
        // answer: our first PUT may have been applied and the resend refused because the job is
        // no longer in the status it needs. Read the job back before calling this a rejection.
        put.outcome = OutboxAttempt::Outcome::ReadBack;
        confirmRejection(item, error, done);
        return;
    }
    if (error.disposition() == ApiError::Disposition::Reject) {
        put.outcome = OutboxAttempt::Outcome::NeedsAttention;
        needsAttention(item, error, error.userMessage(), done);
        finish(item.id);
        return;
    }
    // A protocol error on a write (e.g. a 200 web page from a proxy) leaves the outcome unknown too.
    retryLater(item, error, outcomeUnknown || error.kind() == ApiError::Kind::Protocol, done);
}

void OutboxDispatcher::confirmRejection(const OutboxItem &item, const ApiError &rejection,
                                        const Exchanges &done) {
    auto *request = new GetJobRequest(m_client, item.jobId, this);
    const QDateTime started = m_clock->nowUtc();
    connect(request, &ApiRequest::succeeded, this, [this, item, rejection, request, done, started] {
        const Job &job = request->job();
        Q_EMIT jobRead(job);
        // A start refused by a job that is past "started" was refused for that: the job had moved
        // on before (the window and jobdesk-cli offer a start only for jobs not started).
        const bool ours = item.isStart() ? job.status == JobStatus::Started : carriesOurChange(item, job);
        if (ours) {
            qCInfo(lcOutbox) << "job" << item.jobId
                             << "was refused a resend but carries our change: delivered";
            delivered(item, done + Exchanges{readBack(started, request->httpStatus(), confirmedText(item))});
        } else {
            const ApiError reported = inOurWords(item, rejection, job);
            needsAttention(item, reported, reported.userMessage(),
                           done +
                               Exchanges{readBack(started, request->httpStatus(), reported.userMessage())});
        }
        finish(item.id);
    });
    connect(request, &GetJobRequest::failed, this, [this, item, done, started](const ApiError &error) {
        // Could not check now: read it back later before deciding (or resending).
        OutboxAttempt a =
            OutboxAttempt::failed(started, m_clock->nowUtc(), OutboxAttempt::Outcome::ReadBack, error);
        a.message = tr("The job could not be read back (%1); it is read back again before anything is sent.")
                        .arg(error.userMessage());
        retryLater(item, error, true, done + Exchanges{a});
    });
    request->start();
}

ApiError OutboxDispatcher::inOurWords(const OutboxItem &item, const ApiError &rejection, const Job &job) {
    // A start refused: the server's messages stand (they say from which statuses it may start).
    if (item.isStart() || job.status == JobStatus::Started)
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
    const QDateTime started = m_clock->nowUtc();
    connect(request, &ApiRequest::succeeded, this, [this, item, request, started] {
        const Job &job = request->job();
        Q_EMIT jobRead(job);
        if (carriesOurChange(item, job)) {
            qCInfo(lcOutbox) << "job" << item.jobId
                             << "already carries our change: delivered without resending";
            delivered(item, {readBack(started, request->httpStatus(), confirmedText(item))});
            finish(item.id);
        } else if (item.isStart() || job.status == JobStatus::Started) {
            // The earlier attempt did not reach BigChange. A start that no longer fits the job's
            // status is refused by the server, in its words (confirmRejection()).
            send(item, {readBack(started, request->httpStatus(),
                                 item.isStart()
                                     ? tr("The job is not started: the start had not arrived, sent again.")
                                     : tr("The job is still Started without this result: not applied, sent "
                                          "again."))});
        } else {
            const QString message =
                tr("%1 is now \"%2\" on the server, so this result was not applied. Check the job and "
                   "submit again or discard this item.")
                    .arg(JobText::label(item.jobId, item.jobReference), job.statusDisplayName());
            // Configuration: the error's userMessage() is the text itself (as markNeedsAttention(id, text))
            needsAttention(item, ApiError(ApiError::Kind::Configuration, message), message,
                           {readBack(started, request->httpStatus(), message)});
            finish(item.id);
        }
    });
    connect(request, &GetJobRequest::failed, this, [this, item, started](const ApiError &error) {
        OutboxAttempt a =
            OutboxAttempt::failed(started, m_clock->nowUtc(), OutboxAttempt::Outcome::ReadBack, error);
        if (error.disposition() == ApiError::Disposition::Reject) { // gone, forbidden, refused
            needsAttention(item, error, error.userMessage(), {a});
            finish(item.id);
            return;
        }
        a.message = tr("The job could not be read back (%1); it is read back again before anything is sent.")
                        .arg(error.userMessage());
        retryLater(item, error, true, {a});
    });
    request->start();
}

void OutboxDispatcher::retryLater(const OutboxItem &item, const ApiError &error, bool needsReconcile,
                                  const Exchanges &done) {
    qint64 delay = m_backoff.backoffMs(item.attempts);
    if (const auto ra = error.retryAfterMs())
        delay = std::clamp<qint64>(*ra, 0, m_backoff.config().maxRetryAfterMs);
    const QDateTime at = m_clock->nowUtc().addMSecs(delay);
    OutboxStore::Outcome o;
    o.id = item.id;
    o.kind = OutboxStore::Outcome::Kind::Retry;
    o.error = error;
    o.nextAttemptAt = at;
    o.needsReconcile = needsReconcile;
    o.attempts = done;
    record(o, [this, id = item.id, at, error] { Q_EMIT itemRetryScheduled(id, at, error); });
    finish(item.id);
}

void OutboxDispatcher::delivered(const OutboxItem &item, const Exchanges &done) {
    OutboxStore::Outcome o;
    o.id = item.id;
    o.kind = OutboxStore::Outcome::Kind::Delivered;
    o.attempts = done;
    record(o, [this, id = item.id, jobId = item.jobId] { Q_EMIT itemDelivered(id, jobId); });
}

void OutboxDispatcher::needsAttention(const OutboxItem &item, const ApiError &error, const QString &message,
                                      const Exchanges &done) {
    OutboxStore::Outcome o;
    o.id = item.id;
    o.kind = OutboxStore::Outcome::Kind::NeedsAttention;
    o.error = error;
    o.attempts = done;
    record(o, [this, id = item.id, jobId = item.jobId, message] {
        Q_EMIT itemNeedsAttention(id, jobId, message);
    });
}

void OutboxDispatcher::record(OutboxStore::Outcome outcome, std::function<void()> announce) {
    m_recording.insert(outcome.id, std::move(announce));
    m_store->recordLater(std::move(outcome));
}

void OutboxDispatcher::onOutcomesRecorded(const QList<OutboxStore::Outcome> &outcomes) {
    bool mine = false;
    for (const OutboxStore::Outcome &o : outcomes) {
        const auto it = m_recording.find(o.id);
        if (it == m_recording.end())
            continue; // another dispatcher's, on the same store
        const std::function<void()> announce = std::move(it.value());
        m_recording.erase(it);
        announce();
        mine = true;
    }
    if (mine && m_recording.isEmpty() && m_inFlight.isEmpty()) // idle or drained now, perhaps
        QMetaObject::invokeMethod(this, &OutboxDispatcher::pump, Qt::QueuedConnection);
}

void OutboxDispatcher::finish(qint64 itemId) {
    m_inFlight.remove(itemId);
    // Next turn of the event loop: never re-enter pump() from inside a request's signal.
    QMetaObject::invokeMethod(this, &OutboxDispatcher::pump, Qt::QueuedConnection);
}

} // namespace jobdesk
