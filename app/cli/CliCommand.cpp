#include "CliCommand.h"

#include "CliOutput.h"
#include "api/ApiRequest.h"

namespace jobdesk::cli {

CliCommand::CliCommand(ApiClient *client, const Clock *clock, CliOutput *out, CliInvocation invocation,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_out(out)
    , m_inv(std::move(invocation)) {
}

void CliCommand::finish(ExitCode code) {
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(ExitCodes::value(code));
}

void CliCommand::failWith(const ApiError &error) {
    m_out->printError(error);
    finish(ExitCodes::forError(error));
}

void CliCommand::watch(ApiRequest *request, bool reportFailure) {
    connect(request, &ApiRequest::retrying, this, [this](int attempt, int delayMs, const ApiError &error) {
        m_out->writeErr(tr("Attempt %1 failed (%2); trying again in %3 s.")
                            .arg(attempt)
                            .arg(error.message())
                            .arg(double(delayMs) / 1000.0, 0, 'f', 1));
    });
    if (reportFailure)
        connect(request, &ApiRequest::failed, this, &CliCommand::failWith);
}

} // namespace jobdesk::cli
