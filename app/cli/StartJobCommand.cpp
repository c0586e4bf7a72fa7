#include "StartJobCommand.h"

#include "CliOutput.h"
#include "api/StartJobRequest.h"

namespace jobdesk::cli {

QString StartJobCommand::summary() const {
    return tr("  start ID\n"
              "        Move a job to \"started\".\n");
}

QString StartJobCommand::help() const {
    return tr("Usage: jobdesk-cli [connection options] start ID\n"
              "\n"
              "Moves job ID to \"started\" so that its result can be set.\n");
}

QString StartJobCommand::parse(const QCommandLineParser &parser, CliInvocation &inv) const {
    return takeJobId(parser, inv);
}

void StartJobCommand::start() {
    auto *request = new StartJobRequest(m_client, m_inv.jobId, this);
    watch(request);
    connect(request, &ApiRequest::succeeded, this, [this] {
        m_out->writeOut(tr("Job %1 started.").arg(m_inv.jobId) + QLatin1Char('\n'));
        finish(ExitCode::Ok);
    });
    request->start();
}

} // namespace jobdesk::cli
