#pragma once

#include "account/Profile.h"
#include "api/ApiError.h"
#include "model/Job.h"
#include "outbox/OutboxItem.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace jobdesk {

class OutboxDispatcher;
class OutboxStore;

// The one path a submission takes into the outbox, for the window (OutboxResultSubmitter,
// StartJobAction) and for jobdesk-cli set-result and start alike: a result (itemFor()) or a start
// (startItemFor()). itemFor() builds the OutboxItem from the job, submit() commits
// it to the OutboxStore (before any network call) and maps the store's answer to one typed
// Enqueued, and the accepted item is then watched on the dispatcher until it settles: delivered(),
// needsAttention(), or queuedForLater() (an attempt failed and it waits for the next one; it is
// still watched, so a later delivery or rejection is reported too). What the user reads about
// each outcome is the front end's business: the window and the command line word it differently.
class ResultSubmission : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Added,        // committed; it will be sent
        Replaced,     // committed; the job's earlier waiting item was discarded for it
        ActiveExists, // the job already has a waiting item of this action and replacing was not asked for
        BeingSent,    // the job's earlier item of this action is being sent right now: it cannot be replaced
        AlreadyDelivered, // a result for the job was delivered from this outbox: one per job
        StoreFailed,      // the outbox could not be written: nothing was kept
        Unavailable,      // there is no open outbox: nothing was kept
    };
    Q_ENUM(Outcome)
    struct Enqueued {
        Outcome outcome = Outcome::Unavailable;
        qint64 itemId = 0;                  // the new item (Added, Replaced)
        std::optional<OutboxItem> existing; // the item in the way (ActiveExists, BeingSent, AlreadyDelivered)
        QString storeError;                 // StoreFailed, Unavailable: the store's words
        bool accepted() const { return outcome == Outcome::Added || outcome == Outcome::Replaced; }
    };
    // Where an item stands now, read from the store. QueuedForLater: queued or (by another
    // process) being sent; Gone: discarded or missing.
    enum class Settlement { Delivered, NeedsAttention, QueuedForLater, Gone };

    // `dispatcher` may be null (nothing is watched then, e.g. before the CLI has one).
    ResultSubmission(OutboxStore *store, OutboxDispatcher *dispatcher, QObject *parent = nullptr);

    // The item for `job` on the profile's connection. The job's status at submit is the wire text
    // the server sent, or, for a job that carries none, the wire name of its status.
    static OutboxItem itemFor(const Profile &profile, const Job &job, ResultKind kind,
                              const QString &resultText);
    // For a job that could not be read: no reference, status or type; BigChange checks it on delivery.
    static OutboxItem uncheckedItemFor(const Profile &profile, qint64 jobId, ResultKind kind,
                                       const QString &resultText);
    static QString statusAtSubmit(const Job &job);
    // A start of `job` (PUT /v1/jobs/{id}/start); of a job that could not be read, by its id alone.
    static OutboxItem startItemFor(const Profile &profile, const Job &job);
    static OutboxItem uncheckedStartItemFor(const Profile &profile, qint64 jobId);

    // What submit() would refuse for this job and action right now (nullopt: nothing in the way).
    // Lets a front end refuse before it reads the job from the server. AlreadyDelivered is for
    // results only: a job may be started again (BigChange says whether it can).
    std::optional<Enqueued> refusal(const QString &connection, qint64 jobId, bool replace,
                                    OutboxItem::Action action = OutboxItem::Action::SetResult) const;
    // Commits the item (replacing the job's waiting one if `replace`) and, when accepted, watches it.
    Enqueued submit(const OutboxItem &item, bool replace);
    void watch(qint64 itemId, qint64 jobId);
    // The job of a watched item; 0 once it is delivered or needs attention, or if never watched.
    qint64 watchedJob(qint64 itemId) const { return m_watched.value(itemId, 0); }
    Settlement settlement(qint64 itemId) const;
    static Settlement settlementOf(const OutboxItem &item);

Q_SIGNALS:
    void delivered(qint64 itemId, qint64 jobId);
    // The server refused it (400/403/404/422) or the job changed: `error` is the stored one.
    void needsAttention(qint64 itemId, qint64 jobId, const ApiError &error);
    // An attempt failed and the item waits for the next one (still watched).
    void queuedForLater(qint64 itemId, qint64 jobId, const ApiError &error);

private:
    QPointer<OutboxStore> m_store;
    QHash<qint64, qint64> m_watched; // item id -> job id
};

} // namespace jobdesk
