#pragma once

#include "account/Profile.h"
#include "session/ResultSubmitter.h"

#include <QHash>
#include <QPointer>

namespace jobdesk {

class OnlineMonitor;
class OutboxDispatcher;
class OutboxStore;

// Submits results through the durable outbox: submit() commits the item to the OutboxStore before
// any network call, then asks the dispatcher to send it, and reports the item's outcome back:
// delivered -> submitted(); needs attention -> rejected() with the stored server error; retry
// scheduled, offline, or no answer within slowAnswerMs -> queued() (the item stays queued).
class OutboxResultSubmitter final : public ResultSubmitter {
    Q_OBJECT
public:
    OutboxResultSubmitter(OutboxStore *store, OutboxDispatcher *dispatcher, OnlineMonitor *online,
                          const Profile &profile, QObject *parent = nullptr);

    Existing existing(qint64 jobId) const override;
    void submit(const Job &job, ResultKind kind, const QString &resultText, bool replace) override;
    void setSlowAnswerMs(int ms) { m_slowAnswerMs = ms; }

private:
    struct Waiting {
        qint64 jobId = 0;
        bool toldQueued = false;
    };
    void tellQueued(qint64 itemId, QueueReason reason, const ApiError &error = ApiError());
    void failLater(qint64 jobId, const QString &message);

    QPointer<OutboxStore> m_store;
    QPointer<OutboxDispatcher> m_dispatcher;
    QPointer<OnlineMonitor> m_online;
    Profile m_profile;
    QHash<qint64, Waiting> m_waiting; // item id -> the job a caller waits for
    int m_slowAnswerMs = 12000;
};

} // namespace jobdesk
