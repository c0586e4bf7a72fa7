#pragma once

// A ResultSubmitter whose answers a test scripts per job: delivered, queued (with a reason and an
// error), rejected (e.g. a 422 with field messages), failed, or no answer at all. Answers arrive
// from the event loop, like the outbox's. Every submit() is recorded, in order, with the number of
// answers already given at that moment (so a test can tell all submits came before any answer).
// Header-only and without Q_OBJECT: it only emits ResultSubmitter's own signals.

#include "api/ApiError.h"
#include "api/FieldErrors.h"
#include "session/ResultSubmitter.h"

#include <QHash>
#include <QList>
#include <QMetaObject>

#include <optional>

namespace jobdesk {

class ScriptedResultSubmitter : public ResultSubmitter {
public:
    enum class Answer { Deliver, Queue, Reject, Fail, Silent };
    struct Script {
        Answer answer = Answer::Deliver;
        QueueReason reason = QueueReason::Offline;
        ApiError error;
        // Queue only: a later final answer (Deliver or Reject with `error`).
        std::optional<Answer> later;
    };
    struct Call {
        Job job;
        ResultKind kind = ResultKind::CompletedOk;
        QString resultText;
        bool replace = false;
        int answersBefore = 0;
    };

    using ResultSubmitter::ResultSubmitter;

    // A 422 as BigChange sends it for a result the job type does not allow.
    static ApiError validationError(const QString &resultMessage) {
        ApiError error(ApiError::Kind::Validation, QStringLiteral("One or more validation errors occurred."));
        error.setHttpStatus(422);
        error.fieldErrors().add(QStringLiteral("result"), resultMessage);
        return error;
    }

    void script(qint64 jobId, Script s) { m_scripts.insert(jobId, std::move(s)); }
    void setExisting(qint64 jobId, Existing e) { m_existing.insert(jobId, e); }

    Existing existing(qint64 jobId) const override { return m_existing.value(jobId); }

    void submit(const Job &job, ResultKind kind, const QString &resultText, bool replace) override {
        calls.append(Call{job, kind, resultText, replace, answers});
        const Script s = m_scripts.value(job.id);
        const qint64 id = job.id;
        QMetaObject::invokeMethod(
            this,
            [this, id, s] {
                ++answers;
                switch (s.answer) {
                case Answer::Deliver:
                    Q_EMIT submitted(id);
                    break;
                case Answer::Queue:
                    Q_EMIT queued(id, s.reason, s.error);
                    if (s.later == Answer::Deliver)
                        Q_EMIT submitted(id);
                    else if (s.later == Answer::Reject)
                        Q_EMIT rejected(id, s.error);
                    break;
                case Answer::Reject:
                    Q_EMIT rejected(id, s.error);
                    break;
                case Answer::Fail:
                    Q_EMIT failed(id, s.error, false);
                    break;
                case Answer::Silent:
                    break;
                }
            },
            Qt::QueuedConnection);
    }

    QList<Call> calls;
    int answers = 0;

private:
    QHash<qint64, Script> m_scripts;
    QHash<qint64, Existing> m_existing;
};

} // namespace jobdesk
