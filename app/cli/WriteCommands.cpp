#include "WriteCommands.h"

#include "CliOutput.h"
#include "api/GetJobRequest.h"
#include "api/GetJobTypeRequest.h"
#include "api/SetJobResultRequest.h"
#include "api/StartJobRequest.h"
#include "model/ResultValidation.h"

void StartJobCommand::start()
{
    auto *request = new StartJobRequest(m_client, m_inv.jobId, this);
    watch(request);
    connect(request, &StartJobRequest::finished, this, [this] {
        m_out->writeOut(tr("Job %1 started.").arg(m_inv.jobId) + QLatin1Char('\n'));
        finish(ExitCode::Ok);
    });
    request->start();
}

void SetResultCommand::start()
{
    auto *request = new GetJobRequest(m_client, m_inv.jobId, this);
    watch(request);
    connect(request, &GetJobRequest::finished, this, &SetResultCommand::fetchType);
    request->start();
}

void SetResultCommand::fetchType(const Job &job)
{
    if (job.typeId <= 0) {
        m_out->writeErr(tr("Job %1 has no job type, so its allowed results are unknown.").arg(job.id));
        return finish(ExitCode::Rejected);
    }
    auto *request = new GetJobTypeRequest(m_client, job.typeId, this);
    watch(request);
    connect(request, &GetJobTypeRequest::finished, this, [this, job](const JobType &type) { check(job, type); });
    request->start();
}

void SetResultCommand::check(const Job &job, const JobType &type)
{
    const FieldErrors problems = ResultValidation::validate(job, type, m_inv.resultKind, m_inv.resultText);
    if (!problems.isEmpty()) {
        m_out->writeErr(tr("Not sent: the result does not fit job %1:").arg(job.id));
        m_out->writeErr(problems.allMessages().join(QLatin1Char('\n')));
        return finish(ExitCode::Rejected);
    }
    send();
}

void SetResultCommand::send()
{
    auto *request = new SetJobResultRequest(m_client, m_inv.jobId, m_inv.resultKind, m_inv.resultText, this);
    watch(request, false); // an unknown outcome needs a read-back before anything is reported
    connect(request, &ApiRequest::failed, this, [this, request](const ApiError &error) {
        if (request->outcomeUnknown())
            return reconcile(error);
        failWith(error);
    });
    connect(request, &SetJobResultRequest::finished, this, &SetResultCommand::reportSuccess);
    request->start();
}

void SetResultCommand::reconcile(const ApiError &sendError)
{
    m_out->writeErr(tr("No answer to the result (%1); reading job %2 back to see whether it was applied.")
                        .arg(sendError.message())
                        .arg(m_inv.jobId));
    const auto unknown = [this](const QString &why) {
        m_out->writeErr(tr("The outcome is unknown: %1 Check job %2 before sending the result again.")
                            .arg(why)
                            .arg(m_inv.jobId));
        finish(ExitCode::NetworkOrServer);
    };
    auto *request = new GetJobRequest(m_client, m_inv.jobId, this);
    connect(request, &ApiRequest::failed, this, [unknown](const ApiError &error) {
        unknown(QCoreApplication::translate("SetResultCommand", "reading the job back failed too (%1).")
                    .arg(error.userMessage()));
    });
    connect(request, &GetJobRequest::finished, this, [this, unknown](const Job &job) {
        const bool applied = job.status == ResultKinds::resultingStatus(m_inv.resultKind)
                             && job.result == m_inv.resultText;
        if (applied)
            return reportSuccess();
        unknown(tr("the job is now \"%1\" with result \"%2\", not the result that was sent.")
                    .arg(job.statusWire, ResultValidation::visibleWhitespace(job.result)));
    });
    request->start();
}

void SetResultCommand::reportSuccess()
{
    m_out->writeOut(tr("Job %1 completed: %2, result \"%3\".")
                        .arg(m_inv.jobId)
                        .arg(ResultKinds::toWire(m_inv.resultKind), m_inv.resultText)
                    + QLatin1Char('\n'));
    finish(ExitCode::Ok);
}
