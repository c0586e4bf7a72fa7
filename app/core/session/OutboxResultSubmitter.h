#pragma once

#include "account/Profile.h"
#include "outbox/ResultSubmission.h"
#include "session/ResultSubmitter.h"

#include <QPointer>
#include <QSet>

namespace jobdesk {

class OnlineMonitor;
class OutboxDispatcher;
class OutboxStore;
class ResultSubmission;

// Submits results through the durable outbox with a ResultSubmission (the path jobdesk-cli
// set-result takes too): the item is committed to the OutboxStore before any network call, then
// the dispatcher is asked to send it, and the item's outcome is reported back: delivered ->
// submitted(); needs attention -> rejected() with the stored server error; retry scheduled,
// offline, another sender, or no answer within slowAnswerMs -> queued() (the item stays queued).
class OutboxResultSubmitter final : public ResultSubmitter {
    Q_OBJECT
public:
    OutboxResultSubmitter(OutboxStore *store, OutboxDispatcher *dispatcher, OnlineMonitor *online,
                          const Profile &profile, QObject *parent = nullptr);

    Existing existing(qint64 jobId) const override;
    void submit(const Job &job, ResultKind kind, const QString &resultText, bool replace) override;
    void setSlowAnswerMs(int ms) { m_slowAnswerMs = ms; }

private:
    void tellQueued(qint64 itemId, QueueReason reason, const ApiError &error = ApiError());
    void failLater(qint64 jobId, const QString &message);
    QString refusalText(const ResultSubmission::Enqueued &refused, bool replace) const;

    QPointer<OutboxStore> m_store;
    QPointer<OutboxDispatcher> m_dispatcher;
    QPointer<OnlineMonitor> m_online;
    Profile m_profile;
    ResultSubmission *m_submission;
    QSet<qint64> m_toldQueued; // item ids whose queued() was emitted; they are still watched
    int m_slowAnswerMs = 12000;
};

} // namespace jobdesk
