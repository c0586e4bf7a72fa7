#pragma once

#include "api/ApiError.h"
#include "session/ResultSubmitter.h"

#include <QHash>
#include <QList>

#include <optional>

namespace jobdesk {

// An in-process ResultSubmitter for dialog, window and batch tests: no sandbox, no outbox, no
// network. Each submit() is recorded (with how many answers had been given before it) and answered
// on the next turn of the event loop, as a real submitter answers later: by the job's own script
// if it has one (scriptFor), else by the next outcome of the shared script (script), else
// "submitted". `Silent` leaves it unanswered until the test calls answer(). A queued outcome may
// carry a later final answer (thenSubmitted / thenRejected), given right after it. What is already
// on its way for a job is scripted with setExisting().
class FakeResultSubmitter : public ResultSubmitter {
    Q_OBJECT
public:
    struct Outcome {
        enum class Kind { Submitted, Queued, Rejected, Failed, Silent };
        Kind kind = Kind::Submitted;
        ApiError error;
        QueueReason reason = QueueReason::NotReached;
        bool outcomeUnknown = false;
        // Queued only: the final answer that follows (Submitted, or Rejected with laterError).
        std::optional<Kind> later;
        ApiError laterError;

        static Outcome submitted() { return {}; }
        static Outcome queued(QueueReason why, const ApiError &error = ApiError()) {
            Outcome o;
            o.kind = Kind::Queued;
            o.reason = why;
            o.error = error;
            return o;
        }
        static Outcome rejected(const ApiError &error) {
            Outcome o;
            o.kind = Kind::Rejected;
            o.error = error;
            return o;
        }
        static Outcome failed(const ApiError &error, bool outcomeUnknown = false) {
            Outcome o;
            o.kind = Kind::Failed;
            o.error = error;
            o.outcomeUnknown = outcomeUnknown;
            return o;
        }
        static Outcome silent() {
            Outcome o;
            o.kind = Kind::Silent;
            return o;
        }
        Outcome thenSubmitted() const {
            Outcome o = *this;
            o.later = Kind::Submitted;
            return o;
        }
        Outcome thenRejected(const ApiError &error) const {
            Outcome o = *this;
            o.later = Kind::Rejected;
            o.laterError = error;
            return o;
        }
    };
    struct Call {
        qint64 jobId = 0;
        ResultKind kind = ResultKind::CompletedOk;
        QString resultText;
        bool replace = false;
        int answersBefore = 0; // answers given before this submit(): 0 = it came before any answer
    };

    using ResultSubmitter::ResultSubmitter;

    // A 422 as BigChange sends it for a result the job type does not allow: `message` under `field`.
    static ApiError validationError(const QString &message, const QString &field = QStringLiteral("result"));

    // Answers the following submissions in this order; when none is left: submitted.
    void script(const QList<Outcome> &outcomes) { m_script += outcomes; }
    // Answers every submission of `jobId` so (before the shared script).
    void scriptFor(qint64 jobId, const Outcome &outcome) { m_perJob.insert(jobId, outcome); }
    void setExisting(qint64 jobId, const Existing &existing) { m_existing.insert(jobId, existing); }
    // Answers the last submission of `jobId` now (after a Silent one).
    void answer(qint64 jobId, const Outcome &outcome);

    const QList<Call> &calls() const { return m_calls; }
    int answersGiven() const { return m_answers; }

    Existing existing(qint64 jobId) const override { return m_existing.value(jobId); }
    void submit(const Job &job, ResultKind kind, const QString &resultText, bool replace) override;

private:
    QList<Outcome> m_script;
    QHash<qint64, Outcome> m_perJob;
    QList<Call> m_calls;
    QHash<qint64, Existing> m_existing;
    int m_answers = 0;
};

} // namespace jobdesk
