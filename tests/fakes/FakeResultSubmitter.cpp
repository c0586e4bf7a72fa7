#include "FakeResultSubmitter.h"

#include <QMetaObject>

namespace jobdesk {

void FakeResultSubmitter::submit(const Job &job, ResultKind kind, const QString &resultText, bool replace) {
    m_calls.append({job.id, kind, resultText, replace});
    const Outcome outcome = m_script.isEmpty() ? Outcome::submitted() : m_script.takeFirst();
    if (outcome.kind == Outcome::Kind::Silent)
        return;
    QMetaObject::invokeMethod(
        this, [this, jobId = job.id, outcome] { answer(jobId, outcome); }, Qt::QueuedConnection);
}

void FakeResultSubmitter::answer(qint64 jobId, const Outcome &outcome) {
    switch (outcome.kind) {
    case Outcome::Kind::Submitted:
        Q_EMIT submitted(jobId);
        break;
    case Outcome::Kind::Queued:
        Q_EMIT queued(jobId, outcome.reason, outcome.error);
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
