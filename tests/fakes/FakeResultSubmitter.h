#pragma once

#include "session/ResultSubmitter.h"

#include <QHash>
#include <QList>

namespace jobdesk {

// An in-process ResultSubmitter for dialog and window tests: no sandbox, no outbox, no network.
// Each submit() is recorded byte for byte and answered with the next scripted outcome (by default
// "submitted"), on the next turn of the event loop as a real submitter answers later. `Silent`
// leaves it unanswered until the test calls answer(). What is already on its way for a job is
// scripted with setExisting().
class FakeResultSubmitter : public ResultSubmitter {
    Q_OBJECT
public:
    struct Outcome {
        enum class Kind { Submitted, Queued, Rejected, Failed, Silent };
        Kind kind = Kind::Submitted;
        ApiError error;
        QueueReason reason = QueueReason::NotReached;
        bool outcomeUnknown = false;

        static Outcome submitted() { return {}; }
        static Outcome queued(QueueReason why, const ApiError &error = ApiError()) {
            return {Kind::Queued, error, why, false};
        }
        static Outcome rejected(const ApiError &error) {
            return {Kind::Rejected, error, QueueReason::NotReached, false};
        }
        static Outcome failed(const ApiError &error, bool outcomeUnknown = false) {
            return {Kind::Failed, error, QueueReason::NotReached, outcomeUnknown};
        }
        static Outcome silent() { return {Kind::Silent, ApiError(), QueueReason::NotReached, false}; }
    };
    struct Call {
        qint64 jobId = 0;
        ResultKind kind = ResultKind::CompletedOk;
        QString resultText;
        bool replace = false;
    };

    using ResultSubmitter::ResultSubmitter;

    // Answers the following submissions in this order; when none is left: submitted.
    void script(const QList<Outcome> &outcomes) { m_script += outcomes; }
    void setExisting(qint64 jobId, const Existing &existing) { m_existing.insert(jobId, existing); }
    // Answers the last submission of `jobId` now (after a Silent one).
    void answer(qint64 jobId, const Outcome &outcome);

    const QList<Call> &calls() const { return m_calls; }

    Existing existing(qint64 jobId) const override { return m_existing.value(jobId); }
    void submit(const Job &job, ResultKind kind, const QString &resultText, bool replace) override;

private:
    QList<Outcome> m_script;
    QList<Call> m_calls;
    QHash<qint64, Existing> m_existing;
};

} // namespace jobdesk
