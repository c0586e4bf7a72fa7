#include "FakeResultSubmitter.h"

#include "api/FieldErrors.h"

#include <QMetaObject>

namespace jobdesk {

ApiError FakeResultSubmitter::validationError(const QString &message, const QString &field) {
    ApiError error(ApiError::Kind::Validation, QStringLiteral("One or more validation errors occurred."));
    error.setHttpStatus(422);
    error.fieldErrors().add(field, message);
    return error;
}

void FakeResultSubmitter::submit(const Job &job, ResultKind kind, const QString &resultText, bool replace) {
    m_calls.append({job.id, kind, resultText, replace, m_answers});
    Outcome outcome;
    if (m_perJob.contains(job.id))
        outcome = m_perJob.value(job.id);
    else if (!m_script.isEmpty())
        outcome = m_script.takeFirst();
    if (outcome.kind == Outcome::Kind::Silent)
        return;
    QMetaObject::invokeMethod(
        this, [this, jobId = job.id, outcome] { answer(jobId, outcome); }, Qt::QueuedConnection);
}

void FakeResultSubmitter::answer(qint64 jobId, const Outcome &outcome) {
    if (outcome.kind != Outcome::Kind::Silent)
        ++m_answers;
    switch (outcome.kind) {
    case Outcome::Kind::Submitted:
        Q_EMIT submitted(jobId);
        break;
    case Outcome::Kind::Queued:
        Q_EMIT queued(jobId, outcome.reason, outcome.error);
        if (outcome.later == Outcome::Kind::Submitted)
            Q_EMIT submitted(jobId);
        else if (outcome.later == Outcome::Kind::Rejected)
            Q_EMIT rejected(jobId, outcome.laterError);
        break;
    case Outcome::Kind::Rejected:
        Q_EMIT rejected(jobId, outcome.error);
        break;
    case Outcome::Kind::Failed:
        Q_EMIT failed(jobId, outcome.error, outcome.outcomeUnknown);
        break;
    case Outcome::Kind::Silent:
        break;
    }
}

} // namespace jobdesk
