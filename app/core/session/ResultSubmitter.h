#pragma once

#include "api/ApiError.h"
#include "model/Job.h"

#include <QObject>

namespace jobdesk {

// How a chosen result reaches BigChange. The result dialog only knows this interface; whether the
// result is sent at once or kept in a durable outbox first is the implementation's business.
class ResultSubmitter : public QObject {
    Q_OBJECT
public:
    // What is already on its way for a job.
    enum class Pending { None, Queued, Sending, NeedsAttention, Delivered };
    struct Existing {
        Pending state = Pending::None;
        ResultKind kind = ResultKind::CompletedOk;
        QString resultText;
    };
    // Why a result was kept for later instead of being delivered now.
    enum class QueueReason {
        Offline,     // we know we are offline: nothing was tried
        NotReached,  // the server could not be reached, timed out or had a server error
        SlowAnswer,  // no answer yet; it carries on in the background
        OtherSender, // another Jobdesk process sends this connection's results
    };
    Q_ENUM(QueueReason)

    using QObject::QObject;

    virtual Existing existing(qint64 jobId) const = 0;
    // `replace`: an earlier result for the job that is still waiting may be replaced by this one.
    virtual void submit(const Job &job, ResultKind kind, const QString &resultText, bool replace) = 0;

Q_SIGNALS:
    // BigChange applied it.
    void submitted(qint64 jobId);
    // Kept safely and sent later; the dialog may close. `error` says what happened, if anything.
    void queued(qint64 jobId, ResultSubmitter::QueueReason reason, const ApiError &error);
    // The server refused it (400/403/404/422): sending again unchanged will not help.
    void rejected(qint64 jobId, const ApiError &error);
    // It was not accepted for sending at all (e.g. could not be stored); nothing is kept.
    void failed(qint64 jobId, const ApiError &error, bool outcomeUnknown);
};

} // namespace jobdesk
