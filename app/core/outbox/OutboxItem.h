#pragma once

#include "api/ApiError.h"
#include "api/FieldErrors.h"
#include "model/JobStatus.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace jobdesk {

// One submitted change on its way to BigChange: a result (PUT /v1/jobs/{id}/result) or a start
// (PUT /v1/jobs/{id}/start). Created when the dispatcher submits (and committed to disk before any
// byte is sent); it lives on after delivery as a record.
struct OutboxItem {
    // What the item asks BigChange to do. Items written before schema 4 are results.
    enum class Action {
        SetResult, // kind + resultText
        StartJob,  // no payload: moves the job to "started"
    };
    enum class State {
        Queued,         // waiting to be sent (again); nextAttemptAt says when
        Sending,        // a process is sending it now (or crashed while it did)
        Delivered,      // BigChange applied it (204, or the job read back with our result)
        NeedsAttention, // rejected, or the job changed on the server: the dispatcher decides
        Discarded,      // the dispatcher gave up on it
    };

    qint64 id = 0;
    QString connection; // which outbox: Profile::connectionKey() of the server and customer
    QString profile;    // the connection's name when it was submitted, for display
    qint64 customerId = 0;
    qint64 jobId = 0;
    QString jobReference; // for display
    Action action = Action::SetResult;
    ResultKind kind = ResultKind::CompletedOk;
    QString resultText; // exact text, sent byte for byte
    // The job as the dispatcher saw it when submitting.
    QString jobStatusAtSubmit;
    QDateTime jobStatusModifiedAt;
    qint64 jobTypeId = 0;

    QDateTime createdAt;
    QDateTime updatedAt;
    State state = State::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    // A previous attempt may have reached the server without our seeing the answer: read the job
    // back before sending again (BigChange has no idempotency keys).
    bool needsReconcile = false;

    // The last error, if any.
    ApiError::Kind errorKind = ApiError::Kind::None;
    int errorHttpStatus = 0;
    QString errorMessage; // plain words for the dispatcher
    QString problemTitle;
    QString problemDetail;
    QString problemInstance;
    QString traceId;
    FieldErrors fieldErrors;

    bool isActive() const {
        return state == State::Queued || state == State::Sending || state == State::NeedsAttention;
    }
    bool isStart() const { return action == Action::StartJob; }
    static QString actionName(Action action); // stable, stored: "set-result", "start"
    static std::optional<Action> actionFromName(const QString &name);
    static QString stateName(State state); // stable: "queued", "sending", ...
    static std::optional<State> stateFromName(const QString &name);
    static QString stateDisplayName(State state); // translated
    void setError(const ApiError &error);
    // The stored error as an ApiError again (kind, status, problem details, field errors, message).
    ApiError toApiError() const;
    void clearError();
};

} // namespace jobdesk

Q_DECLARE_METATYPE(jobdesk::OutboxItem)
